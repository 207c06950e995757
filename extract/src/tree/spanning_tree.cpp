#include "spanning_tree.h"

#include <algorithm>
#include <limits>

namespace trame::internal {
namespace {

using neural::Matrix;
constexpr float kNone = -std::numeric_limits<float>::infinity();

// A cycle among the heads, as its positions, or empty.
std::vector<int> find_cycle(const std::vector<int>& heads) {
  const int n = static_cast<int>(heads.size());
  std::vector<int> state(static_cast<std::size_t>(n), 0);  // 0 new, 1 on the current path, 2 done
  for (int start = 1; start < n; ++start) {
    if (state[static_cast<std::size_t>(start)]) continue;
    std::vector<int> path;
    int v = start;
    while (v > 0 && state[static_cast<std::size_t>(v)] == 0) {
      state[static_cast<std::size_t>(v)] = 1;
      path.push_back(v);
      v = heads[static_cast<std::size_t>(v)];
    }
    if (v > 0 && state[static_cast<std::size_t>(v)] == 1) {
      auto at = std::find(path.begin(), path.end(), v);
      std::vector<int> cycle(at, path.end());
      return cycle;
    }
    for (int p : path) state[static_cast<std::size_t>(p)] = 2;
  }
  return {};
}

std::vector<int> chu_liu_edmonds(const Matrix& scores) {
  const int n = static_cast<int>(scores.rows());
  std::vector<int> heads(static_cast<std::size_t>(n), -1);
  for (int d = 1; d < n; ++d) {
    int best = -1;
    float best_score = kNone;
    for (int h = 0; h < n; ++h)
      if (h != d && (best < 0 || scores(h, d) > best_score)) {
        best = h;
        best_score = scores(h, d);
      }
    heads[static_cast<std::size_t>(d)] = best;
  }
  std::vector<int> cycle = find_cycle(heads);
  if (cycle.empty()) return heads;

  // Contract the cycle into one node, the last of the new graph.
  std::vector<bool> in_cycle(static_cast<std::size_t>(n), false);
  for (int v : cycle) in_cycle[static_cast<std::size_t>(v)] = true;
  std::vector<int> outside;  // old index of each new node but the last
  std::vector<int> new_index(static_cast<std::size_t>(n), -1);
  for (int v = 0; v < n; ++v)
    if (!in_cycle[static_cast<std::size_t>(v)]) {
      new_index[static_cast<std::size_t>(v)] = static_cast<int>(outside.size());
      outside.push_back(v);
    }
  const int m = static_cast<int>(outside.size()) + 1;
  const int c = m - 1;
  Matrix contracted = Matrix::Constant(m, m, kNone);
  std::vector<int> enters_at(static_cast<std::size_t>(m), -1);    // cycle node entered from u
  std::vector<int> leaves_from(static_cast<std::size_t>(m), -1);  // cycle node heading w
  for (int i = 0; i < c; ++i) {
    const int u = outside[static_cast<std::size_t>(i)];
    for (int j = 0; j < c; ++j)
      if (i != j) contracted(i, j) = scores(u, outside[static_cast<std::size_t>(j)]);
    // u -> cycle: enter at the node whose cycle arc costs least to give up.
    float best = kNone;
    for (int v : cycle) {
      float s = scores(u, v) - scores(heads[static_cast<std::size_t>(v)], v);
      if (enters_at[static_cast<std::size_t>(i)] < 0 || s > best) {
        best = s;
        enters_at[static_cast<std::size_t>(i)] = v;
      }
    }
    contracted(i, c) = best;
    // cycle -> u
    float best_out = kNone;
    for (int v : cycle)
      if (leaves_from[static_cast<std::size_t>(i)] < 0 || scores(v, u) > best_out) {
        best_out = scores(v, u);
        leaves_from[static_cast<std::size_t>(i)] = v;
      }
    contracted(c, i) = best_out;
  }
  std::vector<int> contracted_heads = chu_liu_edmonds(contracted);

  std::vector<int> result = heads;  // cycle nodes keep their cycle heads but one
  for (int i = 1; i < c; ++i) {
    const int h = contracted_heads[static_cast<std::size_t>(i)];
    const int u = outside[static_cast<std::size_t>(i)];
    result[static_cast<std::size_t>(u)] =
        h == c ? leaves_from[static_cast<std::size_t>(i)] : outside[static_cast<std::size_t>(h)];
  }
  const int entering = contracted_heads[static_cast<std::size_t>(c)];
  const int v = enters_at[static_cast<std::size_t>(entering)];
  result[static_cast<std::size_t>(v)] = outside[static_cast<std::size_t>(entering)];
  return result;
}

double tree_score(const Matrix& scores, const std::vector<int>& heads) {
  double total = 0;
  for (std::size_t d = 1; d < heads.size(); ++d)
    total += scores(heads[d], static_cast<Eigen::Index>(d));
  return total;
}

}  // namespace

std::vector<int> maximum_spanning_tree(const Matrix& scores) {
  Matrix s = scores;
  s.col(0).setConstant(kNone);
  s.diagonal().setConstant(kNone);
  // Forbidden arcs stay possible, at a great cost, so that a tree always exists.
  s = s.unaryExpr([](float x) { return std::isinf(x) ? -1e6f : x; });
  return chu_liu_edmonds(s);
}

std::vector<int> best_tree(const Matrix& scores) {
  const int n = static_cast<int>(scores.rows());
  std::vector<int> heads = maximum_spanning_tree(scores);
  if (n <= 2) return heads;
  std::vector<int> root_children;
  for (int d = 1; d < n; ++d)
    if (heads[static_cast<std::size_t>(d)] == 0) root_children.push_back(d);
  if (root_children.size() == 1) return heads;
  // Several words under the root: try each of them as the only one, and keep the best tree.
  std::vector<int> best;
  double best_score = 0;
  for (int r : root_children) {
    Matrix s = scores;
    for (int d = 1; d < n; ++d)
      if (d != r) s(0, d) = kNone;
    std::vector<int> candidate = maximum_spanning_tree(s);
    double total = tree_score(scores, candidate);
    if (best.empty() || total > best_score) {
      best = std::move(candidate);
      best_score = total;
    }
  }
  return best;
}

}  // namespace trame::internal
