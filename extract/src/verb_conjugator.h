// French verb forms for relations written anew (a passive read from its agent is written in
// the active voice: "sera présidée par" -> "présidera").
//
// Apertium's French generator would do this, but it costs 400 MB and half a second to
// load for a handful of words a document. The conjugator instead spells candidates from
// French conjugation (the regular endings and the usual stem changes: "achète", "appelle",
// "emploie", "tient", "prennent", "conduisent") and keeps the first one the dictionary the
// analyser already holds reads as exactly the form asked for. It never writes a form the
// dictionary does not know; it answers nothing instead.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "french_analyzer.h"
#include "sentence_analysis.h"

namespace trame::internal {

class VerbConjugator {
 public:
  explicit VerbConjugator(FrenchAnalyzer& analyzer) : analyzer_(analyzer) {}

  // The form of a lexical form "lemma<tag>...": "présider<vblex><fti><p3><sg>",
  // "racheter<vblex><pp><m><sg>", "avoir<vbhaver><pri><p3><pl>", "valider<vblex><inf>".
  // `seen` is a form of the same verb the text used (the participle of the passive), a
  // source of stems for irregular verbs. Empty when no candidate is known to the dictionary.
  std::string form(const std::string& lexical, const std::string& seen = {});

  // The words of a relation written anew, generated forms in place and "de" elided before
  // a vowel ("vient de racheter", "vient d'acquérir"). Empty when a form is unknown.
  std::string realise(const std::vector<RelationWord>& words);

 private:
  FrenchAnalyzer& analyzer_;
  std::map<std::string, std::string> cache_;
};

// Candidate spellings of a finite form, most likely first (exposed for tests).
std::vector<std::string> conjugation_candidates(const std::string& lemma, const std::string& tense,
                                                int person, bool plural);

}  // namespace trame::internal
