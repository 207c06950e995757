#include "graph_view.h"

#include <cstdint>
#include <stdexcept>

#include "trame/extract/statement_json.h"

namespace trame::export_detail {
namespace {

void add_entity(GraphView& view, const Entity& entity) {
  if (view.node_index.count(entity.id)) return;
  view.node_index.emplace(entity.id, view.nodes.size());
  NodeRecord node;
  node.id = entity.id;
  node.name = entity.name;
  node.type = entity.type;
  node.aliases = entity.aliases;
  view.nodes.push_back(std::move(node));
}

void add_source(Statement& statement, const Source& source) {
  for (const Source& s : statement.sources)
    if (s == source) return;
  statement.sources.push_back(source);
}

}  // namespace

const NodeRecord& GraphView::node(std::string_view id) const {
  auto it = node_index.find(std::string(id));
  if (it == node_index.end()) throw std::logic_error("graph view: no node " + std::string(id));
  return nodes[it->second];
}

bool GraphView::has_node(std::string_view id) const {
  return node_index.count(std::string(id)) != 0;
}

std::string statement_identity(const Statement& statement) {
  nlohmann::json j = to_json(statement);
  j.erase("sources");
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string statement_hash(const Statement& statement) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : statement_identity(statement)) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[i] = kHex[h & 0xF];
  return out;
}

GraphView make_view(const Subgraph& graph) {
  GraphView view;
  for (const NodeRecord& n : graph.nodes) {
    if (view.node_index.count(n.id)) continue;
    view.node_index.emplace(n.id, view.nodes.size());
    view.nodes.push_back(n);
  }
  std::unordered_map<std::string, std::size_t> seen;
  for (const Statement& st : graph.statements) {
    add_entity(view, st.subject);
    add_entity(view, st.object);
    if (st.attribution) add_entity(view, *st.attribution);
    auto [it, fresh] = seen.emplace(statement_identity(st), view.statements.size());
    if (fresh) {
      view.statements.push_back(st);
      view.statements.back().sources.clear();
    }
    Statement& merged = view.statements[it->second];
    for (const Source& s : st.sources) add_source(merged, s);
  }
  return view;
}

}  // namespace trame::export_detail
