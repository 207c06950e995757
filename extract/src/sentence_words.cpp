// From disambiguated lexical units to the words of a sentence (see tokens_of).
#include <algorithm>
#include <set>

#include "french_analyzer.h"
#include "tag_corrections.h"
#include "text_util.h"
#include "word_guesser.h"

namespace trame::internal {


// Apertium's "cnjadv" mixes subordinators, coordinators and connective adverbs.
Upos conjunction_class(std::string_view lemma) {
  static const std::set<std::string, std::less<>> kSubordinating = {
      "si", "quand", "comme", "lorsque", "puisque", "quoique", "que", "parce que", "pour que",
      "bien que", "afin que", "alors que", "tandis que", "dès que", "avant que", "après que",
      "sans que", "pendant que", "depuis que", "jusqu'à ce que", "ainsi que", "même si"};
  static const std::set<std::string, std::less<>> kCoordinating = {"car", "or", "puis", "voire",
                                                                   "mais", "ni"};
  std::string lower = to_lower(lemma);
  if (kSubordinating.count(lower)) return Upos::Sconj;
  if (kCoordinating.count(lower)) return Upos::Cconj;
  return Upos::Adv;
}

// The UD part of speech of an Apertium reading, before context decides auxiliaries.
Upos upos_of(const Morpheme& m) {
  if (m.tags.empty()) return Upos::X;
  const std::string& pos = m.tags.front();
  if (pos == "n") return Upos::Noun;
  if (pos == "np") return Upos::Propn;
  if (pos == "vblex" || pos == "vbmod") return Upos::Verb;
  if (pos == "vbser") return Upos::Aux;
  if (pos == "vbhaver") return Upos::Verb;  // auxiliary only before a participle: see below
  if (pos == "adj") return m.has("itg") ? Upos::Det : Upos::Adj;
  if (pos == "adv" || pos == "preadv") {
    if (m.lemma == "puis" || m.lemma == "voire") return Upos::Cconj;
    return Upos::Adv;
  }
  if (pos == "det") return Upos::Det;
  if (pos == "predet") return Upos::Adj;  // "tous les", "toute la": UD's ADJ
  if (pos == "prn" || pos == "rel") {
    if (m.lemma == "où") return Upos::Pron;  // UD: relative and interrogative "où" are PRON
    if (m.has("itg") && m.has("adv")) return Upos::Adv;
    return Upos::Pron;
  }
  if (pos == "pr") return Upos::Adp;
  if (pos == "cnjcoo") return Upos::Cconj;
  if (pos == "cnjsub") return Upos::Sconj;
  if (pos == "cnjadv") return conjunction_class(m.lemma);
  if (pos == "num") return Upos::Num;
  if (pos == "ij") return Upos::Intj;
  if (pos == "sent" || pos == "cm" || pos == "lpar" || pos == "rpar" || pos == "lquest" ||
      pos == "guio" || pos == "apos" || pos == "quot" || pos == "percent")
    return Upos::Punct;
  if (pos == "abbr") return Upos::Noun;
  return Upos::X;
}

std::string lemma_of(const Morpheme& m, Upos upos) {
  if (upos == Upos::Propn) return m.lemma;
  return to_lower(m.lemma);
}

namespace {

Token token_from(const Morpheme& m, std::string form, const LexicalUnit& u) {
  Token t;
  t.form = std::move(form);
  t.upos = upos_of(m);
  t.lemma = lemma_of(m, t.upos);
  t.tags = m.tags;
  t.begin = u.begin;
  t.end = u.end;
  return t;
}

bool is_punctuation_text(std::string_view s) {
  for (char c : s)
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80)
      return false;
  return !s.empty();
}

// Splits a verb glued to its enclitic pronouns at the hyphens: "Donne-le-moi" -> "Donne",
// "-le", "-moi"; "a-t-il" -> "a", "-t-il".
std::vector<std::string> split_enclitics(const std::string& surface, std::size_t parts) {
  std::vector<std::string> pieces;
  std::string rest = surface;
  for (std::size_t k = 1; k < parts; ++k) {
    std::size_t hy = rest.rfind('-');
    if (hy == std::string::npos || hy == 0) return {};
    // "-t-" is euphonic: keep it with the pronoun.
    if (hy >= 2 && rest[hy - 1] == 't' && rest[hy - 2] == '-') hy -= 2;
    pieces.insert(pieces.begin(), rest.substr(hy));
    rest = rest.substr(0, hy);
  }
  pieces.insert(pieces.begin(), rest);
  return pieces;
}

}  // namespace

std::vector<Token> tokens_of(const AnalysedSentence& units) {
  std::vector<Token> tokens;
  for (std::size_t ui = 0; ui < units.size(); ++ui) {
    const LexicalUnit& u = units[ui];
    const Analysis* a = u.best();
    std::size_t first = tokens.size();
    if (!a) {
      Token t;
      t.form = u.surface;
      t.begin = u.begin;
      t.end = u.end;
      if (is_punctuation_text(u.surface)) {
        static const std::set<std::string, std::less<>> kSymbols = {
            "%", "&", "+", "/", "$", "€", "£", "°", "±", "=", "<", ">", "×", "#", "@", "§", "*"};
        bool symbol = kSymbols.count(u.surface) > 0;
        t.upos = symbol ? Upos::Sym : Upos::Punct;
        t.lemma = u.surface;
        t.tags = {symbol ? "sym" : "punct"};
      } else {
        WordContext context;
        context.previous = tokens.empty() ? nullptr : &tokens.back();
        context.sentence_initial = tokens.empty();
        guess_unknown(t, context);
      }
      tokens.push_back(std::move(t));
    } else if (a->parts.size() == 1) {
      Token t = token_from(a->parts.front(), u.surface, u);
      // The readings CG-3 kept first, so that a correction prefers them.
      for (std::size_t k : u.surviving)
        if (&u.analyses[k] != a && u.analyses[k].parts.size() == 1)
          t.alternatives.push_back(u.analyses[k].parts.front());
      t.kept_alternatives = t.alternatives.size();
      for (std::size_t k = 0; k < u.analyses.size(); ++k)
        if (&u.analyses[k] != a && u.analyses[k].parts.size() == 1 &&
            std::find(u.surviving.begin(), u.surviving.end(), k) == u.surviving.end())
          t.alternatives.push_back(u.analyses[k].parts.front());
      tokens.push_back(std::move(t));
    } else {
      std::vector<std::string> forms;
      bool enclitic = a->parts.size() > 1 && a->parts[1].has("enc");
      if (enclitic) forms = split_enclitics(u.surface, a->parts.size());
      if (forms.empty()) {
        // Contractions ("du" = de + le) and multiword units: each word by its lemma.
        for (const Morpheme& m : a->parts) forms.push_back(to_lower(m.lemma));
      }
      for (std::size_t p = 0; p < a->parts.size(); ++p)
        tokens.push_back(token_from(a->parts[p], forms[p], u));
      if (!enclitic) {
        tokens[first].mwt_words = static_cast<int>(a->parts.size());
        tokens[first].mwt_form = u.surface;
      }
    }
    if (ui + 1 < units.size() && units[ui + 1].blank_before.empty())
      tokens.back().space_after = false;
  }
  correct_tags(tokens);
  return tokens;
}

}  // namespace trame::internal
