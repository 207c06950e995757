#include "conllu_writer.h"

#include <algorithm>
#include <array>
#include <map>
#include <sstream>

#include "tag_corrections.h"
#include "text_util.h"

namespace trame::internal {
namespace {

// Words elided before a vowel, which UD keeps as tokens of their own ("l'", "qu'").
bool is_elided_word(std::string_view w) {
  static constexpr std::array<std::string_view, 13> kElided = {
      "l'", "d'", "qu'",    "n'",      "s'",      "c'",     "j'",
      "m'", "t'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'"};
  std::string lower = to_lower(w);
  if (ends_with(lower, "’")) lower = lower.substr(0, lower.size() - 3) + "'";  // typographic
  for (std::string_view e : kElided)
    if (lower == e) return true;
  return false;
}

// The words of a multiword unit's surface: split at spaces and after elisions, except in
// the words UD French keeps whole.
std::vector<std::string> words_of(const std::string& surface) {
  std::string lower = to_lower(surface);
  if (lower == "l'on" || lower == "l’on" || lower == "c'est-à-dire" || lower == "c’est-à-dire")
    return {surface};
  std::vector<std::string> words;
  std::string current;
  auto push = [&] {
    if (!current.empty()) words.push_back(current);
    current.clear();
  };
  for (std::size_t i = 0; i < surface.size(); ++i) {
    if (surface[i] == ' ') {
      push();
      continue;
    }
    bool apostrophe = surface[i] == '\'';
    if (surface.compare(i, 3, "’") == 0) {
      current += surface.substr(i, 3);
      i += 2;
      apostrophe = true;
    } else {
      current += surface[i];
    }
    if (apostrophe && is_elided_word(current)) push();
  }
  push();
  return words;
}

// Which reading a word inside a fixed expression most likely has, in UD's analysis of
// such expressions: the last word of a prepositional or conjunctive expression is its
// preposition or conjunction ("grâce à", "parce que"); the words before it are adverbs
// and nouns ("afin", "sein") before they are prepositions; pronominal expressions keep
// their pronouns ("ce qui").
const Morpheme* pick_reading(const std::vector<Analysis>& analyses, std::string_view word,
                             std::string_view next_word, bool proper_name, bool first_word,
                             bool last_word, std::string_view expression_pos) {
  if (proper_name) {
    for (const Analysis& a : analyses)
      if (a.parts.size() == 1 && a.parts[0].has("np")) return &a.parts[0];
  }
  std::vector<std::string_view> priority;
  if (expression_pos == "prn" || expression_pos == "rel") priority = {"prn", "rel"};
  // A verbal expression starts with its verb ("fait partie", "avoir lieu").
  if (first_word && (expression_pos == "vblex" || expression_pos == "vbser" ||
                     expression_pos == "vbhaver" || expression_pos == "vbmod"))
    priority = {"vblex", "vbser", "vbhaver", "vbmod"};
  if (last_word &&
      (expression_pos == "pr" || expression_pos == "cnjadv" || expression_pos == "cnjsub"))
    priority.insert(priority.end(), {"pr", "cnjsub", "cnjadv"});
  // An adjective comes before the noun it qualifies ("un premier temps", "un grand
  // nombre de"); before "de" or "à" the word is the noun ("à l'intérieur de").
  static constexpr std::string_view kLinks[] = {"de", "d'", "d’", "du", "des", "à", "au", "aux"};
  bool adjective_first = !next_word.empty() && std::find(std::begin(kLinks), std::end(kLinks),
                                                         to_lower(next_word)) == std::end(kLinks);
  // So do "dernier", "premier", "autre" ("ce dernier", "les autres").
  for (const Analysis& a : analyses)
    if (a.parts.size() == 1 && a.parts[0].has("adj") && is_pronominal_adjective(a.parts[0].lemma))
      adjective_first = true;
  if (adjective_first) priority.push_back("adj");
  // Articles before nouns: "la" in "de la part de" is the article, not the musical note.
  // In a prepositional expression a word that is itself a preposition stays one ("avant"
  // in "avant de"); words that are not are adverbs or nouns ("près de", "grâce à").
  if (expression_pos == "pr") priority.push_back("pr");
  priority.insert(priority.end(), {"det", "adv"});
  // Pronouns before the nouns that are letters ("y" in "y compris", "il y a"), but not
  // before the preposition of a word that is both ("en").
  bool preposition = false;
  for (const Analysis& a : analyses)
    if (a.parts.size() == 1 && a.parts[0].has("pr")) preposition = true;
  if (!preposition) priority.push_back("prn");
  priority.insert(priority.end(),
                  {"n", "pr", "cnjsub", "cnjcoo", "adj", "prn", "rel", "vblex", "cnjadv"});
  for (std::string_view pos : priority) {
    const Morpheme* found = nullptr;
    for (const Analysis& a : analyses)
      if (a.parts.size() == 1 && !a.parts[0].tags.empty() && a.parts[0].tags.front() == pos) {
        // Among readings of one class, the word's own lemma first: "cours" in "au cours
        // de" is "cours", not the plural of "cour".
        if (!found || to_lower(a.parts[0].lemma) == to_lower(word)) found = &a.parts[0];
      }
    if (found) return found;
  }
  return analyses.empty() || analyses[0].parts.empty() ? nullptr : &analyses[0].parts[0];
}

// A contraction inside a fixed expression ("au" in "au sein de").
const Analysis* contraction_of(const std::vector<Analysis>& analyses) {
  for (const Analysis& a : analyses)
    if (a.parts.size() == 2 && a.parts[0].has("pr") && a.parts[1].has("det")) return &a;
  return nullptr;
}

std::string or_underscore(const std::string& s) { return s.empty() ? "_" : s; }

// UD French lemmatises personal pronouns to their strong form (il, le, lui -> "lui"),
// possessives to "son", and keeps a feminine noun's own gender.
std::string ud_lemma(const Token& t) {
  const std::string& l = t.lemma;
  // A name is its own lemma, written as in the text ("IA", not the dictionary's "Ia").
  if (t.is(Upos::Propn) && to_lower(l) == to_lower(t.form)) return t.form;
  if (t.is(Upos::Pron) && (t.has("tn") || t.has("pro") || t.has("enc") || t.has("ref"))) {
    bool plural = t.has("pl");
    if (l == "il" || l == "lui" || l == "le" || l == "elle") return plural ? "eux" : "lui";
    if (l == "ils" || l == "eux" || l == "leur" || l == "elles") return "eux";
    if (l == "je" || l == "me" || l == "moi") return "moi";
    if (l == "tu" || l == "te" || l == "toi") return "toi";
    if (l == "se" || l == "soi") return "soi";
  }
  if (t.is(Upos::Det) && t.has("pos")) return "son";
  if (t.is(Upos::Noun) && t.has("f") && !t.unknown) {
    std::string lower = to_lower(t.form);
    if (t.has("sg")) return lower;
    if (t.has("pl") && (ends_with(lower, "s") || ends_with(lower, "x")))
      return lower.substr(0, lower.size() - 1);
  }
  if (t.is(Upos::Det) && ends_with(l, "s") && (l == "certains" || l == "quelques"))
    return l.substr(0, l.size() - 1);
  if (has_digit(t.form) && !t.is(Upos::Num)) return t.form;
  if (t.is(Upos::Adj) && has_digit(t.form)) return t.form;
  return l;
}

}  // namespace

std::string ud_features(const Token& t) {
  std::map<std::string, std::string> f;
  if (t.has("m")) f["Gender"] = "Masc";
  if (t.has("f")) f["Gender"] = "Fem";
  if (t.has("sg")) f["Number"] = "Sing";
  if (t.has("pl")) f["Number"] = "Plur";
  if (t.has("p1")) f["Person"] = "1";
  if (t.has("p2")) f["Person"] = "2";
  if (t.has("p3") && (t.is(Upos::Verb) || t.is(Upos::Aux) || t.is(Upos::Pron))) f["Person"] = "3";
  static const std::map<std::string, std::pair<std::string, std::string>> kTense = {
      {"pri", {"Ind", "Pres"}}, {"pii", {"Ind", "Imp"}},  {"ifi", {"Ind", "Past"}},
      {"fti", {"Ind", "Fut"}},  {"cni", {"Cnd", "Pres"}}, {"prs", {"Sub", "Pres"}},
      {"pis", {"Sub", "Imp"}},  {"imp", {"Imp", "Pres"}}};
  for (const auto& [tag, mt] : kTense)
    if (t.has(tag)) {
      f["Mood"] = mt.first;
      f["Tense"] = mt.second;
      f["VerbForm"] = "Fin";
    }
  if (t.has("inf")) f["VerbForm"] = "Inf";
  if (t.has("pp")) {
    f["VerbForm"] = "Part";
    f["Tense"] = "Past";
  }
  if (t.has("pprs") || t.has("ger")) {
    f["VerbForm"] = "Part";
    f["Tense"] = "Pres";
  }
  if (t.is(Upos::Det)) {
    if (t.has("def")) f["Definite"] = "Def", f["PronType"] = "Art";
    if (t.has("ind")) f["Definite"] = "Ind", f["PronType"] = "Art";
    if (t.has("dem")) f["PronType"] = "Dem";
    if (t.has("pos")) f["Poss"] = "Yes";
  }
  if (t.is(Upos::Pron)) {
    if (t.has("rel")) f["PronType"] = "Rel";
    if (t.has("dem")) f["PronType"] = "Dem";
    if (t.has("itg")) f["PronType"] = "Int";
    if (t.has("tn") || t.has("pro") || t.has("enc")) f["PronType"] = "Prs";
    if (t.has("ref")) f["Reflex"] = "Yes";
  }
  if (f.empty()) return "_";
  std::string out;
  for (const auto& [k, v] : f) {  // UD orders features alphabetically
    if (!out.empty()) out += '|';
    out += k + "=" + v;
  }
  return out;
}

namespace {

// One CoNLL-U line; `head_token` is the 1-based token index of the head (0 root, -1 none),
// turned into a word id once all words are numbered.
struct Row {
  std::string id, form, lemma, upos, xpos, feats;
  int head_token = -1;
  std::string deprel = "_";
  std::string misc = "_";
};

Row word_row(int id, const Token& t, std::string misc) {
  return Row{std::to_string(id),
             t.form,
             or_underscore(ud_lemma(t)),
             std::string(to_string(t.upos)),
             t.tags.empty() ? "_" : t.tags[0],
             ud_features(t),
             -1,
             "_",
             std::move(misc)};
}

}  // namespace

std::string write_conllu(const std::vector<Sentence>& sentences, FrenchAnalyzer& analyzer,
                         const std::vector<Dependencies>& dependencies) {
  // Re-read the words of every multiword expression in one call to the analyser.
  std::vector<std::string> mwe_words;
  std::map<std::string, std::size_t> mwe_index;
  for (const Sentence& s : sentences)
    for (const Token& t : s.tokens)
      if (t.mwt_words == 0 && !t.unknown)
        if (std::vector<std::string> words = words_of(t.form); words.size() > 1)
          for (const std::string& w : words)
            if (mwe_index.emplace(w, mwe_words.size()).second) mwe_words.push_back(w);
  std::vector<std::vector<Analysis>> mwe_analyses;
  if (!mwe_words.empty()) mwe_analyses = analyzer.analyse_words(mwe_words);

  std::ostringstream out;
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    const Sentence& s = sentences[si];
    const Dependencies* deps = si < dependencies.size() ? &dependencies[si] : nullptr;
    out << "# sent_id = " << s.number << "\n# text = ";
    for (char c : s.text) out << (c == '\n' || c == '\r' ? ' ' : c);
    out << '\n';
    int id = 0;
    std::vector<int> first_word(s.tokens.size(), 0);  // word id of each token's first word
    std::vector<Row> rows;
    int mwt_remaining = 0;  // words left inside the current multiword token
    for (std::size_t k = 0; k < s.tokens.size(); ++k) {
      const Token& t = s.tokens[k];
      first_word[k] = id + 1;
      std::vector<std::string> words = words_of(t.form);
      // Numbers written in groups ("80 000") stay one word.
      bool split = words.size() > 1 && t.mwt_words == 0 && !t.unknown && has_letter(t.form);
      if (t.mwt_words > 1) {
        bool last_glued = !s.tokens[k + t.mwt_words - 1].space_after;
        rows.push_back(Row{std::to_string(id + 1) + "-" + std::to_string(id + t.mwt_words),
                           t.mwt_form, "_", "_", "_", "_", -1, "_",
                           last_glued ? "SpaceAfter=No" : "_"});
        mwt_remaining = t.mwt_words;
      }
      if (!split) {
        bool inside_mwt = mwt_remaining > 0;
        if (mwt_remaining > 0) --mwt_remaining;
        Row row = word_row(++id, t, !t.space_after && !inside_mwt ? "SpaceAfter=No" : "_");
        if (deps && k < deps->heads.size()) {
          row.head_token = deps->heads[k];
          row.deprel = deps->deprels[k];
        }
        rows.push_back(std::move(row));
        continue;
      }
      bool proper = t.is(Upos::Propn);
      std::string_view expression_pos = t.tags.empty() ? std::string_view() : t.tags[0];
      for (std::size_t w = 0; w < words.size(); ++w) {
        bool last = w + 1 == words.size();
        bool glued = !last && ends_with(words[w], "'");
        std::string misc = (glued || (last && !t.space_after)) ? "SpaceAfter=No" : "_";
        auto it = mwe_index.find(words[w]);
        const std::vector<Analysis>* analyses =
            it != mwe_index.end() && it->second < mwe_analyses.size() ? &mwe_analyses[it->second]
                                                                      : nullptr;
        if (analyses && !(proper && starts_upper(words[w]))) {
          if (const Analysis* c = contraction_of(*analyses)) {
            rows.push_back(Row{std::to_string(id + 1) + "-" + std::to_string(id + 2), words[w], "_",
                               "_", "_", "_", -1, "_", misc});
            for (const Morpheme& part : c->parts) {
              Token word;
              word.form = contracted_form(part);
              word.upos = upos_of(part);
              word.lemma = lemma_of(part, word.upos);
              word.tags = part.tags;
              rows.push_back(word_row(++id, word, "_"));
            }
            continue;
          }
        }
        Token word;
        word.form = words[w];
        const Morpheme* m =
            analyses ? pick_reading(*analyses, words[w], last ? std::string_view() : words[w + 1],
                                    proper && starts_upper(words[w]), w == 0, last, expression_pos)
                     : nullptr;
        if (proper && starts_upper(words[w])) {
          word.upos = Upos::Propn;
          word.lemma = words[w];
          word.tags = {"np"};
        } else if (m) {
          word.upos = upos_of(*m);
          word.lemma = lemma_of(*m, word.upos);
          word.tags = m->tags;
        } else {
          // A word the dictionary knows only inside its expression ("afin de", "quant à",
          // "parce que") is, before the expression's last word, UD's adverb.
          bool linker = t.is(Upos::Adp) || t.is(Upos::Sconj) || t.is(Upos::Cconj);
          word.upos = linker && !last ? Upos::Adv : t.upos;
          word.lemma = to_lower(words[w]);
        }
        Row row = word_row(++id, word, misc);
        // The expression's first word takes the token's place in the tree; the others hang
        // on it, as UD writes fixed expressions and names.
        if (w == 0 && deps && k < deps->heads.size()) {
          row.head_token = deps->heads[k];
          row.deprel = deps->deprels[k];
        } else if (w > 0 && deps) {
          row.head_token = static_cast<int>(k) + 1;
          row.deprel = proper ? "flat:name" : "fixed";
        }
        rows.push_back(std::move(row));
      }
    }
    for (const Row& r : rows) {
      std::string head = "_";
      if (r.head_token == 0) head = "0";
      if (r.head_token > 0 && static_cast<std::size_t>(r.head_token) <= first_word.size())
        head = std::to_string(first_word[r.head_token - 1]);
      out << r.id << '\t' << r.form << '\t' << r.lemma << '\t' << r.upos << '\t' << r.xpos << '\t'
          << r.feats << '\t' << head << '\t' << r.deprel << "\t_\t" << r.misc << '\n';
    }
    out << '\n';
  }
  return out.str();
}

}  // namespace trame::internal
