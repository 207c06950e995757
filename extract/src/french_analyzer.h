// French text to sentences of parsed words: Apertium's morphological analysis, sentence
// segmentation, tokens the UD way (contractions and enclitics split, a guess for words the
// dictionary does not know), then the tagger and parser (tree/sentence_parser.h).
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "apertium_pipeline.h"
#include "token.h"
#include "tree/sentence_parser.h"

namespace trame::internal {

class FrenchAnalyzer {
 public:
  // Loads Apertium's French analyser from `apertium_dir` and the parser model built into
  // trame (ParserModel::built_in()).
  FrenchAnalyzer(const std::filesystem::path& apertium_dir, const std::string& prefix);

  // The sentences of a document. With `one_sentence_per_line` every line is one sentence
  // (blank lines included, so sentence numbers are line numbers).
  std::vector<Sentence> analyse(std::string_view text, bool one_sentence_per_line);

  // All dictionary analyses of single words, for re-reading the parts of multiword
  // units one by one.
  std::vector<std::vector<Analysis>> analyse_words(const std::vector<std::string>& words);

 private:
  ApertiumPipeline pipeline_;
  SentenceParser parser_;
};

// Splits units into sentences: at sentence punctuation (not after abbreviations or
// initials), at blank lines, and at line ends that do not continue the sentence.
std::vector<AnalysedSentence> segment(std::vector<LexicalUnit>&& units, std::string_view text,
                                      bool one_sentence_per_line);

// Whether a unit can be a determiner, preposition, pronoun or conjunction: a word that
// starts sentences, which a name hardly is (so "X. Dans" ends a sentence after "X").
bool starts_function_word(const LexicalUnit& unit);

// Turns the units of a sentence into tokens, each with its dictionary's first reading
// (the tagger chooses among them later).
std::vector<Token> tokens_of(const AnalysedSentence& units);

}  // namespace trame::internal
