#include "parser_network.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace trame::internal {

using neural::Matrix;
using neural::Vector;

void NetworkWeights::init(const NetworkShape& s, neural::Random& random) {
  word_embedding.resize(s.word_dim, s.words);
  feature_embedding.resize(s.feature_dim, s.features);
  // Embeddings start small, so that a word's sum of many features starts in range.
  for (Eigen::Index i = 0; i < word_embedding.size(); ++i)
    word_embedding.data()[i] = random.uniform(-0.1f, 0.1f);
  for (Eigen::Index i = 0; i < feature_embedding.size(); ++i)
    feature_embedding.data()[i] = random.uniform(-0.05f, 0.05f);
  lstm.clear();
  int input = s.input_dim();
  for (int layer = 0; layer < s.lstm_layers; ++layer) {
    for (bool reverse : {false, true}) {
      lstm.emplace_back();
      lstm.back().init(input, s.lstm_hidden, reverse, random);
    }
    input = 2 * s.lstm_hidden;
  }
  projection.init(input, 2 * s.arc_dim + 2 * s.label_dim + s.tag_dim, random);
  arc_bilinear = Matrix::Zero(s.arc_dim, s.arc_dim);  // as Dozat & Manning: starts at zero
  arc_head_bias = Vector::Zero(s.arc_dim);
  label.init(3 * s.label_dim, s.labels, random);
  int tag_outputs = 0;
  for (int g : s.tag_groups) tag_outputs += g;
  tag.init(s.tag_dim, tag_outputs, random);
}

NetworkWeights NetworkWeights::zeros_like() const {
  NetworkWeights z = *this;
  z.set_zero();
  return z;
}

void NetworkWeights::set_zero() {
  each([](float* data, std::size_t n) { std::fill(data, data + n, 0.0f); });
}

void NetworkWeights::add(const NetworkWeights& other) {
  std::vector<const float*> theirs;
  const_cast<NetworkWeights&>(other).each(
      [&](float* data, std::size_t) { theirs.push_back(data); });
  std::size_t k = 0;
  each([&](float* data, std::size_t n) {
    const float* o = theirs[k++];
    for (std::size_t i = 0; i < n; ++i) data[i] += o[i];
  });
}

ParserNetwork::ParserNetwork(NetworkShape shape, std::uint64_t seed) : shape_(std::move(shape)) {
  neural::Random random(seed);
  weights_.init(shape_, random);
}

// Everything one pass computes over a batch, kept for the backward pass.
struct ParserNetwork::Pass {
  int batch = 0;
  int steps = 0;
  std::vector<int> lengths;
  std::vector<int> word_ids;         // per column, after word dropout; -1 for padding
  std::vector<Matrix> layer_inputs;  // input of each LSTM layer (dropout applied)
  std::vector<Matrix> layer_masks;   // the dropout mask of each layer input (training)
  std::vector<std::vector<neural::LstmTrace>> traces;
  Matrix top;  // output of the last layer (dropout applied)
  Matrix top_mask;
  Matrix projected;             // leaky ReLU of the projection (dropout applied)
  Matrix projected_activation;  // before dropout, for the ReLU's backward pass
  Matrix projected_mask;
  Matrix tag_logits;
};

void ParserNetwork::encode(const std::vector<const EncodedSentence*>& batch, bool training,
                           const TrainingOptions* options, neural::Random* random,
                           Pass& pass) const {
  const NetworkShape& s = shape_;
  const NetworkWeights& w = weights_;
  pass.batch = static_cast<int>(batch.size());
  pass.lengths.clear();
  pass.steps = 0;
  for (const EncodedSentence* sentence : batch) {
    pass.lengths.push_back(sentence->size());
    pass.steps = std::max(pass.steps, sentence->size());
  }
  const Eigen::Index columns = static_cast<Eigen::Index>(pass.steps) * pass.batch;
  pass.layer_inputs.resize(static_cast<std::size_t>(s.lstm_layers));
  pass.layer_masks.resize(static_cast<std::size_t>(s.lstm_layers));
  pass.traces.assign(static_cast<std::size_t>(s.lstm_layers), std::vector<neural::LstmTrace>(2));

  // Embeddings.
  Matrix& x = pass.layer_inputs[0];
  x = Matrix::Zero(s.input_dim(), columns);
  pass.word_ids.assign(static_cast<std::size_t>(columns), -1);
  for (int b = 0; b < pass.batch; ++b) {
    const EncodedSentence& sentence = *batch[static_cast<std::size_t>(b)];
    for (int t = 0; t < sentence.size(); ++t) {
      const Eigen::Index col = static_cast<Eigen::Index>(t) * pass.batch + b;
      const EncodedSentence::Word& word = sentence.words[static_cast<std::size_t>(t)];
      int id = word.word;
      if (training && t > 0 && options->word_dropout > 0 &&
          random->uniform() < options->word_dropout)
        id = 0;
      pass.word_ids[static_cast<std::size_t>(col)] = id;
      x.col(col).head(s.word_dim) = w.word_embedding.col(id);
      auto features = x.col(col).segment(s.word_dim, s.feature_dim);
      for (int f : word.features) features += w.feature_embedding.col(f);
    }
  }
  if (training) {
    neural::dropout_mask(pass.layer_masks[0], x.rows(), x.cols(), options->dropout, *random);
    x.array() *= pass.layer_masks[0].array();
  }

  // LSTM layers.
  for (int layer = 0; layer < s.lstm_layers; ++layer) {
    const Matrix& in = pass.layer_inputs[static_cast<std::size_t>(layer)];
    auto& traces = pass.traces[static_cast<std::size_t>(layer)];
    neural::lstm_forward(w.lstm[static_cast<std::size_t>(2 * layer)], in, pass.lengths, traces[0]);
    neural::lstm_forward(w.lstm[static_cast<std::size_t>(2 * layer + 1)], in, pass.lengths,
                         traces[1]);
    Matrix& out = layer + 1 < s.lstm_layers ? pass.layer_inputs[static_cast<std::size_t>(layer + 1)]
                                            : pass.top;
    out.resize(2 * s.lstm_hidden, columns);
    out.topRows(s.lstm_hidden) = traces[0].output;
    out.bottomRows(s.lstm_hidden) = traces[1].output;
    Matrix& mask = layer + 1 < s.lstm_layers ? pass.layer_masks[static_cast<std::size_t>(layer + 1)]
                                             : pass.top_mask;
    if (training) {
      neural::dropout_mask(mask, out.rows(), out.cols(), options->dropout, *random);
      out.array() *= mask.array();
    }
  }

  // The scorers' inputs.
  w.projection.forward(pass.top, pass.projected);
  neural::leaky_relu(pass.projected);
  if (training) {
    pass.projected_activation = pass.projected;
    neural::dropout_mask(pass.projected_mask, pass.projected.rows(), pass.projected.cols(),
                         options->dropout, *random);
    pass.projected.array() *= pass.projected_mask.array();
  }
  const int tag_row = 2 * s.arc_dim + 2 * s.label_dim;
  pass.tag_logits.noalias() = w.tag.weight * pass.projected.bottomRows(s.tag_dim);
  pass.tag_logits.colwise() += w.tag.bias;
  (void)tag_row;
}

namespace {

constexpr float kMinusInfinity = -std::numeric_limits<float>::infinity();

// Log-softmax of each column of `scores`, in place.
template <class M>
void log_softmax_columns(M&& scores) {
  for (Eigen::Index j = 0; j < scores.cols(); ++j) {
    auto col = scores.col(j);
    float max = col.maxCoeff();
    float sum = (col.array() - max).exp().sum();
    col.array() -= max + std::log(sum);
  }
}

// The arc scores of one sentence: scores(head, dependent), self-loops excluded.
Matrix arc_scores(const NetworkWeights& w, const Matrix& dependent_features,
                  const Matrix& head_features, Matrix& bilinear_dependent) {
  bilinear_dependent.noalias() = w.arc_bilinear * dependent_features;
  Matrix scores = head_features.transpose() * bilinear_dependent;
  Vector head_bias = head_features.transpose() * w.arc_head_bias;
  scores.colwise() += head_bias;
  scores.diagonal().setConstant(kMinusInfinity);
  return scores;
}

}  // namespace

std::vector<SentenceScores> ParserNetwork::score(
    const std::vector<const EncodedSentence*>& batch) const {
  Pass pass;
  encode(batch, false, nullptr, nullptr, pass);
  const NetworkShape& s = shape_;
  std::vector<SentenceScores> out(batch.size());
  Matrix bilinear_dependent;
  for (int b = 0; b < pass.batch; ++b) {
    const int n = pass.lengths[static_cast<std::size_t>(b)];
    SentenceScores& r = out[static_cast<std::size_t>(b)];
    auto columns = neural::sentence_columns(pass.projected, b, pass.batch, n);
    Matrix dependent = columns.topRows(s.arc_dim);
    Matrix head = columns.middleRows(s.arc_dim, s.arc_dim);
    r.arcs = arc_scores(weights_, dependent, head, bilinear_dependent);
    log_softmax_columns(r.arcs.rightCols(n - 1));
    r.arcs.col(0).setConstant(kMinusInfinity);
    r.dependent_features = columns.middleRows(2 * s.arc_dim, s.label_dim);
    r.head_features = columns.middleRows(2 * s.arc_dim + s.label_dim, s.label_dim);
    r.tags = neural::sentence_columns(pass.tag_logits, b, pass.batch, n);
    int row = 0;
    for (int g : s.tag_groups) {
      log_softmax_columns(r.tags.middleRows(row, g));
      row += g;
    }
  }
  return out;
}

Matrix ParserNetwork::label_scores(const SentenceScores& scores,
                                  const std::vector<int>& heads) const {
  const int l = shape_.label_dim;
  const int n = static_cast<int>(heads.size()) - 1;
  Matrix z(3 * l, n);
  for (int d = 1; d <= n; ++d) {
    auto dep = scores.dependent_features.col(d);
    auto head = scores.head_features.col(heads[static_cast<std::size_t>(d)]);
    z.col(d - 1).head(l) = dep;
    z.col(d - 1).segment(l, l) = head;
    z.col(d - 1).tail(l) = dep.cwiseProduct(head);
  }
  Matrix logits;
  weights_.label.forward(z, logits);
  return logits;
}

double ParserNetwork::train(const std::vector<const EncodedSentence*>& batch,
                            const TrainingOptions& options, neural::Random& random,
                            NetworkWeights& gradient) const {
  const NetworkShape& s = shape_;
  const NetworkWeights& w = weights_;
  Pass pass;
  encode(batch, true, &options, &random, pass);
  double loss = 0;
  Matrix d_projected = Matrix::Zero(pass.projected.rows(), pass.projected.cols());

  // Arcs, sentence by sentence.
  Matrix bilinear_dependent;
  std::vector<int> label_dependent_cols, label_head_cols, label_gold;
  for (int b = 0; b < pass.batch; ++b) {
    const EncodedSentence& sentence = *batch[static_cast<std::size_t>(b)];
    const int n = pass.lengths[static_cast<std::size_t>(b)];
    if (n < 2) continue;
    auto columns = neural::sentence_columns(pass.projected, b, pass.batch, n);
    Matrix dependent = columns.topRows(s.arc_dim);
    Matrix head = columns.middleRows(s.arc_dim, s.arc_dim);
    Matrix scores = arc_scores(w, dependent, head, bilinear_dependent);
    Matrix d_scores = Matrix::Zero(n, n);
    for (int i = 1; i < n; ++i) {
      const int gold = sentence.heads[static_cast<std::size_t>(i)];
      if (gold < 0) continue;
      auto col = scores.col(i);
      float max = col.maxCoeff();
      Vector p = (col.array() - max).exp();
      float sum = p.sum();
      loss -= col(gold) - max - std::log(sum);
      d_scores.col(i) = p / sum;
      d_scores(gold, i) -= 1.0f;
      label_dependent_cols.push_back(i * pass.batch + b);
      label_head_cols.push_back(gold * pass.batch + b);
      label_gold.push_back(sentence.labels[static_cast<std::size_t>(i)]);
    }
    d_scores.diagonal().setZero();
    Vector head_sums = d_scores.rowwise().sum();
    Matrix d_bilinear_dependent = head * d_scores;
    Matrix d_head = bilinear_dependent * d_scores.transpose();
    d_head += w.arc_head_bias * head_sums.transpose();
    gradient.arc_bilinear.noalias() += d_bilinear_dependent * dependent.transpose();
    gradient.arc_head_bias += head * head_sums;
    auto d_columns = neural::sentence_columns(d_projected, b, pass.batch, n);
    d_columns.topRows(s.arc_dim).noalias() += w.arc_bilinear.transpose() * d_bilinear_dependent;
    d_columns.middleRows(s.arc_dim, s.arc_dim) += d_head;
  }

  // Relations, for every word under its gold head, in one matrix.
  const int l = s.label_dim;
  const int label_count = static_cast<int>(label_gold.size());
  if (label_count > 0) {
    Matrix z(3 * l, label_count);
    for (int k = 0; k < label_count; ++k) {
      auto dep = pass.projected.col(label_dependent_cols[static_cast<std::size_t>(k)])
                     .segment(2 * s.arc_dim, l);
      auto head = pass.projected.col(label_head_cols[static_cast<std::size_t>(k)])
                      .segment(2 * s.arc_dim + l, l);
      z.col(k).head(l) = dep;
      z.col(k).segment(l, l) = head;
      z.col(k).tail(l) = dep.cwiseProduct(head);
    }
    Matrix logits;
    w.label.forward(z, logits);
    Matrix d_logits(logits.rows(), logits.cols());
    for (int k = 0; k < label_count; ++k) {
      auto col = logits.col(k);
      float max = col.maxCoeff();
      Vector p = (col.array() - max).exp();
      float sum = p.sum();
      const int gold = label_gold[static_cast<std::size_t>(k)];
      loss -= col(gold) - max - std::log(sum);
      d_logits.col(k) = p / sum;
      d_logits(gold, k) -= 1.0f;
    }
    Matrix dz;
    w.label.backward(z, d_logits, gradient.label, &dz);
    for (int k = 0; k < label_count; ++k) {
      const Eigen::Index dep_col = label_dependent_cols[static_cast<std::size_t>(k)];
      const Eigen::Index head_col = label_head_cols[static_cast<std::size_t>(k)];
      auto dep = pass.projected.col(dep_col).segment(2 * s.arc_dim, l);
      auto head = pass.projected.col(head_col).segment(2 * s.arc_dim + l, l);
      d_projected.col(dep_col).segment(2 * s.arc_dim, l) +=
          dz.col(k).head(l) + dz.col(k).tail(l).cwiseProduct(head);
      d_projected.col(head_col).segment(2 * s.arc_dim + l, l) +=
          dz.col(k).segment(l, l) + dz.col(k).tail(l).cwiseProduct(dep);
    }
  }

  // Tags.
  Matrix d_tag_logits = Matrix::Zero(pass.tag_logits.rows(), pass.tag_logits.cols());
  for (int b = 0; b < pass.batch; ++b) {
    const EncodedSentence& sentence = *batch[static_cast<std::size_t>(b)];
    for (int t = 1; t < sentence.size(); ++t) {
      const Eigen::Index col = static_cast<Eigen::Index>(t) * pass.batch + b;
      const std::vector<int>& gold = sentence.tags[static_cast<std::size_t>(t)];
      int row = 0;
      for (std::size_t g = 0; g < s.tag_groups.size(); ++g) {
        const int size = s.tag_groups[g];
        if (gold[g] >= 0) {
          auto logits = pass.tag_logits.col(col).segment(row, size);
          float max = logits.maxCoeff();
          Vector p = (logits.array() - max).exp();
          float sum = p.sum();
          loss -= logits(gold[g]) - max - std::log(sum);
          auto d = d_tag_logits.col(col).segment(row, size);
          d = p / sum;
          d(gold[g]) -= 1.0f;
        }
        row += size;
      }
    }
  }
  auto tag_inputs = pass.projected.bottomRows(s.tag_dim);
  gradient.tag.weight.noalias() += d_tag_logits * tag_inputs.transpose();
  gradient.tag.bias += d_tag_logits.rowwise().sum();
  d_projected.bottomRows(s.tag_dim).noalias() += w.tag.weight.transpose() * d_tag_logits;

  // Back through the projection, the LSTM layers and the embeddings.
  d_projected.array() *= pass.projected_mask.array();
  neural::leaky_relu_backward(pass.projected_activation, d_projected);
  Matrix d_top;
  w.projection.backward(pass.top, d_projected, gradient.projection, &d_top);
  d_top.array() *= pass.top_mask.array();
  Matrix d_out = std::move(d_top);
  for (int layer = s.lstm_layers - 1; layer >= 0; --layer) {
    const std::size_t k = static_cast<std::size_t>(layer);
    const Matrix& in = pass.layer_inputs[k];
    Matrix d_forward_out = d_out.topRows(s.lstm_hidden);
    Matrix d_backward_out = d_out.bottomRows(s.lstm_hidden);
    Matrix d_in, d_in_backward;
    neural::lstm_backward(w.lstm[2 * k], in, pass.lengths, pass.traces[k][0], d_forward_out,
                          gradient.lstm[2 * k], d_in);
    neural::lstm_backward(w.lstm[2 * k + 1], in, pass.lengths, pass.traces[k][1], d_backward_out,
                          gradient.lstm[2 * k + 1], d_in_backward);
    d_in += d_in_backward;
    d_in.array() *= pass.layer_masks[k].array();
    d_out = std::move(d_in);
  }
  for (int b = 0; b < pass.batch; ++b) {
    const EncodedSentence& sentence = *batch[static_cast<std::size_t>(b)];
    for (int t = 0; t < sentence.size(); ++t) {
      const Eigen::Index col = static_cast<Eigen::Index>(t) * pass.batch + b;
      gradient.word_embedding.col(pass.word_ids[static_cast<std::size_t>(col)]) +=
          d_out.col(col).head(s.word_dim);
      auto d_features = d_out.col(col).segment(s.word_dim, s.feature_dim);
      for (int f : sentence.words[static_cast<std::size_t>(t)].features)
        gradient.feature_embedding.col(f) += d_features;
    }
  }
  return loss;
}

}  // namespace trame::internal
