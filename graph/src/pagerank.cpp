#include "pagerank.h"

#include <cmath>

namespace trame::graph {

std::vector<double> pagerank(std::size_t n,
                             const std::vector<std::pair<std::uint32_t, std::uint32_t>>& links,
                             double damping, int max_iterations, double tolerance) {
  if (n == 0) return {};
  std::vector<std::uint32_t> out_degree(n, 0);
  for (auto [from, to] : links) ++out_degree[from];
  std::vector<double> rank(n, 1.0 / static_cast<double>(n)), next(n);
  for (int iteration = 0; iteration < max_iterations; ++iteration) {
    double dangling = 0;
    for (std::size_t v = 0; v < n; ++v)
      if (out_degree[v] == 0) dangling += rank[v];
    double base = (1.0 - damping + damping * dangling) / static_cast<double>(n);
    std::fill(next.begin(), next.end(), base);
    for (auto [from, to] : links) next[to] += damping * rank[from] / out_degree[from];
    double change = 0;
    for (std::size_t v = 0; v < n; ++v) change += std::fabs(next[v] - rank[v]);
    rank.swap(next);
    if (change < tolerance) break;
  }
  return rank;
}

}  // namespace trame::graph
