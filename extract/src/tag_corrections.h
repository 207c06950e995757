// General corrections of the tagger's choices that French word order makes certain:
// auxiliaries before participles, nouns after determiners, and the like.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "token.h"

namespace trame::internal {

void correct_tags(std::vector<Token>& tokens);

// The constraints of French word order the tag model's left-to-right choices can break,
// applied after it.
void correct_after_model(std::vector<Token>& tokens);

// Apertium's "cnjadv" class split the UD way (si -> SCONJ, donc -> CCONJ, ainsi -> ADV).
Upos conjunction_class(std::string_view lemma);

// The UD part of speech of an Apertium morpheme, and its lemma as trame writes it.
Upos upos_of(const Morpheme& m);
std::string lemma_of(const Morpheme& m, Upos upos);

// Adjectives that stand for a noun phrase without being nouns ("le premier", "ce dernier",
// "les autres"): UD French keeps them ADJ.
bool is_pronominal_adjective(std::string_view lemma);

// The written form of a word inside a contraction: "aux" is "à" + "les".
std::string contracted_form(const Morpheme& m);

// Makes the token's reading the alternative whose first tag is `pos`; false if it has none.
bool switch_reading(Token& token, std::string_view pos);

}  // namespace trame::internal
