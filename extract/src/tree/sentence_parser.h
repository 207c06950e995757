// One tree per sentence: turns a sentence's tokens into the words of Universal Dependencies
// and has the tagger and parser (parser_model.h) give each word its part of speech,
// features, lemma, head and relation. The only place that decides them.
//
// The tokens keep serving the clause grammar: each one that is a single word takes the
// dictionary reading that agrees with the tagger's choice.
#pragma once

#include <vector>

#include "apertium_pipeline.h"
#include "token.h"
#include "tree/parser_model.h"
#include "tree/word_features.h"

namespace trame::internal {

class SentenceParser {
 public:
  SentenceParser(const ParserModel& model, ApertiumPipeline& pipeline)
      : model_(model), lookup_(pipeline) {}

  // Fills every sentence's `words` from its tokens and sets the tokens' readings. The
  // sentences of a document go together: the network reads them in batches.
  void parse(std::vector<Sentence>& sentences);

 private:
  const ParserModel& model_;
  DictionaryLookup lookup_;
};

// The words of UD for a sentence's tokens: a multiword expression ("parce que", "au sein
// de") is split into its words, contractions inside it included ("au" = "à" + "le").
std::vector<Word> words_of_tokens(const std::vector<Token>& tokens);

// "des" and "du" read as determiners become the preposition and the article again, so
// that the tagger decides between them: "le prix des pommes" (de + les) against "il
// mange des pommes" (the indefinite "des").
void split_contracted_determiners(std::vector<Token>& tokens);

// Makes the word's part of speech and features the token's reading: the dictionary reading
// that agrees with them best, or one derived the way UD French wants it. `before_head`:
// the word comes before its head in the tree (a pronoun there is a clitic).
void take_reading(Token& token, const Word& word, bool before_head = false);

}  // namespace trame::internal
