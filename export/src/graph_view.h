// What every writer works from: the subgraph with identical statements merged and a node
// record for every entity a statement mentions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "trame/graph/knowledge_graph.h"

namespace trame::export_detail {

struct GraphView {
  // Nodes in the subgraph's order, then any entity the statements mention that the node list
  // lacked (built from the statement's own Entity), each id once.
  std::vector<NodeRecord> nodes;
  // Statements in first-seen order; statements equal in all but their sources are one, with
  // the union of their sources (each place once).
  std::vector<Statement> statements;

  const NodeRecord& node(std::string_view id) const;
  bool has_node(std::string_view id) const;

  std::unordered_map<std::string, std::size_t> node_index;
};

GraphView make_view(const Subgraph& graph);

// What makes two statements the same statement: everything but their sources, as text.
std::string statement_identity(const Statement& statement);
// A short name for a statement, stable from one export to the next: 16 hex digits of the
// 64-bit FNV-1a hash of its identity.
std::string statement_hash(const Statement& statement);

}  // namespace trame::export_detail
