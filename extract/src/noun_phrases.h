// Noun phrases of a sentence: proper names with their descriptors, definite descriptions,
// referring pronouns and the other noun phrases (concepts).
#pragma once

#include <vector>

#include "sentence_analysis.h"

namespace trame::internal {

// The mentions of a sentence in text order (phrases do not overlap). Fills span, head,
// name, kind, descriptor, determiner, agreement, type cues and text.
std::vector<Mention> find_mentions(const Sentence& sentence);

// A word that can be part of a proper name at position i ("Musk", "Novaterra", "Commission"
// inside a sentence).
bool is_name_word(const std::vector<Token>& tokens, int i);

}  // namespace trame::internal
