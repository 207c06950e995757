// The knowledge graph: nodes and statements taken from the store into a Boost.Graph, for
// traversal (neighbourhoods, shortest chains) and ranking.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "trame/store/statement_store.h"

namespace trame {

// A self-contained piece of the graph: the statements and every node they mention.
// What the exporters draw and write.
struct Subgraph {
  std::vector<NodeRecord> nodes;
  std::vector<Statement> statements;
};

class KnowledgeGraph {
 public:
  // The whole store.
  static KnowledgeGraph load(const StatementStore& store);
  // The statements within `depth` hops of a node, fetched through the store's indexes.
  static KnowledgeGraph around(const StatementStore& store, std::string_view node_id,
                               int depth, Direction direction);

  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;
  ~KnowledgeGraph();

  std::size_t node_count() const;
  std::size_t statement_count() const;

  // Statements reachable from `node_id` in at most `depth` steps, nearest first.
  std::vector<Statement> neighbours(std::string_view node_id, int depth, Direction direction) const;

  // The shortest chain of statements linking two nodes (edges followed in either
  // direction), or nullopt when they are not connected.
  std::optional<std::vector<Statement>> shortest_path(std::string_view from_id,
                                                      std::string_view to_id) const;

  Subgraph subgraph() const;

 private:
  struct Impl;
  explicit KnowledgeGraph(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace trame
