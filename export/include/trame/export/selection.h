// Choosing what to draw or write: the part of a subgraph around an entity, and filters by
// relation, type, number of sources, PageRank and document.
#pragma once

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "trame/graph/knowledge_graph.h"

namespace trame {

struct Selection {
  // Keep the statements within `depth` steps of this entity, found by any of its names (case
  // and accents ignored). Empty: the whole subgraph.
  std::string entity;
  int depth = 1;
  Direction direction = Direction::Both;

  // Keep statements whose relation lemma or text is one of these (case and accents ignored).
  std::vector<std::string> relations;
  // Keep statements whose subject and object both have one of these types.
  std::vector<EntityType> types;
  // Keep only the sources read in one of these documents (the path as stored, or its last
  // components: "port.txt" matches "examples/port.txt"; names_document in
  // trame/store/document_name.h), and the statements left with any.
  std::vector<std::string> docs;
  // Keep statements read at least this many times (after `docs` dropped sources).
  std::size_t min_sources = 0;
  // Keep the statements between the `top` highest-ranked nodes (PageRank; 0: no limit).
  std::size_t top = 0;
};

// An entity name that matches no node of the subgraph.
class SelectionError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Applies the selection in the order the fields are listed: entity and depth, then the
// statement filters, then `top` ranked over what is left. The result holds the kept statements
// and the nodes they mention (plus the entity asked for, even when nothing else is left).
// `ranks` (node id -> score) replaces the PageRank computed by rank_nodes, for a caller that
// has one over a larger graph. Throws SelectionError.
Subgraph select(const Subgraph& graph, const Selection& selection,
                const std::unordered_map<std::string, double>* ranks = nullptr);

// PageRank of every node, computed with Boost.Graph over the statements taken in both
// directions (a statement links its two entities whichever is the subject, so the subjects of
// many statements rank as high as their objects); node id -> score, scores summing to 1.
std::unordered_map<std::string, double> rank_nodes(const Subgraph& graph);

// The node a name stands for in `graph` (canonical name or alias, case and accents ignored).
std::optional<NodeRecord> find_node(const Subgraph& graph, const std::string& name);

}  // namespace trame
