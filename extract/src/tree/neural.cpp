#include "neural.h"

#include <cmath>

namespace trame::internal::neural {

std::uint64_t Random::next() {
  std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

float Random::uniform() { return static_cast<float>(next() >> 40) * (1.0f / 16777216.0f); }

float Random::uniform(float a, float b) { return a + (b - a) * uniform(); }

void glorot(Matrix& m, Random& random) {
  float r = std::sqrt(6.0f / static_cast<float>(m.rows() + m.cols()));
  for (Eigen::Index j = 0; j < m.cols(); ++j)
    for (Eigen::Index i = 0; i < m.rows(); ++i) m(i, j) = random.uniform(-r, r);
}

void Linear::init(int in, int out, Random& random) {
  weight.resize(out, in);
  glorot(weight, random);
  bias = Vector::Zero(out);
}

void Linear::forward(const Matrix& x, Matrix& y) const {
  y.noalias() = weight * x;
  y.colwise() += bias;
}

void Linear::backward(const Matrix& x, const Matrix& dy, Linear& gradient, Matrix* dx) const {
  gradient.weight.noalias() += dy * x.transpose();
  gradient.bias += dy.rowwise().sum();
  if (dx) dx->noalias() = weight.transpose() * dy;
}

void leaky_relu(Matrix& x) { x = x.array().max(0.1f * x.array()); }

void leaky_relu_backward(const Matrix& y, Matrix& dy) {
  dy = (y.array() > 0.0f).select(dy.array(), 0.1f * dy.array());
}

void dropout_mask(Matrix& mask, Eigen::Index rows, Eigen::Index cols, float p, Random& random) {
  mask.resize(rows, cols);
  float keep = 1.0f / (1.0f - p);
  float* data = mask.data();
  for (Eigen::Index i = 0, n = rows * cols; i < n; ++i)
    data[i] = random.uniform() < p ? 0.0f : keep;
}

void LstmDirection::init(int input_size, int hidden_size, bool reverse_direction, Random& random) {
  input_weight.resize(4 * hidden_size, input_size);
  recurrent_weight.resize(4 * hidden_size, hidden_size);
  glorot(input_weight, random);
  glorot(recurrent_weight, random);
  bias = Vector::Zero(4 * hidden_size);
  bias.segment(hidden_size, hidden_size).setOnes();
  reverse = reverse_direction;
}

namespace {

// The step order of a direction: s-th step is position t.
int position_of(int step, int length, bool reverse) { return reverse ? length - 1 - step : step; }

}  // namespace

void lstm_forward(const LstmDirection& d, const Matrix& x, const std::vector<int>& lengths,
                  LstmTrace& trace) {
  const int batch = static_cast<int>(lengths.size());
  const int steps = static_cast<int>(x.cols()) / batch;
  const int h = d.hidden_size();
  trace.gates.noalias() = d.input_weight * x;
  trace.gates.colwise() += d.bias;
  trace.cell.resize(h, x.cols());
  trace.cell_tanh.resize(h, x.cols());
  trace.output.resize(h, x.cols());
  Matrix previous_output = Matrix::Zero(h, batch);
  Matrix previous_cell = Matrix::Zero(h, batch);
  for (int s = 0; s < steps; ++s) {
    const int t = position_of(s, steps, d.reverse);
    auto gates = trace.gates.middleCols(static_cast<Eigen::Index>(t) * batch, batch);
    gates.noalias() += d.recurrent_weight * previous_output;
    gates.topRows(2 * h) = gates.topRows(2 * h).array().logistic();
    gates.middleRows(2 * h, h) = gates.middleRows(2 * h, h).array().tanh();
    gates.bottomRows(h) = gates.bottomRows(h).array().logistic();
    auto cell = trace.cell.middleCols(static_cast<Eigen::Index>(t) * batch, batch);
    auto cell_tanh = trace.cell_tanh.middleCols(static_cast<Eigen::Index>(t) * batch, batch);
    auto output = trace.output.middleCols(static_cast<Eigen::Index>(t) * batch, batch);
    cell = gates.middleRows(h, h).cwiseProduct(previous_cell) +
           gates.topRows(h).cwiseProduct(gates.middleRows(2 * h, h));
    for (int b = 0; b < batch; ++b)
      if (t >= lengths[static_cast<std::size_t>(b)]) cell.col(b).setZero();
    cell_tanh = cell.array().tanh();
    output = gates.bottomRows(h).cwiseProduct(cell_tanh);
    previous_output = output;
    previous_cell = cell;
  }
}

void lstm_backward(const LstmDirection& d, const Matrix& x, const std::vector<int>& lengths,
                   const LstmTrace& trace, const Matrix& output_gradient, LstmDirection& gradient,
                   Matrix& dx) {
  const int batch = static_cast<int>(lengths.size());
  const int steps = static_cast<int>(x.cols()) / batch;
  const int h = d.hidden_size();
  Matrix gate_gradient(4 * h, x.cols());
  Matrix previous_outputs = Matrix::Zero(h, x.cols());  // h of the step before, per column
  Matrix next_output_gradient = Matrix::Zero(h, batch);
  Matrix next_cell_gradient = Matrix::Zero(h, batch);
  Matrix dh(h, batch), dc(h, batch);
  for (int s = steps - 1; s >= 0; --s) {
    const int t = position_of(s, steps, d.reverse);
    const Eigen::Index col = static_cast<Eigen::Index>(t) * batch;
    auto gates = trace.gates.middleCols(col, batch);
    auto input_gate = gates.topRows(h).array();
    auto forget_gate = gates.middleRows(h, h).array();
    auto cell_gate = gates.middleRows(2 * h, h).array();
    auto output_gate = gates.bottomRows(h).array();
    auto cell_tanh = trace.cell_tanh.middleCols(col, batch).array();
    dh = output_gradient.middleCols(col, batch) + next_output_gradient;
    dc = next_cell_gradient;
    dc.array() += dh.array() * output_gate * (1.0f - cell_tanh.square());
    auto dg = gate_gradient.middleCols(col, batch);
    if (s > 0) {
      const Eigen::Index previous_col =
          static_cast<Eigen::Index>(position_of(s - 1, steps, d.reverse)) * batch;
      auto previous_cell = trace.cell.middleCols(previous_col, batch).array();
      dg.middleRows(h, h) = (dc.array() * previous_cell * forget_gate * (1.0f - forget_gate));
      previous_outputs.middleCols(col, batch) = trace.output.middleCols(previous_col, batch);
    } else {
      dg.middleRows(h, h).setZero();
    }
    dg.topRows(h) = dc.array() * cell_gate * input_gate * (1.0f - input_gate);
    dg.middleRows(2 * h, h) = dc.array() * input_gate * (1.0f - cell_gate.square());
    dg.bottomRows(h) = dh.array() * cell_tanh * output_gate * (1.0f - output_gate);
    next_cell_gradient = dc.array() * forget_gate;
    for (int b = 0; b < batch; ++b)
      if (t >= lengths[static_cast<std::size_t>(b)]) {
        dg.col(b).setZero();
        next_cell_gradient.col(b).setZero();
      }
    next_output_gradient.noalias() = d.recurrent_weight.transpose() * dg;
  }
  gradient.recurrent_weight.noalias() += gate_gradient * previous_outputs.transpose();
  gradient.input_weight.noalias() += gate_gradient * x.transpose();
  gradient.bias += gate_gradient.rowwise().sum();
  dx.noalias() = d.input_weight.transpose() * gate_gradient;
}

void Adam::step(const std::vector<float*>& values, const std::vector<const float*>& gradients,
                const std::vector<std::size_t>& sizes) {
  if (first_.empty()) {
    for (std::size_t n : sizes) {
      first_.emplace_back(n, 0.0f);
      second_.emplace_back(n, 0.0f);
    }
  }
  ++steps_;
  const float correction1 = 1.0f - std::pow(beta1_, static_cast<float>(steps_));
  const float correction2 = 1.0f - std::pow(beta2_, static_cast<float>(steps_));
  const float rate = learning_rate_ * std::sqrt(correction2) / correction1;
  for (std::size_t k = 0; k < values.size(); ++k) {
    Eigen::Map<Eigen::ArrayXf> value(values[k], static_cast<Eigen::Index>(sizes[k]));
    Eigen::Map<const Eigen::ArrayXf> grad(gradients[k], static_cast<Eigen::Index>(sizes[k]));
    Eigen::Map<Eigen::ArrayXf> m(first_[k].data(), static_cast<Eigen::Index>(sizes[k]));
    Eigen::Map<Eigen::ArrayXf> v(second_[k].data(), static_cast<Eigen::Index>(sizes[k]));
    m = beta1_ * m + (1.0f - beta1_) * grad;
    v = beta2_ * v + (1.0f - beta2_) * grad.square();
    value -= rate * m / (v.sqrt() + epsilon_);
  }
}

}  // namespace trame::internal::neural
