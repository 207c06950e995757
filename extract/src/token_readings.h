// Changing a token's reading: to another part of speech, chosen by the tagger, and the
// contractions "des"/"du" taken apart or put back together.
#pragma once

#include <cstdint>
#include <utility>

#include "token.h"

namespace trame::internal {

// The parts of speech a token may be given, as a bit set indexed by Upos.
using UposSet = std::uint32_t;
inline UposSet upos_bit(Upos u) { return UposSet{1} << static_cast<unsigned>(u); }

// Makes `upos` the token's part of speech, switching to the reading that has it when the
// dictionary gave one, and otherwise deriving lemma and tags the way UD French wants them
// (an adjectival participle's lemma is its masculine singular form).
void apply_upos(Token& token, Upos upos);

// "des"/"du" as a determiner: one word in place of the contraction "de" + "les"/"le".
Token indefinite_determiner(const Token& preposition, const Token& article);
// ... and back: the contraction's two words.
std::pair<Token, Token> preposition_and_article(const Token& determiner);

}  // namespace trame::internal
