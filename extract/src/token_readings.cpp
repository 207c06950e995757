#include "token_readings.h"

#include <algorithm>

#include "tag_corrections.h"
#include "text_util.h"

namespace trame::internal {
namespace {

constexpr UposSet kClosedLinkers = (UposSet{1} << static_cast<unsigned>(Upos::Adp)) |
                                   (UposSet{1} << static_cast<unsigned>(Upos::Adv)) |
                                   (UposSet{1} << static_cast<unsigned>(Upos::Sconj)) |
                                   (UposSet{1} << static_cast<unsigned>(Upos::Cconj));

bool has_tag(const std::vector<std::string>& tags, std::string_view tag) {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

// The parts of speech a reading licenses in UD French.
UposSet reading_upos(const std::vector<std::string>& tags, const std::string& lemma,
                     std::string_view form) {
  Morpheme m{lemma, tags};
  UposSet set = upos_bit(upos_of(m));
  if (tags.empty()) return set;
  const std::string& pos = tags.front();
  // avoir and être are auxiliaries or verbs depending on what follows; "soit ... soit"
  // coordinates.
  if (pos == "vbser" || pos == "vbhaver") set |= upos_bit(Upos::Aux) | upos_bit(Upos::Verb);
  if (pos == "vbser" && to_lower(form) == "soit") set |= upos_bit(Upos::Cconj);
  // Participles are verbs or adjectives; past participles also name people ("les
  // déportés", "la survenue").
  if (has_tag(tags, "pp") || has_tag(tags, "pprs"))
    set |= upos_bit(Upos::Verb) | upos_bit(Upos::Adj);
  if (has_tag(tags, "pp")) set |= upos_bit(Upos::Noun);
  // The partitive "de" the rules made a determiner may still be the preposition.
  if (pos == "det" && m.lemma == "un" &&
      (to_lower(form) == "de" || to_lower(form) == "d'" || to_lower(form) == "d’"))
    set |= upos_bit(Upos::Adp);
  // Adjectives are used as nouns ("les jeunes").
  if (pos == "adj") set |= upos_bit(Upos::Noun);
  // Determiners stand alone as pronouns and the reverse.
  if (pos == "det" || pos == "prn") set |= upos_bit(Upos::Det) | upos_bit(Upos::Pron);
  if (pos == "predet") set |= upos_bit(Upos::Det) | upos_bit(Upos::Pron) | upos_bit(Upos::Adv);
  // Prepositions, conjunctions and connective adverbs trade places ("avant", "comme").
  if (pos == "pr" || pos == "cnjadv" || pos == "cnjsub" || pos == "cnjcoo") set |= kClosedLinkers;
  // Partitive "de" is a determiner in UD.
  if (pos == "pr" && m.lemma == "de") set |= upos_bit(Upos::Det);
  return set;
}

// The masculine singular of a participle, which UD gives as lemma of its adjectival use:
// "élevées" -> "élevé", "comprise" -> "compris".
std::string participle_lemma(const Token& t) {
  std::string lower = to_lower(t.form);
  bool feminine = t.has("f");
  bool plural = t.has("pl");
  if (plural && (ends_with(lower, "s") || ends_with(lower, "x")) && lower.size() > 2)
    lower.pop_back();
  if (feminine && ends_with(lower, "e") && lower.size() > 2) lower.pop_back();
  return lower;
}

// The tags of an adjective or noun made from another reading: its class, gender and
// number, without the verb form a participle had.
std::vector<std::string> nominal_tags(std::string_view pos, const Token& t) {
  std::vector<std::string> tags{std::string(pos)};
  for (const char* tag : {"m", "f", "mf", "sg", "pl", "sp"})
    if (t.has(tag)) tags.emplace_back(tag);
  return tags;
}

}  // namespace

Token indefinite_determiner(const Token& preposition, const Token& article) {
  Token merged = article;
  merged.form = preposition.mwt_form;
  merged.mwt_words = 0;
  merged.mwt_form.clear();
  merged.upos = Upos::Det;
  merged.alternatives.clear();
  merged.kept_alternatives = 0;
  if (to_lower(merged.form) == "du") {
    merged.lemma = "du";  // partitive: "du pain"
    merged.tags = {"det", "ind", "m", "sg"};
  } else {
    merged.lemma = "un";
    merged.tags = {"det", "ind", "mf", "pl"};
  }
  return merged;
}

std::pair<Token, Token> preposition_and_article(const Token& determiner) {
  bool plural = to_lower(determiner.form) == "des";
  Token preposition = determiner;
  preposition.form = "de";
  preposition.lemma = "de";
  preposition.upos = Upos::Adp;
  preposition.tags = {"pr"};
  preposition.alternatives.clear();
  preposition.kept_alternatives = 0;
  preposition.mwt_words = 2;
  preposition.mwt_form = determiner.form;
  preposition.space_after = true;
  Token article = determiner;
  article.form = plural ? "les" : "le";
  article.lemma = "le";
  article.upos = Upos::Det;
  article.tags = {"det", "def", plural ? "mf" : "m", plural ? "pl" : "sg"};
  article.alternatives.clear();
  article.kept_alternatives = 0;
  return {std::move(preposition), std::move(article)};
}

void apply_upos(Token& t, Upos upos) {
  if (t.upos == upos) return;
  auto take = [&t](Morpheme& m) {
    Morpheme current{t.lemma, t.tags};
    t.upos = upos_of(m);
    t.lemma = lemma_of(m, t.upos);
    t.tags = m.tags;
    m = std::move(current);
  };
  // A reading of the dictionary with that part of speech (CG-3's survivors come first).
  for (Morpheme& m : t.alternatives)
    if (!m.tags.empty() && upos_of(m) == upos) {
      take(m);
      return;
    }
  Morpheme current{t.lemma, t.tags};
  if (!t.tags.empty() && upos_of(current) == upos) {
    t.upos = upos;
    t.lemma = lemma_of(current, upos);
    return;
  }
  // Else a reading that licenses it ("est" as AUX from être, not the noun "est"); the
  // current reading is kept when it licenses it itself.
  if (!(reading_upos(t.tags, t.lemma, t.form) & upos_bit(upos)))
    for (Morpheme& m : t.alternatives)
      if (!m.tags.empty() && (reading_upos(m.tags, m.lemma, t.form) & upos_bit(upos))) {
        take(m);
        break;
      }
  if (t.upos == upos) return;
  // The reading a derived one replaces stays among the alternatives.
  if (!t.tags.empty()) t.alternatives.push_back(Morpheme{t.lemma, t.tags});
  bool participle = t.is_past_participle() || t.is_present_participle();
  switch (upos) {
    case Upos::Adj:
      if (participle && (t.is(Upos::Verb) || t.is(Upos::Aux) || t.is(Upos::Noun)) &&
          t.is_past_participle())
        t.lemma = participle_lemma(t);
      else if (participle)
        t.lemma = to_lower(t.form);
      else
        t.lemma = t.is(Upos::Propn) ? to_lower(t.lemma) : t.lemma;
      t.tags = nominal_tags("adj", t);
      break;
    case Upos::Noun:
      if (participle)
        t.lemma = participle_lemma(t);
      else if (t.is(Upos::Propn) || t.unknown)
        t.lemma = to_lower(t.lemma);
      t.tags = nominal_tags("n", t);
      break;
    case Upos::Propn:
      t.lemma = t.form;
      t.tags = {"np"};
      break;
    case Upos::X:
      t.lemma = t.form;
      break;
    case Upos::Adp:
      if (t.is(Upos::Det) && t.lemma == "un") {  // partitive "de" back to the preposition
        t.lemma = "de";
        t.tags = {"pr"};
      }
      break;
    case Upos::Det:
      if (t.lemma == "de") {
        t.lemma = "un";
        t.tags = {"det", "ind", "mf", "sp"};
      }
      break;
    default:
      break;
  }
  t.upos = upos;
}

}  // namespace trame::internal
