#include "trame/export/selection.h"

#include <algorithm>
#include <deque>
#include <unordered_set>

#include "graph_view.h"
#include "trame/store/document_name.h"

namespace trame {
namespace {

using export_detail::GraphView;
using export_detail::make_view;

// Statements within `depth` steps of `start`, breadth first.
std::vector<Statement> around(const GraphView& view, const std::string& start, int depth,
                              Direction direction) {
  std::unordered_map<std::string, std::vector<std::size_t>> out_edges, in_edges;
  for (std::size_t i = 0; i < view.statements.size(); ++i) {
    out_edges[view.statements[i].subject.id].push_back(i);
    in_edges[view.statements[i].object.id].push_back(i);
  }
  std::unordered_set<std::string> reached = {start};
  std::vector<bool> kept(view.statements.size(), false);
  std::vector<std::string> frontier = {start};
  for (int step = 0; step < depth && !frontier.empty(); ++step) {
    std::vector<std::string> next;
    auto follow = [&](const std::vector<std::size_t>& edges, bool outgoing) {
      for (std::size_t i : edges) {
        kept[i] = true;
        const Statement& st = view.statements[i];
        const std::string& other = outgoing ? st.object.id : st.subject.id;
        if (reached.insert(other).second) next.push_back(other);
      }
    };
    for (const std::string& id : frontier) {
      if (direction != Direction::In)
        if (auto it = out_edges.find(id); it != out_edges.end()) follow(it->second, true);
      if (direction != Direction::Out)
        if (auto it = in_edges.find(id); it != in_edges.end()) follow(it->second, false);
    }
    frontier = std::move(next);
  }
  std::vector<Statement> out;
  for (std::size_t i = 0; i < kept.size(); ++i)
    if (kept[i]) out.push_back(view.statements[i]);
  return out;
}

bool relation_matches(const Relation& relation, const std::vector<std::string>& keys) {
  std::string lemma = name_key(relation.lemma), text = name_key(relation.text);
  return std::any_of(keys.begin(), keys.end(),
                     [&](const std::string& k) { return k == lemma || k == text; });
}

}  // namespace

std::optional<NodeRecord> find_node(const Subgraph& graph, const std::string& name) {
  GraphView view = make_view(graph);
  std::string key = name_key(name);
  for (const NodeRecord& n : view.nodes)
    if (name_key(n.name) == key) return n;
  for (const NodeRecord& n : view.nodes)
    for (const std::string& alias : n.aliases)
      if (name_key(alias) == key) return n;
  return std::nullopt;
}

Subgraph select(const Subgraph& graph, const Selection& selection,
                const std::unordered_map<std::string, double>* ranks) {
  GraphView view = make_view(graph);
  std::vector<Statement> statements = view.statements;
  std::optional<NodeRecord> focus;
  if (!selection.entity.empty()) {
    focus = find_node(graph, selection.entity);
    if (!focus) throw SelectionError("no entity named \"" + selection.entity + "\"");
    statements = around(view, focus->id, selection.depth, selection.direction);
  }

  std::vector<std::string> relation_keys;
  for (const std::string& r : selection.relations) relation_keys.push_back(name_key(r));
  std::vector<Statement> filtered;
  for (Statement& st : statements) {
    if (!relation_keys.empty() && !relation_matches(st.relation, relation_keys)) continue;
    if (!selection.types.empty()) {
      auto typed = [&](const Entity& e) {
        return std::find(selection.types.begin(), selection.types.end(), view.node(e.id).type) !=
               selection.types.end();
      };
      if (!typed(st.subject) || !typed(st.object)) continue;
    }
    if (!selection.docs.empty()) {
      std::erase_if(st.sources, [&](const Source& s) {
        return std::none_of(selection.docs.begin(), selection.docs.end(),
                            [&](const std::string& d) { return names_document(s.doc, d); });
      });
      if (st.sources.empty()) continue;
    }
    if (st.sources.size() < selection.min_sources) continue;
    filtered.push_back(std::move(st));
  }

  if (selection.top > 0) {
    Subgraph remaining{{}, filtered};
    std::unordered_map<std::string, double> own;
    if (!ranks) {
      own = rank_nodes(remaining);
      ranks = &own;
    }
    std::vector<std::string> ids;
    std::unordered_set<std::string> seen;
    for (const Statement& st : filtered)
      for (const std::string* id : {&st.subject.id, &st.object.id})
        if (seen.insert(*id).second) ids.push_back(*id);
    auto rank = [&](const std::string& id) {
      auto it = ranks->find(id);
      return it == ranks->end() ? 0.0 : it->second;
    };
    // Highest rank first; ties keep the order nodes were met in, so results are stable.
    std::stable_sort(ids.begin(), ids.end(),
                     [&](const std::string& a, const std::string& b) { return rank(a) > rank(b); });
    if (ids.size() > selection.top) ids.resize(selection.top);
    std::unordered_set<std::string> top(ids.begin(), ids.end());
    std::erase_if(filtered, [&](const Statement& st) {
      return !top.count(st.subject.id) || !top.count(st.object.id);
    });
  }

  Subgraph out;
  std::unordered_set<std::string> wanted;
  if (focus) wanted.insert(focus->id);
  for (const Statement& st : filtered) {
    wanted.insert(st.subject.id);
    wanted.insert(st.object.id);
    if (st.attribution) wanted.insert(st.attribution->id);
  }
  for (const NodeRecord& n : view.nodes)
    if (wanted.count(n.id)) out.nodes.push_back(n);
  out.statements = std::move(filtered);
  return out;
}

}  // namespace trame
