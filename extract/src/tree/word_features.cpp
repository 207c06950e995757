#include "tree/word_features.h"

#include <algorithm>
#include <set>

#include "text_util.h"

namespace trame::internal {
namespace {

// Code-point boundaries of a UTF-8 string.
std::vector<std::size_t> char_starts(std::string_view s) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) starts.push_back(i);
  return starts;
}

// "Xxxx", "dd", "X.X.", "xx-xx": letters as X or x, digits as d, runs kept to two.
std::string shape(std::string_view form) {
  std::string out;
  char last = 0;
  int run = 0;
  std::vector<std::size_t> starts = char_starts(form);
  for (std::size_t k = 0; k < starts.size(); ++k) {
    std::size_t end = k + 1 < starts.size() ? starts[k + 1] : form.size();
    std::string_view c = form.substr(starts[k], end - starts[k]);
    char cls;
    if (has_digit(c))
      cls = 'd';
    else if (starts_upper(c))
      cls = 'X';
    else if (starts_lower(c))
      cls = 'x';
    else if (c.size() == 1)
      cls = c[0];
    else
      cls = '*';
    run = cls == last ? run + 1 : 1;
    last = cls;
    if (run <= 2) out += cls;
  }
  return out;
}

// A reading's class as the features name it: its first tag, with the verb form or the
// kind of pronoun or determiner ("vblex.pp", "prn.pro", "det.def").
std::string reading_class(const Morpheme& m) {
  if (m.tags.empty()) return "none";
  std::string out = m.tags.front();
  for (const char* detail : {"pp",  "pprs", "ger", "inf", "pri", "pii", "ifi", "fti", "cni", "prs",
                             "pis", "imp",  "tn",  "pro", "enc", "ref", "itg", "rel", "def", "ind",
                             "dem", "pos",  "qnt", "ord", "ant", "cog", "top", "al",  "acr"})
    if (m.has(detail)) {
      out += '.';
      out += detail;
    }
  return out;
}

}  // namespace

void DictionaryLookup::prepare(const std::vector<std::string>& forms) {
  std::vector<std::string> wanted;
  std::set<std::string> seen;
  auto want = [&](const std::string& f) {
    if (f.empty() || cache_.count(f) || !seen.insert(f).second) return;
    wanted.push_back(f);
  };
  for (const std::string& f : forms) {
    want(f);
    if (starts_upper(f)) want(to_lower(f));
  }
  if (wanted.empty()) return;
  // One form a line; a form is known when the analyser reads its whole line as one unit.
  std::string text;
  std::vector<std::size_t> line_starts;
  for (const std::string& f : wanted) {
    line_starts.push_back(text.size());
    for (char c : f) text += c == '\n' ? ' ' : c;
    text += '\n';
  }
  std::vector<LexicalUnit> units = pipeline_.analyse(text);
  std::vector<std::vector<const LexicalUnit*>> per_line(wanted.size());
  for (const LexicalUnit& u : units) {
    auto it = std::upper_bound(line_starts.begin(), line_starts.end(), u.begin);
    std::size_t line = static_cast<std::size_t>(it - line_starts.begin()) - 1;
    per_line[line].push_back(&u);
  }
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    std::vector<Analysis> readings;
    if (per_line[i].size() == 1 && !per_line[i][0]->unknown) readings = per_line[i][0]->analyses;
    cache_.emplace(wanted[i], std::move(readings));
  }
}

const std::vector<Analysis>& DictionaryLookup::readings(const std::string& form) {
  auto it = cache_.find(form);
  if (it != cache_.end()) return it->second;
  prepare({form});
  it = cache_.find(form);
  if (it != cache_.end()) return it->second;
  static const std::vector<Analysis> kNone;
  return kNone;
}

void DictionaryLookup::trim(std::size_t limit) {
  if (cache_.size() > limit) cache_.clear();
}

std::string normalised_form(std::string_view form) {
  std::string lower = to_lower(form);
  for (char& c : lower)
    if (c >= '0' && c <= '9') c = '0';
  return lower;
}

std::vector<std::string> word_features(std::string_view form, const std::vector<Analysis>& readings,
                                       const std::vector<Analysis>& lower_readings) {
  std::vector<std::string> out;
  std::string lower = normalised_form(form);
  std::vector<std::size_t> starts = char_starts(lower);
  const std::size_t n = starts.size();
  for (std::size_t k = 1; k <= 4 && k <= n; ++k) {
    out.push_back("s" + std::to_string(k) + ":" + lower.substr(starts[n - k]));
  }
  for (std::size_t k = 1; k <= 3 && k < n; ++k)
    out.push_back("p" + std::to_string(k) + ":" + lower.substr(0, starts[k]));
  out.push_back("shape:" + shape(form));
  out.push_back("len:" + std::to_string(std::min<std::size_t>(n, 8)));
  if (form.find('-') != std::string_view::npos && n > 1) out.push_back("hyphen");
  if (is_all_upper(form)) out.push_back("upper");

  std::set<std::string> dictionary;
  auto add_readings = [&](const std::vector<Analysis>& list, const std::string& prefix) {
    if (list.empty()) {
      dictionary.insert(prefix + "unknown");
      return;
    }
    for (const Analysis& a : list) {
      if (a.parts.size() != 1) {
        std::string joined;
        for (const Morpheme& m : a.parts) joined += (joined.empty() ? "" : "+") + reading_class(m);
        dictionary.insert(prefix + "r:" + joined);
        continue;
      }
      const Morpheme& m = a.parts[0];
      dictionary.insert(prefix + "r:" + reading_class(m));
      for (std::size_t t = 1; t < m.tags.size(); ++t) dictionary.insert(prefix + "t:" + m.tags[t]);
      // The class with gender and number, which agreement reads.
      if (!m.tags.empty()) {
        std::string agreement = m.tags.front();
        for (const char* tag : {"m", "f", "mf", "sg", "pl", "sp", "p1", "p2", "p3"})
          if (m.has(tag)) agreement += std::string(".") + tag;
        dictionary.insert(prefix + "g:" + agreement);
      }
    }
  };
  add_readings(readings, "");
  if (starts_upper(form)) add_readings(lower_readings, "lower.");
  out.insert(out.end(), dictionary.begin(), dictionary.end());
  return out;
}

}  // namespace trame::internal
