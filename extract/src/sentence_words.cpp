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
      "si",         "quand",          "comme",     "lorsque",   "puisque",  "quoique",
      "que",        "parce que",      "pour que",  "bien que",  "afin que", "alors que",
      "tandis que", "dès que",        "avant que", "après que", "sans que", "pendant que",
      "depuis que", "jusqu'à ce que", "ainsi que", "même si"};
  static const std::set<std::string, std::less<>> kCoordinating = {"car",   "or",   "puis",
                                                                   "voire", "mais", "ni"};
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

// The written form of a word inside a contraction: "aux" is "à" + "les", "desquelles" is
// "de" + "lesquelles".
std::string contracted_form(const Morpheme& m) {
  std::string lemma = to_lower(m.lemma);
  bool plural = m.has("pl");
  bool feminine = m.has("f");
  if (lemma == "le") return plural ? "les" : "le";
  if (lemma == "lequel") {
    if (plural) return feminine ? "lesquelles" : "lesquels";
    return feminine ? "laquelle" : "lequel";
  }
  return lemma;
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

// The byte offset just past the apostrophe of an elided first word ("d'" in "d'autres"),
// or npos.
std::size_t elision_end(std::string_view surface) {
  std::size_t at = surface.find('\'');
  std::size_t width = 1;
  if (std::size_t curly = surface.find("’"); curly < at) {
    at = curly;
    width = 3;
  }
  if (at == std::string_view::npos || at == 0 || at + width >= surface.size())
    return std::string_view::npos;
  return at + width;
}

// The reading of a unit to make words of: the chosen one, except that a multiword unit
// read as one expression ("ce dernier" as a pronoun) is taken word by word when the
// dictionary also reads it so ("ce" + "dernier"), since UD analyses each word.
const Analysis* word_by_word(const LexicalUnit& u) {
  const Analysis* chosen = u.best();
  bool elided = elision_end(u.surface) != std::string::npos;
  if (!chosen || chosen->parts.size() != 1 || (u.surface.find(' ') == std::string::npos && !elided))
    return chosen;
  // Prepositional and conjunctive expressions ("avant de", "bien que") stay whole: UD
  // analyses them as fixed expressions, which the CoNLL-U writer spells out.
  const std::vector<std::string>& tags = chosen->parts.front().tags;
  if (!tags.empty() && (tags.front() == "pr" || tags.front() == "cnjsub" ||
                        tags.front() == "cnjadv" || tags.front() == "cnjcoo"))
    return chosen;
  std::size_t words = 1 + std::count(u.surface.begin(), u.surface.end(), ' ') + (elided ? 1 : 0);
  for (const Analysis& a : u.analyses) {
    if (a.parts.size() != words) continue;
    bool single_words = true;
    for (const Morpheme& m : a.parts)
      if (m.lemma.find(' ') != std::string::npos) single_words = false;
    if (single_words) return &a;
  }
  return chosen;
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

bool any_reading(const LexicalUnit& u, std::initializer_list<std::string_view> classes) {
  for (std::size_t k : u.surviving)
    for (std::string_view c : classes)
      if (!u.analyses[k].parts.empty() && u.analyses[k].parts[0].tags.size() > 0 &&
          u.analyses[k].parts[0].tags.front() == c)
        return true;
  return false;
}

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// "14h30", "h30", "9h": hours and minutes glued to the hour sign.
bool is_time_of_day(std::string_view s) {
  std::size_t h = s.find('h');
  if (h == std::string_view::npos || h > 2 || s.size() - h - 1 > 2) return false;
  if (h == 0 && s.size() == 1) return false;
  return (h == 0 || is_digits(s.substr(0, h))) && (h + 1 == s.size() || is_digits(s.substr(h + 1)));
}

bool is_word_unit(const LexicalUnit& u) {
  return !u.punctuation && (has_letter(u.surface) || has_digit(u.surface)) &&
         !ends_with(u.surface, "'") && !ends_with(u.surface, "’");
}

// A unit with a single reading made from text: "<lemma><tag1><tag2>...".
void set_single_reading(LexicalUnit& u, const std::string& lemma,
                        const std::vector<std::string>& tags) {
  Analysis a;
  a.text = lemma;
  for (const std::string& t : tags) a.text += "<" + t + ">";
  a.parts.push_back(Morpheme{lemma, tags});
  u.analyses = {std::move(a)};
  u.surviving = {0};
  u.chosen = 0;
  u.unknown = false;
  u.punctuation = false;
}

// Glues `next` onto `u`: the surface and span grow, the readings are decided by the caller.
void append_unit(LexicalUnit& u, const LexicalUnit& next) {
  u.surface += next.blank_before + next.surface;
  u.end = next.end;
}

// Pronouns that follow their verb after a hyphen ("est-ce", "dit-elle", "prends-le").
bool is_enclitic_pronoun(std::string_view w) {
  static const std::set<std::string, std::less<>> kPronouns = {
      "ce", "il", "ils", "elle", "elles", "on",  "je",  "tu", "nous", "vous",
      "le", "la", "les", "lui",  "leur",  "moi", "toi", "y",  "en"};
  return kPronouns.count(to_lower(w)) > 0;
}

struct Abbreviation {
  std::string_view form;  // without its period
  std::string_view lemma;
  std::initializer_list<std::string_view> tags;
};

// Abbreviations whose period belongs to the word, as UD tokenises them.
const Abbreviation* abbreviation_of(std::string_view word) {
  static const Abbreviation kAbbreviations[] = {{"M", "monsieur", {"n", "m", "sg"}},
                                                {"MM", "monsieur", {"n", "m", "pl"}},
                                                {"Dr", "docteur", {"n", "m", "sg"}},
                                                {"Pr", "professeur", {"n", "m", "sg"}},
                                                {"Me", "maître", {"n", "m", "sg"}},
                                                {"Mgr", "monseigneur", {"n", "m", "sg"}},
                                                {"St", "saint", {"adj", "m", "sg"}},
                                                {"p", "page", {"n", "f", "sg"}},
                                                {"pp", "page", {"n", "f", "pl"}},
                                                {"etc", "etc.", {"adv"}},
                                                {"Mr", "monsieur", {"n", "m", "sg"}},
                                                {"Mrs", "madame", {"n", "f", "sg"}},
                                                {"cf", "cf.", {"vblex", "imp", "p2", "sg"}},
                                                {"vol", "volume", {"n", "m", "sg"}},
                                                {"env", "environ", {"adv"}},
                                                {"art", "article", {"n", "m", "sg"}},
                                                {"chap", "chapitre", {"n", "m", "sg"}},
                                                {"av", "avant", {"pr"}},
                                                {"apr", "après", {"pr"}},
                                                {"n°", "numéro", {"n", "m", "sg"}}};
  for (const Abbreviation& a : kAbbreviations)
    if (a.form == word) return &a;
  return nullptr;
}

// Regroups Apertium's units the way UD French tokenises: hyphenated compounds and names
// are one word ("Saint-Dizier", "post-opératoire", "2006-08-07"), an abbreviation keeps
// its period ("M.", "etc."), an inverted pronoun keeps its hyphen ("est" "-ce"), "..." is
// one sign, and so is a number with a non-breaking space ("80 000").
AnalysedSentence regroup_units(const AnalysedSentence& in) {
  AnalysedSentence out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    const LexicalUnit& u = in[i];
    auto glued = [&](std::size_t k) { return k < in.size() && in[k].blank_before.empty(); };
    // "..." written as three periods.
    if (u.surface == "." && glued(i + 1) && in[i + 1].surface == "." && glued(i + 2) &&
        in[i + 2].surface == ".") {
      LexicalUnit dots = u;
      append_unit(dots, in[i + 1]);
      append_unit(dots, in[i + 2]);
      set_single_reading(dots, "...", {"sent"});
      out.push_back(std::move(dots));
      i += 2;
      continue;
    }
    // Addresses of the web are one word: "http://www.example.fr/page".
    if (!u.punctuation && (to_lower(u.surface) == "http" || to_lower(u.surface) == "https" ||
                           starts_with(to_lower(u.surface), "www."))) {
      std::size_t last = i;
      while (glued(last + 1) && in[last + 1].surface.find_first_of("«»\"()") == std::string::npos &&
             !(in[last + 1].punctuation && in[last + 1].surface == ",") &&
             !((in[last + 1].surface == "." || in[last + 1].surface == ",") &&
               !glued(last + 2)))
        ++last;
      if (last > i) {
        LexicalUnit address = u;
        for (std::size_t k = i + 1; k <= last; ++k) append_unit(address, in[k]);
        set_single_reading(address, address.surface, {"np"});
        out.push_back(std::move(address));
        i = last;
        continue;
      }
    }
    // Acronyms written with periods are one word: "B.I.P.", "H.R.F.".
    if (char_count(u.surface) == 1 && starts_upper(u.surface) && glued(i + 1) &&
        in[i + 1].surface == "." && glued(i + 2) && i + 2 < in.size() &&
        char_count(in[i + 2].surface) == 1 && starts_upper(in[i + 2].surface)) {
      std::size_t last = i + 1;  // the last period taken
      while (glued(last + 1) && last + 1 < in.size() && char_count(in[last + 1].surface) == 1 &&
             starts_upper(in[last + 1].surface) && glued(last + 2) && last + 2 < in.size() &&
             in[last + 2].surface == ".")
        last += 2;
      // "B.I.P" without its last period keeps its last letter.
      if (glued(last + 1) && last + 1 < in.size() && char_count(in[last + 1].surface) == 1 &&
          starts_upper(in[last + 1].surface))
        ++last;
      LexicalUnit acronym = u;
      for (std::size_t k = i + 1; k <= last; ++k) append_unit(acronym, in[k]);
      set_single_reading(acronym, acronym.surface, {"np", "acr"});
      out.push_back(std::move(acronym));
      i = last;
      continue;
    }
    // "n°": the number sign is one word.
    if ((u.surface == "n" || u.surface == "N") && glued(i + 1) && in[i + 1].surface == "°") {
      LexicalUnit number = u;
      append_unit(number, in[i + 1]);
      set_single_reading(number, "numéro", {"n", "m", "sg"});
      out.push_back(std::move(number));
      ++i;
      continue;
    }
    // An abbreviation and its period, or an initial before a name ("John F. Kennedy").
    if (!out.empty() && u.surface == "." && u.blank_before.empty() && !out.back().punctuation) {
      LexicalUnit& prev = out.back();
      const Abbreviation* abbr = abbreviation_of(prev.surface);
      bool more_follows =
          i + 1 < in.size() && in[i + 1].blank_before.find('\n') == std::string::npos;
      bool initial = char_count(prev.surface) == 1 && starts_upper(prev.surface) && more_follows &&
                     i + 1 < in.size() && starts_upper(in[i + 1].surface) &&
                     !starts_function_word(in[i + 1]);
      if ((abbr && (more_follows || abbr->lemma == "etc.")) || initial) {
        append_unit(prev, u);
        if (!abbr) {
          set_single_reading(prev, prev.surface, {"np"});
        } else {
          std::vector<std::string> tags(abbr->tags.begin(), abbr->tags.end());
          set_single_reading(prev, std::string(abbr->lemma), tags);
        }
        continue;
      }
    }
    // Degrees Celsius or Fahrenheit: one unit of measure, "°C".
    if (u.surface == "°" && glued(i + 1) &&
        (in[i + 1].surface == "C" || in[i + 1].surface == "F")) {
      LexicalUnit degrees = u;
      append_unit(degrees, in[i + 1]);
      set_single_reading(degrees, degrees.surface, {"n", "m", "sp"});
      out.push_back(std::move(degrees));
      ++i;
      continue;
    }
    // Times written "14h30" or "14 h30": the number, the hour sign and the minutes are
    // three words.
    if (u.analyses.empty() && is_time_of_day(u.surface)) {
      std::size_t h = u.surface.find('h');
      std::size_t from = 0;
      auto piece = [&](std::size_t begin, std::size_t end, const std::string& lemma,
                       std::vector<std::string> tags) {
        LexicalUnit part = u;
        part.surface = u.surface.substr(begin, end - begin);
        part.begin = u.begin + begin;
        part.end = u.begin + end;
        if (begin > 0) part.blank_before.clear();
        set_single_reading(part, lemma.empty() ? part.surface : lemma, tags);
        out.push_back(std::move(part));
      };
      if (h > 0) piece(from, h, "", {"num"});
      piece(h, h + 1, "h", {"n", "f", "sp"});
      if (h + 1 < u.surface.size()) piece(h + 1, u.surface.size(), "", {"num"});
      continue;
    }
    // Thousands written with a non-breaking space ("80 000"): one number.
    if (is_digits(u.surface) && char_count(u.surface) <= 3 && i + 1 < in.size() &&
        (in[i + 1].blank_before == "\u00a0" || in[i + 1].blank_before == "\u202f") &&
        is_digits(in[i + 1].surface) && in[i + 1].surface.size() == 3) {
      LexicalUnit number = u;
      while (i + 1 < in.size() &&
             (in[i + 1].blank_before == "\u00a0" || in[i + 1].blank_before == "\u202f" ||
              in[i + 1].blank_before == " ") &&
             is_digits(in[i + 1].surface) && in[i + 1].surface.size() == 3)
        append_unit(number, in[++i]);
      set_single_reading(number, number.surface, {"num"});
      out.push_back(std::move(number));
      continue;
    }
    // Numbers and codes joined by slashes are one word ("1/10", "23/12/2006",
    // "IIb/IIIa"); lower-case words keep the slash apart ("et/ou", "mg/kg").
    auto code_part = [&](std::size_t k) {
      const std::string& w = in[k].surface;
      // Codes have digits or start with two capitals ("IIb", "H"); names ("Kerr") do not.
      bool capitals =
          starts_upper(w) && (char_count(w) == 1 || (w.size() > 1 && w[1] >= 'A' && w[1] <= 'Z'));
      return is_word_unit(in[k]) && (has_digit(w) || capitals);
    };
    if (code_part(i) && glued(i + 1) && in[i + 1].surface == "/" && glued(i + 2) &&
        i + 2 < in.size() && code_part(i + 2)) {
      std::size_t last = i + 2;
      while (glued(last + 1) && in[last + 1].surface == "/" && glued(last + 2) &&
             last + 2 < in.size() && code_part(last + 2))
        last += 2;
      LexicalUnit code = u;
      for (std::size_t k = i + 1; k <= last; ++k) append_unit(code, in[k]);
      set_single_reading(code, code.surface, {has_letter(code.surface) ? "np" : "num"});
      out.push_back(std::move(code));
      i = last;
      continue;
    }
    // Words joined by hyphens.
    if (is_word_unit(u) && glued(i + 1) && in[i + 1].punctuation && in[i + 1].surface == "-" &&
        glued(i + 2) && is_word_unit(in[i + 2])) {
      // "est-ce", "dit-elle": the pronoun is a word of its own, with its hyphen.
      if (is_enclitic_pronoun(in[i + 2].surface) &&
          any_reading(u, {"vblex", "vbser", "vbhaver", "vbmod"})) {
        out.push_back(u);
        LexicalUnit pronoun = in[i + 2];
        pronoun.surface = "-" + pronoun.surface;
        pronoun.begin = in[i + 1].begin;
        pronoun.blank_before.clear();
        // After its verb and hyphen it can only be the pronoun ("est-ce": not the
        // determiner "ce").
        std::vector<Analysis> pronoun_readings;
        for (const Analysis& a : pronoun.analyses)
          if (a.parts.size() == 1 && a.parts[0].has("prn")) pronoun_readings.push_back(a);
        if (!pronoun_readings.empty()) {
          pronoun.analyses = std::move(pronoun_readings);
          pronoun.surviving = {0};
          pronoun.chosen = 0;
        }
        out.push_back(std::move(pronoun));
        i += 2;
        continue;
      }
      std::size_t last = i + 2;
      while (glued(last + 1) && in[last + 1].punctuation && in[last + 1].surface == "-" &&
             glued(last + 2) && is_word_unit(in[last + 2]))
        last += 2;
      LexicalUnit compound = u;
      bool capital_inside = false, letters = false;
      std::string prefix;  // the lower-cased words before the last, with their hyphens
      for (std::size_t k = i; k <= last; ++k) {
        if (k > i) append_unit(compound, in[k]);
        if (k > i && k % 2 == i % 2 && starts_upper(in[k].surface)) capital_inside = true;
        if (has_letter(in[k].surface)) letters = true;
        if (k < last) prefix += to_lower(in[k].surface);
      }
      const LexicalUnit& head = in[last];
      if (!letters) {
        set_single_reading(compound, compound.surface, {"num"});
      } else if (capital_inside || (starts_upper(u.surface) && (u.unknown || !out.empty()))) {
        set_single_reading(compound, compound.surface, {"np"});
      } else if (head.unknown || head.analyses.empty()) {
        compound.analyses.clear();
        compound.surviving.clear();
        compound.chosen = 0;
        compound.unknown = true;
      } else {
        // The last word decides: "post-opératoires" is an adjective, lemma
        // "post-opératoire".
        compound.analyses = head.analyses;
        compound.surviving = head.surviving;
        compound.chosen = head.chosen;
        compound.unknown = false;
        for (Analysis& a : compound.analyses)
          if (a.parts.size() == 1) {
            a.parts[0].lemma = prefix + to_lower(a.parts[0].lemma);
            a.text = prefix + a.text;
          }
      }
      out.push_back(std::move(compound));
      i = last;
      continue;
    }
    out.push_back(u);
  }
  return out;
}

}  // namespace

std::vector<Token> tokens_of(const AnalysedSentence& original) {
  AnalysedSentence units = regroup_units(original);
  std::vector<Token> tokens;
  for (std::size_t ui = 0; ui < units.size(); ++ui) {
    const LexicalUnit& u = units[ui];
    const Analysis* a = word_by_word(u);
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
    } else if (a->parts.size() == 1 &&
               (a->parts[0].lemma == "auquel" || a->parts[0].lemma == "duquel")) {
      // "auquel", "desquelles": the preposition and the relative pronoun, a contraction
      // the dictionary reads as one word.
      Morpheme preposition{a->parts[0].lemma == "auquel" ? "à" : "de", {"pr"}};
      Morpheme pronoun{"lequel", a->parts[0].tags};
      Token first = token_from(preposition, preposition.lemma, u);
      first.mwt_words = 2;
      first.mwt_form = u.surface;
      tokens.push_back(std::move(first));
      tokens.push_back(token_from(pronoun, contracted_form(pronoun), u));
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
    } else if (std::size_t apostrophe = elision_end(u.surface);
               apostrophe != std::string::npos && a->parts.size() == 2 && !a->parts[1].has("enc")) {
      // An elided word glued to a contraction or a word: "d'autres" = "d'" + "autres",
      // "jusqu'aux" = "jusqu'" + "aux" (à + les), as UD writes them.
      std::string head = u.surface.substr(0, apostrophe);
      std::string rest = u.surface.substr(apostrophe);
      const Morpheme& first_part = a->parts[0];
      if (ends_with(first_part.lemma, "'à") || ends_with(first_part.lemma, "’à")) {
        Token elided = token_from(first_part, head, u);
        elided.lemma = first_part.lemma.substr(0, first_part.lemma.size() - 3) + "e";
        elided.end = u.begin + apostrophe;
        tokens.push_back(std::move(elided));
        Token a_part = token_from(Morpheme{"à", {"pr"}}, "à", u);
        a_part.begin = u.begin + apostrophe;
        a_part.mwt_words = 2;
        a_part.mwt_form = rest;
        tokens.push_back(std::move(a_part));
        Token article = token_from(a->parts[1], contracted_form(a->parts[1]), u);
        article.begin = u.begin + apostrophe;
        tokens.push_back(std::move(article));
      } else {
        for (std::size_t p = 0; p < 2; ++p) {
          Token t = token_from(a->parts[p], p == 0 ? head : rest, u);
          if (p == 0)
            t.end = u.begin + apostrophe;
          else
            t.begin = u.begin + apostrophe;
          // The other readings of this word among the unit's two-word analyses.
          for (const Analysis& other : u.analyses)
            if (&other != a && other.parts.size() == 2 && other.parts[0].lemma == first_part.lemma)
              t.alternatives.push_back(other.parts[p]);
          tokens.push_back(std::move(t));
        }
      }
    } else if (u.surface.find(' ') != std::string::npos) {
      // A multiword unit with a contraction at its end ("au sein du" = "au sein de" +
      // "le") is one expression, which the CoNLL-U writer splits into its words; one whose
      // words each carry a morpheme ("nombre de") is as many words.
      bool expression = false;
      for (const Morpheme& m : a->parts)
        if (m.lemma.find(' ') != std::string::npos) expression = true;
      std::vector<std::pair<std::size_t, std::size_t>> words;  // byte ranges in the surface
      for (std::size_t at = 0; at < u.surface.size();) {
        std::size_t space = u.surface.find(' ', at);
        if (space == std::string::npos) space = u.surface.size();
        if (space > at) words.emplace_back(at, space);
        at = space + 1;
      }
      if (expression || words.size() != a->parts.size()) {
        tokens.push_back(token_from(a->parts.front(), u.surface, u));
      } else {
        for (std::size_t p = 0; p < a->parts.size(); ++p) {
          Token t = token_from(
              a->parts[p], u.surface.substr(words[p].first, words[p].second - words[p].first), u);
          t.begin = u.begin + words[p].first;
          t.end = u.begin + words[p].second;
          // The word's other readings among the unit's word-by-word analyses.
          for (const Analysis& other : u.analyses)
            if (&other != a && other.parts.size() == a->parts.size() &&
                other.parts[p].lemma.find(' ') == std::string::npos &&
                other.parts[p].tags != a->parts[p].tags)
              t.alternatives.push_back(other.parts[p]);
          tokens.push_back(std::move(t));
        }
      }
    } else {
      std::vector<std::string> forms;
      // Pronouns glued to their verb by a hyphen, whether tagged enclitic or not
      // ("Attardons-nous" read as the present + "nous").
      bool enclitic = a->parts.size() > 1 &&
                      (a->parts[1].has("enc") ||
                       (a->parts[1].has("prn") && u.surface.find('-') != std::string::npos));
      if (enclitic) forms = split_enclitics(u.surface, a->parts.size());
      if (forms.empty()) {
        // Contractions ("du" = de + le) and multiword units: each word by its lemma.
        for (const Morpheme& m : a->parts) forms.push_back(contracted_form(m));
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
