// Trains trame's tag model (extract/src/tag_model.h) on a UD French treebank: runs the
// Apertium analysis and the correction rules on each sentence's text, lines its words up
// with the treebank's by character span, and trains an averaged perceptron to choose the
// treebank's UPOS among the parts of speech each word may have.
//
// usage: train_tag_model TREEBANK.conllu OUTPUT.txt EPOCHS MIN_WEIGHT "HEADER"
// See scripts/train-tag-model, which documents what the shipped model was trained on.
// With $TRAME_SHOW_UNREACHABLE set it lists the words whose treebank UPOS is not among
// their candidates (what candidate_upos could learn to allow).
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "french_analyzer.h"
#include "tag_model.h"

using trame::internal::FrenchAnalyzer;
using trame::internal::kUposCount;
using trame::internal::Sentence;
using trame::internal::TagModel;
using trame::internal::Token;
using trame::internal::Upos;
using trame::internal::UposSet;

namespace {

constexpr int kRuns = 4;

struct GoldSentence {
  std::string text;
  std::map<std::pair<std::size_t, std::size_t>, Upos> upos_by_span;  // single-word tokens
  std::set<std::pair<std::size_t, std::size_t>> contractions;        // multiword tokens
};

Upos upos_named(const std::string& name) {
  for (std::size_t u = 0; u < kUposCount; ++u)
    if (trame::internal::to_string(static_cast<Upos>(u)) == name) return static_cast<Upos>(u);
  return Upos::X;
}

std::vector<GoldSentence> read_treebank(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<GoldSentence> out;
  GoldSentence current;
  std::size_t cursor = 0;
  int mwt_last = 0;
  bool has_text = false;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) {
      if (has_text) out.push_back(std::move(current));
      current = GoldSentence();
      cursor = 0;
      mwt_last = 0;
      has_text = false;
      continue;
    }
    if (line.rfind("# text = ", 0) == 0) {
      current.text = line.substr(9);
      has_text = true;
      continue;
    }
    if (line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    for (std::string c; std::getline(ss, c, '\t');) cols.push_back(c);
    if (cols.size() < 4 || cols[0].find('.') != std::string::npos) continue;
    std::size_t dash = cols[0].find('-');
    int id = dash == std::string::npos ? std::atoi(cols[0].c_str()) : 0;
    if (dash == std::string::npos && id <= mwt_last) continue;  // a word inside "du"
    std::size_t at = current.text.find(cols[1], cursor);
    if (at == std::string::npos) continue;
    cursor = at + cols[1].size();
    if (dash != std::string::npos) {
      mwt_last = std::atoi(cols[0].c_str() + dash + 1);
      current.contractions.insert({at, cursor});
      continue;
    }
    current.upos_by_span[{at, cursor}] = upos_named(cols[3]);
  }
  if (has_text) out.push_back(std::move(current));
  return out;
}

// The treebank's UPOS of each token, or X+1 (no gold) where spans do not line up.
std::vector<int> gold_of(const Sentence& s, const GoldSentence& g) {
  std::map<std::pair<std::size_t, std::size_t>, int> uses;
  for (const Token& t : s.tokens) ++uses[{t.begin, t.end}];
  std::vector<int> gold;
  for (const Token& t : s.tokens) {
    std::pair<std::size_t, std::size_t> span{t.begin - s.begin, t.end - s.begin};
    auto it = g.upos_by_span.find(span);
    bool single = uses[{t.begin, t.end}] == 1;
    if (t.mwt_words == 2) {
      // The first word of a contraction: the preposition if the treebank has the
      // contraction too, else what the treebank has there ("des" as a determiner).
      if (g.contractions.count(span))
        gold.push_back(static_cast<int>(t.upos));
      else
        gold.push_back(it != g.upos_by_span.end() ? static_cast<int>(it->second) : -1);
      continue;
    }
    if (single && it == g.upos_by_span.end() && g.contractions.count(span) && t.is(Upos::Det)) {
      gold.push_back(static_cast<int>(Upos::Adp));  // a determiner the treebank splits
      continue;
    }
    gold.push_back(it != g.upos_by_span.end() && single ? static_cast<int>(it->second) : -1);
  }
  return gold;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 6) {
    std::cerr << "usage: train_tag_model TREEBANK.conllu OUTPUT.txt EPOCHS MIN_WEIGHT HEADER\n";
    return 2;
  }
  std::vector<GoldSentence> treebank = read_treebank(argv[1]);
  int epochs = std::atoi(argv[3]);
  float min_weight = std::strtof(argv[4], nullptr);

  const char* dir = std::getenv("TRAME_APERTIUM_DIR");
  const char* prefix = std::getenv("TRAME_APERTIUM_PREFIX");
  FrenchAnalyzer analyzer(dir && *dir ? dir : TRAME_APERTIUM_DIR,
                          prefix && *prefix ? prefix : TRAME_APERTIUM_PREFIX,
                          /*use_tag_model=*/false);
  std::string text;
  for (const GoldSentence& g : treebank) text += g.text + "\n";
  std::vector<Sentence> sentences = analyzer.analyse(text, /*one_sentence_per_line=*/true);

  struct Example {
    std::vector<Token> tokens;
    std::vector<int> gold;
    std::vector<UposSet> candidates;
    std::vector<std::vector<std::string>> features;
  };
  std::vector<Example> examples;
  std::size_t words = 0, usable = 0, reachable = 0;
  for (std::size_t i = 0; i < sentences.size() && i < treebank.size(); ++i) {
    Example e;
    e.tokens = sentences[i].tokens;
    e.gold = gold_of(sentences[i], treebank[i]);
    trame::internal::SentenceContext context = trame::internal::sentence_context(e.tokens);
    e.candidates = context.candidates;
    for (std::size_t k = 0; k < e.tokens.size(); ++k) {
      e.features.push_back(trame::internal::static_features(e.tokens, k, context));
      ++words;
      if (e.gold[k] < 0) continue;
      ++usable;
      if (e.candidates[k] & (UposSet{1} << e.gold[k]))
        ++reachable;
      else if (std::getenv("TRAME_SHOW_UNREACHABLE"))
        std::cerr << "unreachable: " << e.tokens[k].form << " "
                  << trame::internal::to_string(static_cast<Upos>(e.gold[k])) << " ("
                  << trame::internal::to_string(e.tokens[k].upos) << ")\n";
    }
    examples.push_back(std::move(e));
  }
  std::cerr << words << " words, " << usable << " lined up with the treebank, " << reachable
            << " whose UPOS is among the candidates\n";

  // Several perceptrons, each seeing the sentences in its own order, averaged into one:
  // a single perceptron's weights depend on that order enough to move the dev figures by
  // 0.1%.
  TagModel ensemble;
  for (int run = 0; run < kRuns; ++run) {
    TagModel model;
    std::mt19937 shuffle_seed(20240531 + run);
    std::vector<std::size_t> order(examples.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    for (int epoch = 0; epoch < epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), shuffle_seed);
      std::size_t correct = 0, seen = 0;
      for (std::size_t idx : order) {
        Example& e = examples[idx];
        std::vector<Upos> chosen(e.tokens.size(), Upos::X);
        for (std::size_t k = 0; k < e.tokens.size(); ++k) {
          std::vector<std::string> f = e.features[k];
          TagModel::add_history_features(f, e.tokens, k, k >= 1 ? chosen[k - 1] : Upos::X,
                                         k >= 2 ? chosen[k - 2] : Upos::X);
          Upos predicted = model.best(f, e.candidates[k]);
          chosen[k] = predicted;
          if (e.gold[k] < 0) continue;
          Upos gold = static_cast<Upos>(e.gold[k]);
          model.tick();
          ++seen;
          if (!(e.candidates[k] & (UposSet{1} << e.gold[k]))) continue;
          if (predicted == gold) ++correct;
          model.update(f, gold, predicted);
        }
      }
      std::cerr << "run " << run + 1 << " epoch " << epoch + 1 << ": " << correct << "/" << seen
                << "\n";
    }
    model.average();
    ensemble.add(model, 1.0F / kRuns);
  }
  TagModel& model = ensemble;
  std::ofstream out(argv[2], std::ios::binary);
  out << model.save(argv[5], min_weight);
  std::cerr << model.feature_count() << " features before pruning\n";
  return out ? 0 : 1;
}
