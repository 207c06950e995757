// A reading for words the dictionary does not know (names, neologisms, anglicisms, verbs
// like "cofondé"), guessed from their shape and their neighbours.
#pragma once

#include <string_view>

#include "token.h"

namespace trame::internal {

struct WordContext {
  const Token* previous = nullptr;  // the word before, already read
  bool sentence_initial = false;
};

// Fills upos, lemma and tags of an unknown word.
void guess_unknown(Token& token, const WordContext& context);

}  // namespace trame::internal
