#include "french_analyzer.h"

#include <algorithm>
#include <array>
#include <set>

#include "tag_corrections.h"
#include "text_util.h"
#include "word_guesser.h"

namespace trame::internal {
namespace {

bool unit_has(const LexicalUnit& u, std::string_view tag) {
  for (const Analysis& a : u.analyses)
    for (const Morpheme& m : a.parts)
      if (m.has(tag)) return true;
  return false;
}

bool is_sentence_punct(const LexicalUnit& u) {
  if (u.surface == "." || u.surface == "!" || u.surface == "?" || u.surface == "…" ||
      u.surface == "..." || u.surface == "?!" || u.surface == "!?")
    return true;
  return unit_has(u, "sent") && u.surface != ":" && u.surface != ";";
}

bool is_closing_punct(std::string_view s) {
  return s == "»" || s == "\"" || s == ")" || s == "]" || s == "”" || s == "’";
}

// Titles written with a period before a name: the period ends no sentence.
bool is_title_abbreviation(std::string_view word) {
  static const std::set<std::string, std::less<>> kTitles = {
      "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste",
      "Gal", "Gén", "Col", "Cdt", "Lt", "Sgt", "Prof", "J.-C"};
  return kTitles.count(word) > 0;
}

// Abbreviations of common words ("etc.", "p.", "vol."): the period ends no sentence when
// the text goes on in lower case or with a number ("vol. 3", "etc. et"); before a capital
// it may well end one ("... un prochain vol. Blue Origin").
bool is_word_abbreviation(std::string_view word) {
  static const std::set<std::string, std::less<>> kWords = {
      "etc", "cf", "p", "pp", "vol", "n°", "av", "apr", "env", "art", "al", "chap", "éd",
      "coll", "fig", "réf", "tél", "min", "max", "approx", "Inc", "Ltd", "Co", "Cie", "Jr", "Sr"};
  return kWords.count(word) > 0;
}

}  // namespace

bool starts_function_word(const LexicalUnit& u) {
  for (const Analysis& a : u.analyses)
    if (!a.parts.empty() && !a.parts[0].tags.empty()) {
      const std::string& pos = a.parts[0].tags.front();
      if (pos == "det" || pos == "pr" || pos == "prn" || pos == "cnjcoo" || pos == "cnjsub" ||
          pos == "cnjadv" || pos == "rel")
        return true;
    }
  return false;
}

namespace {

std::size_t count_newlines(std::string_view s) { return std::count(s.begin(), s.end(), '\n'); }

}  // namespace

FrenchAnalyzer::FrenchAnalyzer(const std::filesystem::path& apertium_dir, const std::string& prefix)
    : pipeline_(apertium_dir, prefix), parser_(ParserModel::built_in(), pipeline_) {}

std::vector<Sentence> FrenchAnalyzer::analyse(std::string_view text, bool one_sentence_per_line) {
  std::vector<LexicalUnit> units = pipeline_.analyse(text);
  std::vector<AnalysedSentence> groups = segment(std::move(units), text, one_sentence_per_line);

  std::vector<Sentence> sentences;
  sentences.reserve(groups.size());
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    Sentence s;
    s.number = i + 1;
    if (one_sentence_per_line) {
      // Sentence i is line i, whatever it holds.
      std::size_t nl = text.find('\n', line_start);
      if (nl == std::string_view::npos) nl = text.size();
      s.begin = line_start;
      s.end = nl;
      if (s.end > s.begin && text[s.end - 1] == '\r') --s.end;
      line_start = nl + 1;
    } else if (!groups[i].empty()) {
      s.begin = groups[i].front().begin;
      s.end = groups[i].back().end;
    }
    s.text = std::string(text.substr(s.begin, s.end - s.begin));
    s.tokens = tokens_of(groups[i]);
    sentences.push_back(std::move(s));
  }
  parser_.parse(sentences);
  for (Sentence& s : sentences) correct_after_model(s.tokens);
  return sentences;
}

std::vector<std::vector<Analysis>> FrenchAnalyzer::analyse_words(
    const std::vector<std::string>& words) {
  std::string joined;
  for (const std::string& w : words) {
    joined += w;
    joined += '\n';
  }
  std::vector<LexicalUnit> units = pipeline_.analyse(joined);
  std::vector<std::vector<Analysis>> out;
  out.reserve(words.size());
  // Words were analysed one a line: collect the analyses of the units on each line.
  std::size_t line = 0, line_end = joined.find('\n');
  out.emplace_back();
  for (const LexicalUnit& u : units) {
    while (u.begin > line_end && line + 1 < words.size()) {
      ++line;
      line_end = joined.find('\n', line_end + 1);
      out.emplace_back();
    }
    if (out.back().empty()) out.back() = u.analyses;
  }
  out.resize(words.size());
  return out;
}

std::vector<AnalysedSentence> segment(std::vector<LexicalUnit>&& units, std::string_view text,
                                      bool one_sentence_per_line) {
  std::vector<AnalysedSentence> sentences;
  if (one_sentence_per_line) {
    // One group per line, empty lines included, so that group i is line i.
    std::size_t lines = 1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
    if (!text.empty() && text.back() == '\n') --lines;
    sentences.resize(lines);
    std::size_t line = 0, pos = 0;
    for (LexicalUnit& u : units) {
      line += count_newlines(text.substr(pos, u.begin - pos));
      pos = u.begin;
      if (line < sentences.size()) sentences[line].push_back(std::move(u));
    }
    return sentences;
  }

  AnalysedSentence current;
  auto flush = [&] {
    if (!current.empty()) sentences.push_back(std::move(current));
    current.clear();
  };
  for (std::size_t i = 0; i < units.size(); ++i) {
    LexicalUnit& u = units[i];
    if (!current.empty()) {
      std::size_t newlines = count_newlines(u.blank_before);
      const LexicalUnit& prev = current.back();
      if (newlines >= 2) {
        flush();
      } else if (newlines == 1) {
        // A single line break continues the sentence only when the text was wrapped
        // mid-sentence: the previous line has no final punctuation and this one starts
        // in lower case.
        bool continues = starts_lower(u.surface) && !is_sentence_punct(prev) &&
                         prev.surface != ":";
        if (!continues) flush();
      }
    }
    bool ends = false;
    if (is_sentence_punct(u)) {
      ends = true;
      if (u.surface == "." && !current.empty() && u.blank_before.empty()) {
        const LexicalUnit& prev = current.back();
        const LexicalUnit* next = i + 1 < units.size() ? &units[i + 1] : nullptr;
        // An initial ("John F. Kennedy") is followed by a name, not by a word that starts
        // a sentence ("... le réseau X. Dans sa plainte").
        // (Another initial after it is no function word: "J. A. Howe".)
        bool next_initial = next && starts_upper(next->surface) &&
                            (char_count(next->surface) == 1 ||
                             (char_count(next->surface) == 2 && next->surface.back() == '.'));
        bool single_capital = char_count(prev.surface) == 1 && starts_upper(prev.surface) &&
                              (next_initial || !(next && starts_function_word(*next)));
        bool same_line = next && count_newlines(next->blank_before) == 0;
        bool goes_on = next && (starts_lower(next->surface) || has_digit(next->surface));
        if (same_line && (single_capital || is_title_abbreviation(prev.surface) ||
                          (is_word_abbreviation(prev.surface) && goes_on)))
          ends = false;
      }
      if (ends && i + 1 < units.size() && !current.empty() &&
          units[i + 1].blank_before.find_first_not_of(" \t") == std::string::npos &&
          starts_lower(units[i + 1].surface) && u.surface != ".")
        ends = false;  // "?" or "!" inside a sentence: « Pourquoi ? » demande-t-il
    }
    current.push_back(std::move(u));
    if (ends) {
      // Closing quotes and brackets right after the end belong to this sentence.
      bool closed = false;
      while (i + 1 < units.size() && is_closing_punct(units[i + 1].surface) &&
             count_newlines(units[i + 1].blank_before) == 0) {
        current.push_back(std::move(units[++i]));
        closed = true;
      }
      // A quotation ended by its own punctuation goes on with its reporting clause:
      // « Qui l'aurait cru ? », a reconnu Maréchal.
      bool goes_on = closed && i + 1 < units.size() &&
                     count_newlines(units[i + 1].blank_before) == 0 &&
                     (units[i + 1].surface == "," || starts_lower(units[i + 1].surface));
      if (!goes_on) flush();
    }
  }
  flush();
  return sentences;
}

}  // namespace trame::internal
