// French text to sentences of tagged words: Apertium analysis and disambiguation, sentence
// segmentation, splitting of contractions and enclitics, a guess for words the dictionary
// does not know, and a few general corrections of the tagger's choices.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "apertium_pipeline.h"
#include "tag_model.h"
#include "token.h"

namespace trame::internal {

class FrenchAnalyzer {
 public:
  // With `use_tag_model` false, words keep the tags of Apertium and the correction rules
  // (what the tag model is trained on); otherwise the built-in TagModel re-ranks them.
  FrenchAnalyzer(const std::filesystem::path& apertium_dir, const std::string& prefix,
                 bool use_tag_model = true);

  // The sentences of a document. With `one_sentence_per_line` every line is one sentence
  // (blank lines included, so sentence numbers are line numbers).
  std::vector<Sentence> analyse(std::string_view text, bool one_sentence_per_line);

  // All dictionary analyses of single words, for re-reading the parts of multiword
  // units one by one.
  std::vector<std::vector<Analysis>> analyse_words(const std::vector<std::string>& words);

 private:
  ApertiumPipeline pipeline_;
  const TagModel* tag_model_ = nullptr;
};

// Splits units into sentences: at sentence punctuation (not after abbreviations or
// initials), at blank lines, and at line ends that do not continue the sentence.
std::vector<AnalysedSentence> segment(std::vector<LexicalUnit>&& units, std::string_view text,
                                      bool one_sentence_per_line);

// Whether a unit can be a determiner, preposition, pronoun or conjunction: a word that
// starts sentences, which a name hardly is (so "X. Dans" ends a sentence after "X").
bool starts_function_word(const LexicalUnit& unit);

// Turns the disambiguated units of a sentence into words.
std::vector<Token> tokens_of(const AnalysedSentence& units);

}  // namespace trame::internal
