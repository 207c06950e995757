// The network that tags and parses a sentence: each word is embedded (its lower-cased form,
// and the sum of its features' embeddings: endings, shape, the dictionary's readings), a
// stack of bidirectional LSTM layers reads the sentence both ways, and on the top layer
//   - a tagger predicts the part of speech and each morphological feature (one softmax a
//     group: "UPOS", "Gender", "Number"...),
//   - a biaffine scorer (Dozat & Manning 2017) gives every pair of words the score of one
//     being the head of the other; the tree is the best spanning tree over them,
//   - a label scorer gives the relation of each word to its head.
// Position 0 of every sentence is the root, a word of its own.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "neural.h"

namespace trame::internal {

struct NetworkShape {
  int words = 0;     // rows of the word embedding (0: unknown, 1: root)
  int features = 0;  // rows of the feature embedding
  int word_dim = 100;
  int feature_dim = 100;
  int lstm_layers = 2;
  int lstm_hidden = 128;  // per direction
  int arc_dim = 256;
  int label_dim = 128;
  int tag_dim = 128;
  int labels = 0;               // relations
  std::vector<int> tag_groups;  // size of each tag softmax

  int input_dim() const { return word_dim + feature_dim; }
};

// A sentence as the network reads it, root first.
struct EncodedSentence {
  struct Word {
    int word = 0;
    std::vector<int> features;
  };
  std::vector<Word> words;
  // Gold analysis, for training (indexed like `words`; position 0 unused): heads, relation
  // indices, and for each tag group the gold class (-1 when the word has none to learn).
  std::vector<int> heads;
  std::vector<int> labels;
  std::vector<std::vector<int>> tags;  // [word][group]

  int size() const { return static_cast<int>(words.size()); }
};

// What the network says of one sentence.
struct SentenceScores {
  neural::Matrix arcs;           // arcs(head, dependent): log-probability of the arc, root row 0
  neural::Matrix head_features;  // label_dim × n: label features of each word as head
  neural::Matrix dependent_features;
  neural::Matrix tags;  // total tag outputs × n (log-probabilities within each group)
};

struct NetworkWeights {
  neural::Matrix word_embedding;            // word_dim × words
  neural::Matrix feature_embedding;         // feature_dim × features
  std::vector<neural::LstmDirection> lstm;  // per layer: left to right, right to left
  neural::Linear projection;    // top layer -> [arc dep | arc head | label dep | label head | tag]
  neural::Matrix arc_bilinear;  // arc_dim × arc_dim
  neural::Vector arc_head_bias;
  neural::Linear label;  // [dep; head; dep ∘ head] -> relations
  neural::Linear tag;    // tag hidden -> every group's outputs

  void init(const NetworkShape& shape, neural::Random& random);
  // The same shapes, all zero (a gradient).
  NetworkWeights zeros_like() const;
  void set_zero();
  void add(const NetworkWeights& other);
  // Every matrix and vector in a fixed order: f(float* data, size_t count).
  template <class F>
  void each(F&& f);
};

struct TrainingOptions {
  float dropout = 0.33f;       // embeddings, between layers, and on the scorers' inputs
  float word_dropout = 0.25f;  // a word's own embedding replaced by the unknown word's
};

class ParserNetwork {
 public:
  ParserNetwork() = default;
  explicit ParserNetwork(NetworkShape shape, std::uint64_t seed);

  const NetworkShape& shape() const { return shape_; }
  NetworkWeights& weights() { return weights_; }
  const NetworkWeights& weights() const { return weights_; }

  // Scores a batch of sentences (no dropout).
  std::vector<SentenceScores> score(const std::vector<const EncodedSentence*>& batch) const;

  // Label scores (logits) of every word under its head: column d - 1 for word d, whose head
  // is heads[d].
  neural::Matrix label_scores(const SentenceScores& scores, const std::vector<int>& heads) const;

  // One training pass over a batch: adds the gradient of the summed loss to `gradient`
  // and returns the loss; `counts` gets the number of words.
  double train(const std::vector<const EncodedSentence*>& batch, const TrainingOptions& options,
               neural::Random& random, NetworkWeights& gradient) const;

 private:
  struct Pass;
  void encode(const std::vector<const EncodedSentence*>& batch, bool training,
              const TrainingOptions* options, neural::Random* random, Pass& pass) const;

  NetworkShape shape_;
  NetworkWeights weights_;
};

template <class F>
void NetworkWeights::each(F&& f) {
  auto m = [&](auto& x) { f(x.data(), static_cast<std::size_t>(x.size())); };
  m(word_embedding);
  m(feature_embedding);
  for (neural::LstmDirection& d : lstm) {
    m(d.input_weight);
    m(d.recurrent_weight);
    m(d.bias);
  }
  m(projection.weight);
  m(projection.bias);
  m(arc_bilinear);
  m(arc_head_bias);
  m(label.weight);
  m(label.bias);
  m(tag.weight);
  m(tag.bias);
}

}  // namespace trame::internal
