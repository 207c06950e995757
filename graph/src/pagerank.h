// PageRank by power iteration over an edge list; shared by KnowledgeGraph and Subgraph.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace trame::graph {

// `links` are (from, to) vertex indexes below `vertex_count`. Rank that a vertex without
// outgoing links would lose is spread over every vertex, so the ranks always sum to 1.
std::vector<double> pagerank(std::size_t vertex_count,
                             const std::vector<std::pair<std::uint32_t, std::uint32_t>>& links,
                             double damping = 0.85, int max_iterations = 100,
                             double tolerance = 1e-10);

}  // namespace trame::graph
