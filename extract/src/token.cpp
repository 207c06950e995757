#include "token.h"

#include <algorithm>
#include <array>

#include "text_util.h"

namespace trame::internal {

std::string_view to_string(Upos upos) {
  static constexpr std::array<std::string_view, 17> kNames = {
      "NOUN", "PROPN", "VERB", "AUX",   "ADJ", "ADV",   "DET",  "PRON", "ADP",
      "CCONJ", "SCONJ", "NUM", "PUNCT", "SYM", "INTJ", "PART", "X"};
  return kNames[static_cast<std::size_t>(upos)];
}

Upos upos_from_string(std::string_view name) {
  for (std::size_t u = 0; u <= static_cast<std::size_t>(Upos::X); ++u)
    if (to_string(static_cast<Upos>(u)) == name) return static_cast<Upos>(u);
  return Upos::X;
}

bool Token::has(std::string_view tag) const {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

bool Token::capitalised() const { return starts_upper(form); }

char Token::gender() const {
  if (has("m")) return 'm';
  if (has("f")) return 'f';
  return 0;
}

char Token::number() const {
  if (has("sg")) return 's';
  if (has("pl")) return 'p';
  return 0;
}

int Token::person() const {
  if (has("p1")) return 1;
  if (has("p2")) return 2;
  if (has("p3")) return 3;
  return 0;
}

bool Token::is_finite_verb() const {
  if (upos != Upos::Verb && upos != Upos::Aux) return false;
  for (const char* t : {"pri", "pii", "ifi", "fti", "cni", "prs", "pis", "imp"})
    if (has(t)) return true;
  return false;
}

bool Token::is_past_participle() const { return has("pp"); }
bool Token::is_infinitive() const { return has("inf"); }
bool Token::is_present_participle() const { return has("pprs") || has("ger"); }

}  // namespace trame::internal
