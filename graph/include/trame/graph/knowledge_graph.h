// The knowledge graph: nodes and statements taken from the store into a Boost.Graph, for
// traversal (neighbourhoods, shortest chains) and ranking.
//
// The graph holds only the structure (node numbers and 28-byte index entries, in a
// compressed sparse row graph), so that the whole of a 10M-statement store fits in well
// under 2 GB; statements are read back from the store when an answer is given. The store
// must outlive every graph built from it.
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

// PageRank of each node of `graph` (same order as graph.nodes; they sum to 1), statements
// read as links from subject to object.
std::vector<double> pagerank(const Subgraph& graph);

// What a neighbourhood query follows.
struct NeighbourQuery {
  int depth = 1;
  Direction direction = Direction::Both;
  std::optional<std::string> relation;  // only statements with this relation lemma
  std::optional<EntityType> type;       // only statements leading to a node of this type
  std::size_t limit = 0;                // at most this many statements (0: all)
};

// A statement found by a neighbourhood query, and how many steps from the start it lies.
struct Neighbour {
  Statement statement;
  int depth = 1;
};

class KnowledgeGraph {
 public:
  // The whole store.
  static KnowledgeGraph load(const StatementStore& store);
  // The statements within `depth` hops of a node, fetched through the store's indexes.
  static KnowledgeGraph around(const StatementStore& store, std::string_view node_id, int depth,
                               Direction direction);
  static KnowledgeGraph around(const StatementStore& store, std::string_view node_id,
                               const NeighbourQuery& query);

  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;
  ~KnowledgeGraph();

  std::size_t node_count() const;
  std::size_t statement_count() const;

  // Statements reachable from `node_id` in at most `depth` steps, nearest first.
  std::vector<Statement> neighbours(std::string_view node_id, int depth, Direction direction) const;
  // The same with filters; within one depth, the most often read statements come first.
  std::vector<Neighbour> neighbours(std::string_view node_id, const NeighbourQuery& query) const;

  // The shortest chain of statements linking two nodes (edges followed in either
  // direction), or nullopt when they are not connected.
  std::optional<std::vector<Statement>> shortest_path(std::string_view from_id,
                                                      std::string_view to_id) const;

  // The nodes of the graph, in the order pagerank() uses.
  std::vector<NodeRecord> nodes() const;
  // PageRank of every node, aligned with nodes().
  std::vector<double> pagerank() const;

  // Every node and statement, read in full from the store; nodes in nodes() order.
  Subgraph subgraph() const;

 private:
  struct Impl;
  explicit KnowledgeGraph(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace trame
