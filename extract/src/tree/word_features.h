// What the tagger and parser know of a word besides its place in the sentence: its
// lower-cased form, its beginning and ending, its shape, and the readings Apertium's French
// dictionary gives it. The dictionary knows words no treebank has: "rachetée" is a feminine
// past participle of racheter even if the treebanks never wrote it.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "apertium_pipeline.h"

namespace trame::internal {

// A word form's dictionary readings, looked up once per form.
class DictionaryLookup {
 public:
  explicit DictionaryLookup(ApertiumPipeline& pipeline) : pipeline_(pipeline) {}

  // Looks up, in one pass of the analyser, the forms (and their lower-case forms) not yet
  // known.
  void prepare(const std::vector<std::string>& forms);
  // The readings of a form (looked up now if `prepare` did not see it); empty when the
  // dictionary does not know the form.
  const std::vector<Analysis>& readings(const std::string& form);
  // Forgets every form once more than `limit` are kept, so that memory stays bounded over
  // years of articles (the frequent forms come back at the next look-up). Call it only when
  // no reference from `readings` is held.
  void trim(std::size_t limit);

 private:
  ApertiumPipeline& pipeline_;
  std::unordered_map<std::string, std::vector<Analysis>> cache_;
};

// The lower-cased form the word embeddings are indexed by; digits become 0 ("1789" and
// "2024" are one word: "0000").
std::string normalised_form(std::string_view form);

// The features of a word: affixes, shape and dictionary readings, as strings
// ("s3:ées", "shape:Xxx", "r:vblex.pp", "t:f"). `readings` are the form's own; for a word
// that starts with a capital, `lower_readings` are those of its lower-case form.
std::vector<std::string> word_features(std::string_view form, const std::vector<Analysis>& readings,
                                       const std::vector<Analysis>& lower_readings);

}  // namespace trame::internal
