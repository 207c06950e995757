#include "tree/sentence_parser.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "tag_corrections.h"
#include "text_util.h"
#include "token_readings.h"

namespace trame::internal {
namespace {

// Words elided before a vowel, which UD keeps as tokens of their own ("l'", "qu'").
bool is_elided_word(std::string_view w) {
  static constexpr std::array<std::string_view, 13> kElided = {
      "l'", "d'", "qu'",    "n'",      "s'",      "c'",     "j'",
      "m'", "t'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'"};
  std::string lower = to_lower(w);
  if (ends_with(lower, "’")) lower = lower.substr(0, lower.size() - 3) + "'";  // typographic
  return std::find(kElided.begin(), kElided.end(), lower) != kElided.end();
}

// The words of a multiword unit's surface, with their byte offsets in it: split at spaces
// and after elisions, except in the words UD French keeps whole ("l'on", "c'est-à-dire").
std::vector<std::pair<std::size_t, std::size_t>> word_spans(const std::string& surface) {
  std::string lower = to_lower(surface);
  if (lower == "l'on" || lower == "l’on" || lower == "c'est-à-dire" || lower == "c’est-à-dire")
    return {{0, surface.size()}};
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  std::size_t start = 0;
  auto push = [&](std::size_t end) {
    if (end > start) spans.emplace_back(start, end);
    start = end;
  };
  for (std::size_t i = 0; i < surface.size();) {
    if (surface[i] == ' ') {
      push(i);
      start = ++i;
      continue;
    }
    std::size_t width = surface.compare(i, 3, "’") == 0 ? 3 : 1;
    bool apostrophe = surface[i] == '\'' || width == 3;
    i += width;
    if (apostrophe && is_elided_word(surface.substr(start, i - start))) push(i);
  }
  push(surface.size());
  // Inside a unit of several words, a comma is a word of its own ("moi, je"), and so is a
  // pronoun after its verb and a hyphen ("qu'est-ce que": "est", "-ce").
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (auto [from, to] : spans) {
    if (to - from > 1 && surface[to - 1] == ',') {
      out.emplace_back(from, to - 1);
      out.emplace_back(to - 1, to);
      continue;
    }
    std::size_t hyphen = surface.find('-', from);
    if (hyphen != std::string::npos && hyphen > from && hyphen + 1 < to) {
      static const std::set<std::string, std::less<>> kEnclitics = {
          "ce", "il", "ils", "elle", "elles", "on", "je", "tu", "nous", "vous", "t-il", "t-elle",
          "t-on"};
      if (kEnclitics.count(to_lower(surface.substr(hyphen + 1, to - hyphen - 1)))) {
        out.emplace_back(from, hyphen);
        out.emplace_back(hyphen, to);
        continue;
      }
    }
    out.emplace_back(from, to);
  }
  return out;
}

// The two words of a contraction ("au" = "à" + "le"), or none. The preposition keeps the
// contraction's capital ("Du" = "De" + "le").
std::vector<std::string> contraction_words(std::string_view form) {
  static const std::map<std::string, std::pair<std::string, std::string>, std::less<>> kWords = {
      {"au", {"à", "le"}},
      {"aux", {"à", "les"}},
      {"du", {"de", "le"}},
      {"des", {"de", "les"}},
      {"auquel", {"à", "lequel"}},
      {"auxquels", {"à", "lesquels"}},
      {"auxquelles", {"à", "lesquelles"}},
      {"duquel", {"de", "lequel"}},
      {"desquels", {"de", "lesquels"}},
      {"desquelles", {"de", "lesquelles"}}};
  auto it = kWords.find(to_lower(form));
  if (it == kWords.end()) return {};
  std::string first = it->second.first;
  if (starts_upper(form)) first = capitalise(first);
  return {first, it->second.second};
}

bool is_des_or_du(std::string_view form) {
  std::string lower = to_lower(form);
  return lower == "des" || lower == "du";
}

// How well a reading agrees with the tagger's features: one point a feature it shares.
int agreement(const std::vector<std::string>& tags, const std::string& feats) {
  auto has = [&](std::string_view t) {
    return std::find(tags.begin(), tags.end(), t) != tags.end();
  };
  auto feat = [&](std::string_view f) { return feats.find(f) != std::string::npos; };
  int score = 0;
  if (feat("Gender=Masc")) score += has("m") || has("mf") ? 1 : -1;
  if (feat("Gender=Fem")) score += has("f") || has("mf") ? 1 : -1;
  if (feat("Number=Sing")) score += has("sg") || has("sp") ? 1 : -1;
  if (feat("Number=Plur")) score += has("pl") || has("sp") ? 1 : -1;
  for (const char* p : {"1", "2", "3"})
    if (feat(std::string("Person=") + p)) score += has(std::string("p") + p) ? 1 : -1;
  if (feat("VerbForm=Inf")) score += has("inf") ? 2 : -2;
  if (feat("VerbForm=Part") && feat("Tense=Past")) score += has("pp") ? 2 : -2;
  if (feat("VerbForm=Part") && feat("Tense=Pres")) score += has("pprs") || has("ger") ? 2 : -2;
  if (feat("VerbForm=Fin")) {
    static const std::pair<const char*, const char*> kTenses[] = {
        {"pri", "Mood=Ind|Tense=Pres"}, {"pii", "Mood=Ind|Tense=Imp"},
        {"ifi", "Mood=Ind|Tense=Past"}, {"fti", "Mood=Ind|Tense=Fut"},
        {"cni", "Mood=Cnd|Tense=Pres"}, {"prs", "Mood=Sub|Tense=Pres"},
        {"pis", "Mood=Sub|Tense=Imp"},  {"imp", "Mood=Imp|Tense=Pres"}};
    bool matched = false;
    for (auto [tag, ud] : kTenses) {
      std::string mood(ud, std::string_view(ud).find('|'));
      std::string tense(std::string_view(ud).substr(std::string_view(ud).find('|') + 1));
      if (has(tag) && feat(mood) && (feat(tense) || mood == "Mood=Imp")) matched = true;
    }
    score += matched ? 2 : -2;
  }
  return score;
}

bool is_open_class(Upos u) {
  return u == Upos::Noun || u == Upos::Verb || u == Upos::Adj || u == Upos::Adv;
}

// The lemma of a word the treebanks did not teach the tagger, from the dictionary reading
// its token took. Without a dictionary reading of the tagger's part of speech, and for
// names and numbers, the tagger's own lemma rule stands.
std::string dictionary_lemma(const Token& t, const Word& w) {
  if (t.unknown || t.tags.empty() || upos_of(Morpheme{t.lemma, t.tags}) != w.upos ||
      w.is(Upos::Propn) || has_digit(w.form))
    return w.lemma;
  return to_lower(t.lemma);
}

}  // namespace

void split_contracted_determiners(std::vector<Token>& tokens) {
  std::vector<Token> out;
  out.reserve(tokens.size() + 4);
  for (Token& t : tokens) {
    if (t.mwt_words == 0 && t.is(Upos::Det) && is_des_or_du(t.form)) {
      auto [preposition, article] = preposition_and_article(t);
      preposition.form = contraction_words(t.form)[0];
      out.push_back(std::move(preposition));
      out.push_back(std::move(article));
    } else {
      out.push_back(std::move(t));
    }
  }
  tokens = std::move(out);
}

std::vector<Word> words_of_tokens(const std::vector<Token>& tokens) {
  std::vector<Word> words;
  words.reserve(tokens.size() + tokens.size() / 8);
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& t = tokens[k];
    auto spans = word_spans(t.form);
    // Numbers written in groups ("80 000") stay one word; so do unknown units.
    bool split = spans.size() > 1 && t.mwt_words == 0 && !t.unknown && has_letter(t.form);
    if (!split) {
      Word w;
      w.form = t.form;
      w.begin = t.begin;
      w.end = t.end;
      w.token = static_cast<int>(k);
      // A unit of two written words ("à laquelle") is two tokens in UD, not one.
      if (t.mwt_form.find(' ') == std::string::npos) {
        w.mwt_words = t.mwt_words;
        w.mwt_form = t.mwt_form;
      }
      w.space_after = t.space_after;
      words.push_back(std::move(w));
      continue;
    }
    for (std::size_t p = 0; p < spans.size(); ++p) {
      auto [from, to] = spans[p];
      std::string form = t.form.substr(from, to - from);
      bool last = p + 1 == spans.size();
      bool space_after = last ? t.space_after : to < t.form.size() && t.form[to] == ' ';
      std::size_t begin = std::min(t.begin + from, t.end);
      std::size_t end = std::min(t.begin + to, t.end);
      std::vector<std::string> parts = contraction_words(form);
      if (parts.empty()) parts = {form};
      for (std::size_t q = 0; q < parts.size(); ++q) {
        Word w;
        w.form = parts[q];
        w.begin = begin;
        w.end = end;
        w.token = static_cast<int>(k);
        if (parts.size() > 1 && q == 0) {
          w.mwt_words = static_cast<int>(parts.size());
          w.mwt_form = form;
        }
        w.space_after = q + 1 == parts.size() ? space_after : true;
        words.push_back(std::move(w));
      }
    }
  }
  return words;
}

void take_reading(Token& t, const Word& w, bool before_head) {
  apply_upos(t, w.upos);
  if (t.tags.empty()) return;
  // Among the readings of this part of speech, the one whose features agree best ("porte"
  // as a third person after "elle"); for a pronoun, the clitic before its verb and the
  // strong form elsewhere ("il lui parle", "c'est à lui"); then the one with the tagger's
  // lemma ("pu" is pouvoir, not paître).
  auto score = [&](const std::vector<std::string>& tags, const std::string& lemma) {
    auto has = [&](const char* tag) {
      return std::find(tags.begin(), tags.end(), tag) != tags.end();
    };
    int position = w.is(Upos::Pron) && (before_head ? has("pro") : has("tn")) ? 1 : 0;
    return 4 * agreement(tags, w.feats) + 2 * position +
           (to_lower(lemma) == to_lower(w.lemma) ? 1 : 0);
  };
  int best = score(t.tags, t.lemma);
  Morpheme* better = nullptr;
  for (Morpheme& m : t.alternatives) {
    if (m.tags.empty() || upos_of(m) != upos_of(Morpheme{t.lemma, t.tags})) continue;
    if (int sc = score(m.tags, m.lemma); sc > best) {
      best = sc;
      better = &m;
    }
  }
  if (better) {
    Morpheme current{t.lemma, t.tags};
    t.lemma = lemma_of(*better, t.upos);
    t.tags = better->tags;
    *better = std::move(current);
  }
}

// The most words the parser reads at once: about ten times a long sentence of the news.
// (The spanning tree takes a time cubic in the length.)
constexpr std::size_t kLongestParsed = 250;
// The dictionary readings kept between documents: about 40 MB.
constexpr std::size_t kLookupsKept = 30000;

void SentenceParser::parse(std::vector<Sentence>& sentences) {
  lookup_.trim(kLookupsKept);
  std::vector<std::vector<std::string>> forms(sentences.size());
  std::vector<std::string> all_forms;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    Sentence& s = sentences[i];
    split_contracted_determiners(s.tokens);
    s.words = words_of_tokens(s.tokens);
    for (const Word& w : s.words) {
      forms[i].push_back(w.form);
      all_forms.push_back(w.form);
    }
  }
  lookup_.prepare(all_forms);
  // A sentence longer than the parser reads at once is read in pieces; the root of each
  // piece after the first hangs on the first one's ("parataxis"), so that the sentence is
  // still one tree.
  std::vector<std::vector<std::string>> pieces;
  std::vector<std::size_t> piece_sentence;
  for (std::size_t i = 0; i < sentences.size(); ++i)
    for (std::size_t from = 0; from < forms[i].size() || from == 0; from += kLongestParsed) {
      std::size_t to = std::min(forms[i].size(), from + kLongestParsed);
      pieces.emplace_back(forms[i].begin() + static_cast<std::ptrdiff_t>(from),
                          forms[i].begin() + static_cast<std::ptrdiff_t>(to));
      piece_sentence.push_back(i);
      if (to == forms[i].size()) break;
    }
  std::vector<EncodedSentence> encoded;
  encoded.reserve(pieces.size());
  for (const auto& f : pieces) encoded.push_back(model_.encode(f, lookup_));
  std::vector<std::vector<WordAnalysis>> piece_analyses = model_.analyse(encoded, pieces);
  std::vector<std::vector<WordAnalysis>> analyses(sentences.size());
  for (std::size_t p = 0; p < pieces.size(); ++p) {
    std::vector<WordAnalysis>& whole = analyses[piece_sentence[p]];
    const int offset = static_cast<int>(whole.size());
    int first_root = 0;
    for (std::size_t k = 0; k < whole.size(); ++k)
      if (whole[k].head == 0) first_root = static_cast<int>(k) + 1;
    for (WordAnalysis a : piece_analyses[p]) {
      if (a.head > 0) {
        a.head += offset;
      } else if (offset > 0) {
        a.head = first_root;
        a.deprel = "parataxis";
      }
      whole.push_back(std::move(a));
    }
  }

  for (std::size_t i = 0; i < sentences.size(); ++i) {
    Sentence& s = sentences[i];
    std::vector<Word>& words = s.words;
    for (std::size_t k = 0; k < words.size(); ++k) {
      const WordAnalysis& a = analyses[i][k];
      Word& w = words[k];
      w.upos = upos_from_string(a.upos);
      w.feats = a.feats;
      w.lemma = a.lemma;
      w.head = a.head;
      w.deprel = a.deprel;
    }
    // "des" and "du" the tagger reads as determiners become one word again, and one token.
    for (std::size_t k = 0; k + 1 < words.size(); ++k) {
      if (words[k].mwt_words != 2 || !is_des_or_du(words[k].mwt_form) || !words[k].is(Upos::Det))
        continue;
      const int token = words[k].token;
      const int removed = static_cast<int>(k) + 2;  // 1-based index of the article
      Word merged = words[k];
      // (The article depends on the preposition; should the preposition depend on the
      // article, it takes the article's head.)
      if (merged.head == removed) merged.head = words[k + 1].head;
      merged.form = words[k].mwt_form;
      merged.lemma = to_lower(merged.form) == "du" ? "du" : "un";
      merged.mwt_words = 0;
      merged.mwt_form.clear();
      merged.space_after = words[k + 1].space_after;
      words[k] = std::move(merged);
      words.erase(words.begin() + static_cast<std::ptrdiff_t>(k) + 1);
      for (Word& other : words) {
        if (other.head == removed)
          other.head = removed - 1;
        else if (other.head > removed)
          --other.head;
        if (other.token > token) --other.token;
      }
      if (words[k].head == static_cast<int>(k) + 1) {  // both pointed at each other
        words[k].head = 0;
        for (std::size_t r = 0; r < words.size(); ++r)
          if (r != k && words[r].head == 0) words[k].head = static_cast<int>(r) + 1;
      }
      s.tokens[static_cast<std::size_t>(token)] = indefinite_determiner(
          s.tokens[static_cast<std::size_t>(token)], s.tokens[static_cast<std::size_t>(token) + 1]);
      s.tokens.erase(s.tokens.begin() + token + 1);
    }
    // Each single-word token takes the reading of its word. Nouns, verbs, adjectives and
    // adverbs, and words the treebanks hardly knew, take their lemma from that reading: the
    // dictionary knows "avions" is avoir where the treebanks saw the noun.
    std::vector<int> word_count(s.tokens.size(), 0);
    for (const Word& w : words) ++word_count[static_cast<std::size_t>(w.token)];
    for (Word& w : words) {
      if (word_count[static_cast<std::size_t>(w.token)] != 1) continue;
      Token& t = s.tokens[static_cast<std::size_t>(w.token)];
      // A capitalised word the dictionary knows only in lower case ("Tchèque" in "la
      // Tchèque Petra Novakova") has those readings too, and takes one when the tagger
      // reads a common word.
      if (t.unknown && starts_upper(t.form)) {
        for (const Analysis& a : lookup_.readings(to_lower(t.form)))
          if (a.parts.size() == 1) t.alternatives.push_back(a.parts[0]);
        if (!t.alternatives.empty() && !w.is(Upos::Propn) && !w.is(Upos::X)) t.unknown = false;
      }
      const int index = static_cast<int>(&w - words.data()) + 1;
      take_reading(t, w, w.head > index);
      if (is_open_class(w.upos) || !model_.knows_word(w.form)) w.lemma = dictionary_lemma(t, w);
    }
  }
}

}  // namespace trame::internal
