#include "word_guesser.h"

#include <array>

#include "text_util.h"

namespace trame::internal {
namespace {

struct SuffixRule {
  std::string_view suffix;
  Upos upos;
  std::string_view lemma_suffix;  // replaces the suffix in the lemma
  std::array<std::string_view, 3> tags;
};

// Derivational and inflectional endings of French, longest first within a family.
constexpr SuffixRule kRules[] = {
    {"ements", Upos::Noun, "ement", {"n", "m", "pl"}},
    {"ement", Upos::Noun, "ement", {"n", "m", "sg"}},  // refined to adverb below
    {"emment", Upos::Adv, "emment", {"adv", "", ""}},
    {"amment", Upos::Adv, "amment", {"adv", "", ""}},
    {"ées", Upos::Verb, "er", {"pp", "f", "pl"}},
    {"ée", Upos::Verb, "er", {"pp", "f", "sg"}},
    {"és", Upos::Verb, "er", {"pp", "m", "pl"}},
    {"é", Upos::Verb, "er", {"pp", "m", "sg"}},
    {"isé", Upos::Verb, "iser", {"pp", "m", "sg"}},
    {"ant", Upos::Verb, "er", {"pprs", "", ""}},
    {"er", Upos::Verb, "er", {"inf", "", ""}},
    {"iser", Upos::Verb, "iser", {"inf", "", ""}},
    {"ait", Upos::Verb, "er", {"pii", "p3", "sg"}},
    {"aient", Upos::Verb, "er", {"pii", "p3", "pl"}},
    {"tions", Upos::Noun, "tion", {"n", "f", "pl"}},
    {"tion", Upos::Noun, "tion", {"n", "f", "sg"}},
    {"ités", Upos::Noun, "ité", {"n", "f", "pl"}},
    {"ité", Upos::Noun, "ité", {"n", "f", "sg"}},
    {"isme", Upos::Noun, "isme", {"n", "m", "sg"}},
    {"iste", Upos::Noun, "iste", {"n", "mf", "sg"}},
    {"istes", Upos::Noun, "iste", {"n", "mf", "pl"}},
    {"eur", Upos::Noun, "eur", {"n", "m", "sg"}},
    {"eurs", Upos::Noun, "eur", {"n", "m", "pl"}},
    {"euse", Upos::Adj, "eux", {"adj", "f", "sg"}},
    {"eux", Upos::Adj, "eux", {"adj", "m", "sp"}},
    {"ique", Upos::Adj, "ique", {"adj", "mf", "sg"}},
    {"iques", Upos::Adj, "ique", {"adj", "mf", "pl"}},
    {"if", Upos::Adj, "if", {"adj", "m", "sg"}},
    {"ive", Upos::Adj, "if", {"adj", "f", "sg"}},
    {"able", Upos::Adj, "able", {"adj", "mf", "sg"}},
    {"ible", Upos::Adj, "ible", {"adj", "mf", "sg"}},
    {"elle", Upos::Adj, "el", {"adj", "f", "sg"}},
    {"ale", Upos::Adj, "al", {"adj", "f", "sg"}},
    {"aux", Upos::Adj, "al", {"adj", "m", "pl"}},
    {"ales", Upos::Adj, "al", {"adj", "f", "pl"}},
    {"elles", Upos::Adj, "el", {"adj", "f", "pl"}},
    {"ives", Upos::Adj, "if", {"adj", "f", "pl"}},
    {"ifs", Upos::Adj, "if", {"adj", "m", "pl"}},
    {"euses", Upos::Adj, "eux", {"adj", "f", "pl"}},
    {"ables", Upos::Adj, "able", {"adj", "mf", "pl"}},
    {"ibles", Upos::Adj, "ible", {"adj", "mf", "pl"}},
    {"ien", Upos::Adj, "ien", {"adj", "m", "sg"}},
    {"iens", Upos::Adj, "ien", {"adj", "m", "pl"}},
    {"ienne", Upos::Adj, "ien", {"adj", "f", "sg"}},
    {"iennes", Upos::Adj, "ien", {"adj", "f", "pl"}},
    {"ière", Upos::Adj, "ier", {"adj", "f", "sg"}},  // "céréalière", "hôtelière"
    {"ières", Upos::Adj, "ier", {"adj", "f", "pl"}},
    {"ante", Upos::Adj, "ant", {"adj", "f", "sg"}},
    {"antes", Upos::Adj, "ant", {"adj", "f", "pl"}},
    {"ente", Upos::Adj, "ent", {"adj", "f", "sg"}},
    {"entes", Upos::Adj, "ent", {"adj", "f", "pl"}},
};

bool follows_determiner(const WordContext& c) {
  return c.previous && (c.previous->is(Upos::Det) || c.previous->is(Upos::Adj) ||
                        (c.previous->is(Upos::Adp) && c.previous->mwt_words == 0 &&
                         c.previous->form != "en" && c.previous->form != "de"));
}

bool follows_auxiliary(const WordContext& c) {
  return c.previous &&
         (c.previous->is(Upos::Aux) || c.previous->lemma == "avoir" || c.previous->lemma == "être");
}

void set_tags(Token& t, std::string_view pos, const std::array<std::string_view, 3>& rest) {
  t.tags.clear();
  t.tags.emplace_back(pos);
  for (std::string_view r : rest)
    if (!r.empty()) t.tags.emplace_back(r);
}

}  // namespace

void guess_unknown(Token& t, const WordContext& c) {
  t.unknown = true;
  const std::string& form = t.form;
  t.lemma = form;

  if (!has_letter(form)) {
    // Typographic punctuation the analyser passes through: bullets, dashes, quotes.
    static constexpr std::string_view kPunctuation[] = {"•", "·", "–", "—", "«", "»", "“",
                                                        "”", "‘", "’", "‹", "›", "„", "…"};
    for (std::string_view p : kPunctuation)
      if (form == p) {
        t.upos = Upos::Punct;
        set_tags(t, "punct", {});
        return;
      }
    if (has_digit(form)) {
      t.upos = Upos::Num;
      set_tags(t, "num", {});
    } else {
      t.upos = Upos::Sym;
      set_tags(t, "sym", {});
    }
    return;
  }
  // Capitalised inside a sentence, all capitals, or letters mixed with digits or inner
  // capitals ("SpaceX", "GPT-4", "iPhone"): a name.
  bool inner_capital = false;
  for (std::size_t i = 1; i < form.size(); ++i)
    if (form[i] >= 'A' && form[i] <= 'Z') inner_capital = true;
  if (starts_upper(form) || is_all_upper(form) || inner_capital || has_digit(form)) {
    t.upos = Upos::Propn;
    set_tags(t, "np", {"", "", ""});
    return;
  }

  std::string lower = to_lower(form);
  t.lemma = lower;
  const SuffixRule* best = nullptr;
  for (const SuffixRule& r : kRules)
    if (ends_with(lower, r.suffix) && char_count(lower) > char_count(r.suffix) + 2 &&
        (!best || r.suffix.size() > best->suffix.size()))
      best = &r;

  if (best) {
    Upos upos = best->upos;
    auto tags = best->tags;
    // "-ement" after a verb or at a clause edge is an adverb; after a determiner a noun.
    if (best->suffix == "ement" && !follows_determiner(c)) {
      upos = Upos::Adv;
      tags = {"adv", "", ""};
    }
    // A participle right after a determiner or noun is used as an adjective.
    if (upos == Upos::Verb && tags[0] == "pp" && !follows_auxiliary(c) && c.previous &&
        (c.previous->is(Upos::Noun) || c.previous->is(Upos::Det)))
      upos = Upos::Adj;
    // "-er" after a determiner is a noun (le "manager"), not an infinitive.
    // (After a preposition it is the infinitive: "à reconfirmer", "pour cofinancer".)
    if (upos == Upos::Verb && tags[0] == "inf" && c.previous &&
        (c.previous->is(Upos::Det) || c.previous->is(Upos::Adj))) {
      upos = Upos::Noun;
      tags = {"n", "m", "sg"};
    }
    t.upos = upos;
    t.lemma = lower.substr(0, lower.size() - best->suffix.size()) + std::string(best->lemma_suffix);
    if (upos == Upos::Noun || upos == Upos::Adj) {
      if (upos == Upos::Adj && tags[0] == "pp") tags = {"adj", tags[1], tags[2]};
      set_tags(t, upos == Upos::Noun ? "n" : "adj", {tags[1], tags[2], ""});
      if (upos == Upos::Noun && best->upos != Upos::Noun) t.lemma = lower;
    } else if (upos == Upos::Verb) {
      set_tags(t, "vblex", tags);
    } else {
      set_tags(t, "adv", {});
      t.lemma = lower;
    }
    return;
  }
  // Anglicisms and other nouns: a final "-s" is the plural after a plural determiner, or
  // when the word does not end like a singular in "-s" ("bus", "gaz" aside, French and
  // English singulars rarely end in "-ss", "-us", "-is", "-as", "-os").
  t.upos = Upos::Noun;
  bool singular_s = ends_with(lower, "ss") || ends_with(lower, "us") || ends_with(lower, "is") ||
                    ends_with(lower, "as") || ends_with(lower, "os") || ends_with(lower, "ys");
  bool plural = ends_with(lower, "s") && char_count(lower) > 3 &&
                ((c.previous && c.previous->number() == 'p') || !singular_s);
  if (plural) t.lemma = lower.substr(0, lower.size() - 1);
  set_tags(t, "n", {"m", plural ? "pl" : "sg", ""});
}

}  // namespace trame::internal
