// The pieces of the tagger and parser: the network's gradients against finite differences,
// the spanning tree against every tree of small sentences, lemma rules, and the model file.
#include <catch2/catch.hpp>
#include <cmath>
#include <functional>

#include "tree/parser_model.h"
#include "tree/parser_network.h"
#include "tree/spanning_tree.h"

using namespace trame::internal;
using neural::Matrix;

namespace {

NetworkShape tiny_shape() {
  NetworkShape s;
  s.words = 7;
  s.features = 9;
  s.word_dim = 4;
  s.feature_dim = 3;
  s.lstm_layers = 2;
  s.lstm_hidden = 5;
  s.arc_dim = 6;
  s.label_dim = 3;
  s.tag_dim = 4;
  s.labels = 4;
  s.tag_groups = {3, 2, 5};
  return s;
}

EncodedSentence random_sentence(int n, neural::Random& random) {
  EncodedSentence s;
  s.words.resize(static_cast<std::size_t>(n + 1));
  s.heads.assign(static_cast<std::size_t>(n + 1), -1);
  s.labels.assign(static_cast<std::size_t>(n + 1), 0);
  s.tags.assign(static_cast<std::size_t>(n + 1), std::vector<int>(3, -1));
  s.words[0].word = 1;
  for (int i = 1; i <= n; ++i) {
    auto& w = s.words[static_cast<std::size_t>(i)];
    w.word = static_cast<int>(random.below(7));
    w.features = {static_cast<int>(random.below(9)), static_cast<int>(random.below(9))};
    int head = static_cast<int>(random.below(static_cast<std::uint64_t>(n + 1)));
    if (head == i) head = 0;
    s.heads[static_cast<std::size_t>(i)] = head;
    s.labels[static_cast<std::size_t>(i)] = static_cast<int>(random.below(4));
    s.tags[static_cast<std::size_t>(i)] = {static_cast<int>(random.below(3)),
                                           static_cast<int>(random.below(2)) - (i == 2 ? 1 : 0),
                                           static_cast<int>(random.below(5))};
  }
  return s;
}

}  // namespace

TEST_CASE("the network's gradient is the derivative of its loss", "[tree]") {
  neural::Random random(42);
  ParserNetwork network(tiny_shape(), 7);
  // Non-zero bilinear weights, so that their own gradient paths are exercised.
  network.weights().arc_bilinear = Matrix::Random(6, 6) * 0.5f;
  network.weights().arc_head_bias = neural::Vector::Random(6) * 0.5f;
  // Embeddings and biases of a trained size, so that few units sit at the Leaky ReLU's kink,
  // where finite differences mean nothing.
  network.weights().word_embedding = Matrix::Random(4, 7);
  network.weights().feature_embedding = Matrix::Random(3, 9);
  network.weights().projection.bias = neural::Vector::Random(22);
  std::vector<EncodedSentence> sentences = {random_sentence(5, random), random_sentence(3, random),
                                            random_sentence(6, random)};
  std::vector<const EncodedSentence*> batch;
  for (const auto& s : sentences) batch.push_back(&s);
  TrainingOptions no_dropout;
  no_dropout.dropout = 0;
  no_dropout.word_dropout = 0;
  auto loss = [&] {
    NetworkWeights scratch = network.weights().zeros_like();
    neural::Random r(1);
    return network.train(batch, no_dropout, r, scratch);
  };
  NetworkWeights gradient = network.weights().zeros_like();
  neural::Random r(1);
  network.train(batch, no_dropout, r, gradient);

  std::vector<float*> values, grads;
  std::vector<std::size_t> sizes;
  network.weights().each([&](float* d, std::size_t n) {
    values.push_back(d);
    sizes.push_back(n);
  });
  gradient.each([&](float* d, std::size_t) { grads.push_back(d); });
  int checked = 0;
  for (std::size_t k = 0; k < values.size(); ++k) {
    // A few entries of every matrix.
    for (std::size_t i = 0; i < sizes[k]; i += std::max<std::size_t>(1, sizes[k] / 5)) {
      const float saved = values[k][i];
      const float h = 1e-3f;
      values[k][i] = saved + h;
      const double up = loss();
      values[k][i] = saved - h;
      const double down = loss();
      values[k][i] = saved;
      const double numeric = (up - down) / (2 * h);
      const double analytic = grads[k][i];
      INFO("matrix " << k << " entry " << i << ": numeric " << numeric << ", analytic "
                     << analytic);
      CHECK(std::abs(numeric - analytic) <= 2e-2 * std::max(1.0, std::abs(numeric)));
      ++checked;
    }
  }
  CHECK(checked > 50);
}

TEST_CASE("the spanning tree is the best of all single-rooted trees", "[tree]") {
  neural::Random random(3);
  for (int trial = 0; trial < 200; ++trial) {
    const int n = 2 + static_cast<int>(random.below(4));  // words, root excluded
    Matrix scores(n + 1, n + 1);
    for (int i = 0; i <= n; ++i)
      for (int j = 0; j <= n; ++j) scores(i, j) = random.uniform(-3, 0);
    // Every head assignment: keep the best that is a tree with one word under the root.
    std::vector<int> heads(static_cast<std::size_t>(n + 1), 0), best_heads;
    double best = -1e9;
    std::function<void(int)> search = [&](int d) {
      if (d > n) {
        int root_children = 0;
        for (int k = 1; k <= n; ++k) root_children += heads[static_cast<std::size_t>(k)] == 0;
        if (root_children != 1) return;
        for (int k = 1; k <= n; ++k) {  // every word reaches the root
          int v = k, steps = 0;
          while (v != 0 && steps <= n) v = heads[static_cast<std::size_t>(v)], ++steps;
          if (v != 0) return;
        }
        double total = 0;
        for (int k = 1; k <= n; ++k) total += scores(heads[static_cast<std::size_t>(k)], k);
        if (total > best) best = total, best_heads = heads;
        return;
      }
      for (int h = 0; h <= n; ++h)
        if (h != d) {
          heads[static_cast<std::size_t>(d)] = h;
          search(d + 1);
        }
    };
    search(1);
    std::vector<int> tree = best_tree(scores);
    double total = 0;
    for (int k = 1; k <= n; ++k) total += scores(tree[static_cast<std::size_t>(k)], k);
    INFO("trial " << trial);
    CHECK(total == Approx(best).margin(1e-4));
  }
}

TEST_CASE("lemma rules", "[tree]") {
  CHECK(lemma_rule("changé", "changer") == "l|1|er");
  CHECK(apply_lemma_rule("rachetée", "l|2|er") == "racheter");
  CHECK(apply_lemma_rule("Rachetées", "l|3|er") == "racheter");
  CHECK(lemma_rule("Paris", "Paris") == "a|0|");
  CHECK(lemma_rule("Les", "le") == "l|1|");
  CHECK(apply_lemma_rule("Les", lemma_rule("Les", "le")) == "le");
  CHECK(lemma_rule("étaient", "être") == "l|7|être");
  CHECK(apply_lemma_rule("étaient", "l|7|être") == "être");
  // A rule that takes more than the word leaves the word.
  CHECK(apply_lemma_rule("a", "l|3|x") == "a");
}

TEST_CASE("a model file reads back as written", "[tree]") {
  ParserModel model;
  model.words = {"<unknown>", "<root>", "le", "chat", "dort", "un", "il"};
  model.features = {"<root>", "s1:t", "s1:e", "r:n", "r:vblex", "t:sg", "t:p3", "x", "y"};
  model.labels = {"det", "nsubj", "root", "obj"};
  model.upos = {"DET", "NOUN", "VERB"};
  model.feature_groups = {{"Number", {""}}};
  model.lemma_rules = {"a|0|", "l|0|", "l|1|ir", "l|3|er", "l|1|"};
  model.feature_groups[0].values.push_back("Sing");
  model.index_vocabularies();
  NetworkShape shape = tiny_shape();
  shape.tag_groups = model.tag_group_sizes();
  model.set_network(ParserNetwork(shape, 5));
  std::string bytes = model.serialise();
  ParserModel read = ParserModel::parse(bytes);
  CHECK(read.words == model.words);
  CHECK(read.lemma_rules == model.lemma_rules);
  CHECK(read.serialise() == bytes);
  CHECK_THROWS(ParserModel::parse(bytes.substr(0, bytes.size() - 1)));
  CHECK_THROWS(ParserModel::parse("trame-parser-model 2\n"));
}
