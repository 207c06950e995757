// The best dependency tree over arc scores: the maximum spanning arborescence rooted at
// position 0 (Chu-Liu-Edmonds), with a single word under the root, as UD wants.
#pragma once

#include <vector>

#include "neural.h"

namespace trame::internal {

// scores(head, dependent), n × n, position 0 the root; -infinity forbids an arc. Returns
// the head of each position (heads[0] = -1) of the tree with the highest sum of scores in
// which exactly one word depends on the root.
std::vector<int> best_tree(const neural::Matrix& scores);

// The same without the single-root constraint (exposed for tests).
std::vector<int> maximum_spanning_tree(const neural::Matrix& scores);

}  // namespace trame::internal
