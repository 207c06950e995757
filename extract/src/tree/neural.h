// The few pieces of a neural network the tagger and parser are made of, on Eigen: dense
// layers, bidirectional LSTM layers over a batch of sentences, the activations, dropout,
// Adam. Every piece has a forward pass (the same code at training and at run time) and a
// backward pass that adds its gradients to a separate set of weights, so that threads can
// each fill their own gradients and add them up in a fixed order: training is deterministic.
//
// Layout: a batch of sentences is one matrix with a column per position, time-major: column
// t * B + b is position t of sentence b (B sentences, padded to the longest one). A
// sentence's positions are then columns b, b + B, b + 2B... (see sentence_columns).
#pragma once

#include <Eigen/Core>
#include <cstdint>
#include <string>
#include <vector>

namespace trame::internal::neural {

using Matrix = Eigen::MatrixXf;
using Vector = Eigen::VectorXf;
using ColumnsView = Eigen::Map<Matrix, 0, Eigen::OuterStride<>>;
using ConstColumnsView = Eigen::Map<const Matrix, 0, Eigen::OuterStride<>>;

// A sentence's columns in a time-major batch matrix (see above), as a matrix of its own.
inline ConstColumnsView sentence_columns(const Matrix& batch, int sentence, int batch_size,
                                         int length) {
  return ConstColumnsView(batch.data() + static_cast<Eigen::Index>(sentence) * batch.rows(),
                          batch.rows(), length, Eigen::OuterStride<>(batch.rows() * batch_size));
}
inline ColumnsView sentence_columns(Matrix& batch, int sentence, int batch_size, int length) {
  return ColumnsView(batch.data() + static_cast<Eigen::Index>(sentence) * batch.rows(),
                     batch.rows(), length, Eigen::OuterStride<>(batch.rows() * batch_size));
}

// A small, portable generator (splitmix64): the same numbers on every platform and
// standard library, unlike std::normal_distribution.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next();
  float uniform();                  // [0, 1)
  float uniform(float a, float b);  // [a, b)
  std::uint64_t below(std::uint64_t n) { return next() % n; }

 private:
  std::uint64_t state_;
};

// Fills with U(-r, r), r = sqrt(6 / (rows + cols)) (Glorot).
void glorot(Matrix& m, Random& random);

// y = W x + b, on columns.
struct Linear {
  Matrix weight;  // out × in
  Vector bias;    // out

  void init(int in, int out, Random& random);
  void forward(const Matrix& x, Matrix& y) const;
  // Adds dW, db to `gradient`; sets dx = W^T dy when dx is given.
  void backward(const Matrix& x, const Matrix& dy, Linear& gradient, Matrix* dx) const;
};

// Leaky ReLU with slope 0.1 below zero: in place, and its backward pass given the output.
void leaky_relu(Matrix& x);
void leaky_relu_backward(const Matrix& y, Matrix& dy);

// Inverted dropout: a mask of 0 and 1/(1-p), drawn once and used by both passes.
void dropout_mask(Matrix& mask, Eigen::Index rows, Eigen::Index cols, float p, Random& random);

// One LSTM direction over a time-major batch. Gates in the order input, forget, cell,
// output; forget biases start at 1.
struct LstmDirection {
  Matrix input_weight;      // 4H × D
  Matrix recurrent_weight;  // 4H × H
  Vector bias;              // 4H
  bool reverse = false;     // right to left

  void init(int input_size, int hidden_size, bool reverse, Random& random);
  int hidden_size() const { return static_cast<int>(recurrent_weight.cols()); }
};

// What the forward pass keeps for the backward one.
struct LstmTrace {
  Matrix gates;      // activated gates, 4H × T·B
  Matrix cell;       // c, H × T·B
  Matrix cell_tanh;  // tanh(c)
  Matrix output;     // h, H × T·B (zero at padding)
};

// Runs `direction` over x (D × T·B) for sentences of the given lengths (positions at or
// after a sentence's length are padding: their state is zero and stays out of the others).
void lstm_forward(const LstmDirection& direction, const Matrix& x, const std::vector<int>& lengths,
                  LstmTrace& trace);
// Given d(output), adds the weights' gradients to `gradient` and writes dx.
void lstm_backward(const LstmDirection& direction, const Matrix& x, const std::vector<int>& lengths,
                   const LstmTrace& trace, const Matrix& output_gradient, LstmDirection& gradient,
                   Matrix& dx);

// Adam (with optional gradient clipping by global norm), over a list of matrices.
class Adam {
 public:
  Adam(float learning_rate, float beta1, float beta2, float epsilon = 1e-8f)
      : learning_rate_(learning_rate), beta1_(beta1), beta2_(beta2), epsilon_(epsilon) {}
  // values[i] -= step computed from gradients[i]; moments are kept by index.
  void step(const std::vector<float*>& values, const std::vector<const float*>& gradients,
            const std::vector<std::size_t>& sizes);
  void set_learning_rate(float rate) { learning_rate_ = rate; }

 private:
  float learning_rate_, beta1_, beta2_, epsilon_;
  std::int64_t steps_ = 0;
  std::vector<std::vector<float>> first_, second_;
};

}  // namespace trame::internal::neural
