#include "trame/graph/knowledge_graph.h"

#include <algorithm>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/range/iterator_range.hpp>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "pagerank.h"

namespace trame {
namespace {

// Each statement is stored twice in the CSR graph, once each way, so that a traversal
// "in either direction" is a plain traversal; the arc says which way it runs.
struct Arc {
  std::uint32_t code = 0;  // statement index * 2 + 1 when followed object -> subject
};

using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, Arc,
                                               boost::no_property, std::uint32_t, std::uint32_t>;
using Vertex = boost::graph_traits<Csr>::vertex_descriptor;

struct KeyHash {
  std::size_t operator()(const StatementKey& k) const {
    std::size_t h;
    std::memcpy(&h, k.bytes.data(), sizeof h);
    return h;
  }
};

bool follows(Direction direction, bool reversed) {
  return direction == Direction::Both || (direction == Direction::In) == reversed;
}

}  // namespace

struct KnowledgeGraph::Impl {
  const StatementStore* store = nullptr;
  std::vector<EdgeRef> edges;
  std::vector<NodeNumber> vertex_node;
  std::unordered_map<NodeNumber, std::uint32_t> node_vertex;
  Csr csr;

  std::uint32_t vertex_of(NodeNumber n) {
    auto [it, fresh] = node_vertex.try_emplace(n, static_cast<std::uint32_t>(vertex_node.size()));
    if (fresh) vertex_node.push_back(n);
    return it->second;
  }

  void build() {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
    std::vector<Arc> codes;
    arcs.reserve(edges.size() * 2);
    codes.reserve(edges.size() * 2);
    for (std::uint32_t i = 0; i < edges.size(); ++i) {
      std::uint32_t s = vertex_of(edges[i].subject), o = vertex_of(edges[i].object);
      arcs.emplace_back(s, o);
      codes.push_back({i * 2});
      arcs.emplace_back(o, s);
      codes.push_back({i * 2 + 1});
    }
    csr = Csr(boost::edges_are_unsorted_multi_pass, arcs.begin(), arcs.end(), codes.begin(),
              vertex_node.size());
  }

  std::optional<std::uint32_t> vertex_by_id(std::string_view id) const {
    auto rec = store->node(id);
    if (!rec) rec = store->find_node(id);
    if (!rec) return std::nullopt;
    auto it = node_vertex.find(rec->number);
    if (it == node_vertex.end()) return std::nullopt;
    return it->second;
  }
};

KnowledgeGraph::KnowledgeGraph(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph::~KnowledgeGraph() = default;

KnowledgeGraph KnowledgeGraph::load(const StatementStore& store) {
  auto impl = std::make_unique<Impl>();
  impl->store = &store;
  store.for_each_edge([&](const EdgeRef& e) { impl->edges.push_back(e); });
  impl->edges.shrink_to_fit();
  impl->build();
  return KnowledgeGraph(std::move(impl));
}

KnowledgeGraph KnowledgeGraph::around(const StatementStore& store, std::string_view node_id,
                                      int depth, Direction direction) {
  NeighbourQuery query;
  query.depth = depth;
  query.direction = direction;
  return around(store, node_id, query);
}

KnowledgeGraph KnowledgeGraph::around(const StatementStore& store, std::string_view node_id,
                                      const NeighbourQuery& query) {
  auto impl = std::make_unique<Impl>();
  impl->store = &store;
  auto start = store.node(node_id);
  if (!start) start = store.find_node(node_id);
  if (start) {
    std::optional<LemmaNumber> lemma;
    bool possible = true;
    if (query.relation) {
      lemma = store.lemma_number(*query.relation);
      possible = lemma.has_value();
    }
    impl->vertex_of(start->number);
    std::unordered_set<StatementKey, KeyHash> seen;
    std::unordered_set<NodeNumber> visited{start->number};
    std::vector<NodeNumber> frontier{start->number};
    for (int d = 0; possible && d < query.depth && !frontier.empty(); ++d) {
      std::vector<NodeNumber> next;
      for (NodeNumber n : frontier) {
        for (const EdgeRef& e : store.edges_of(n, query.direction, lemma)) {
          NodeNumber other = e.subject == n ? e.object : e.subject;
          if (query.type) {
            auto rec = store.node(other);
            if (!rec || rec->type != *query.type) continue;
          }
          if (seen.insert(e.key).second) impl->edges.push_back(e);
          if (visited.insert(other).second) next.push_back(other);
        }
      }
      frontier.swap(next);
    }
  }
  impl->build();
  return KnowledgeGraph(std::move(impl));
}

std::size_t KnowledgeGraph::node_count() const { return impl_->vertex_node.size(); }
std::size_t KnowledgeGraph::statement_count() const { return impl_->edges.size(); }

std::vector<Neighbour> KnowledgeGraph::neighbours(std::string_view node_id,
                                                  const NeighbourQuery& query) const {
  std::vector<Neighbour> out;
  auto start = impl_->vertex_by_id(node_id);
  if (!start) return out;
  const StatementStore& store = *impl_->store;
  std::optional<LemmaNumber> lemma;
  if (query.relation) {
    lemma = store.lemma_number(*query.relation);
    if (!lemma) return out;
  }
  struct Found {
    std::uint32_t edge;
    int depth;
    std::size_t sources;
  };
  std::vector<Found> found;
  std::vector<bool> seen_edge(impl_->edges.size(), false);
  std::unordered_set<std::uint32_t> visited{*start};
  std::vector<std::uint32_t> frontier{*start};
  for (int d = 1; d <= query.depth && !frontier.empty(); ++d) {
    std::vector<std::uint32_t> next;
    for (std::uint32_t v : frontier) {
      for (auto arc : boost::make_iterator_range(boost::out_edges(v, impl_->csr))) {
        std::uint32_t code = impl_->csr[arc].code;
        if (!follows(query.direction, code & 1)) continue;
        const EdgeRef& e = impl_->edges[code >> 1];
        if (lemma && e.lemma != *lemma) continue;
        std::uint32_t target = static_cast<std::uint32_t>(boost::target(arc, impl_->csr));
        if (query.type) {
          auto rec = store.node(impl_->vertex_node[target]);
          if (!rec || rec->type != *query.type) continue;
        }
        if (!seen_edge[code >> 1]) {
          seen_edge[code >> 1] = true;
          found.push_back({code >> 1, d, 0});
        }
        if (visited.insert(target).second) next.push_back(target);
      }
    }
    frontier.swap(next);
    if (query.limit && found.size() >= query.limit) break;
  }
  // Within a depth, the statements read most often first. Counting sources costs a seek a
  // statement, so it is done only when the limit leaves some out; otherwise the statements
  // are read in full and ordered by what they hold.
  auto by_depth_then_sources = [](const auto& x, const auto& y) {
    if (x.depth != y.depth) return x.depth < y.depth;
    return x.sources > y.sources;
  };
  if (query.limit && found.size() > query.limit) {
    for (Found& f : found) f.sources = store.source_count(impl_->edges[f.edge].key);
    std::stable_sort(found.begin(), found.end(), by_depth_then_sources);
    found.resize(query.limit);
  }
  for (const Found& f : found) out.push_back({store.statement(impl_->edges[f.edge].key), f.depth});
  std::stable_sort(out.begin(), out.end(), [](const Neighbour& x, const Neighbour& y) {
    if (x.depth != y.depth) return x.depth < y.depth;
    return x.statement.sources.size() > y.statement.sources.size();
  });
  return out;
}

std::vector<Statement> KnowledgeGraph::neighbours(std::string_view node_id, int depth,
                                                  Direction direction) const {
  NeighbourQuery query;
  query.depth = depth;
  query.direction = direction;
  std::vector<Statement> out;
  for (Neighbour& n : neighbours(node_id, query)) out.push_back(std::move(n.statement));
  return out;
}

std::optional<std::vector<Statement>> KnowledgeGraph::shortest_path(std::string_view from_id,
                                                                    std::string_view to_id) const {
  auto from = impl_->vertex_by_id(from_id);
  auto to = impl_->vertex_by_id(to_id);
  if (!from || !to) return std::nullopt;
  if (*from == *to) return std::vector<Statement>{};
  const Csr& g = impl_->csr;
  constexpr std::uint32_t kNone = UINT32_MAX;
  std::vector<std::uint32_t> via(boost::num_vertices(g), kNone);  // arc code reaching a vertex
  struct Reached {};
  struct Recorder : boost::default_bfs_visitor {
    std::vector<std::uint32_t>* via;
    Vertex goal;
    void tree_edge(boost::graph_traits<Csr>::edge_descriptor e, const Csr& g) const {
      (*via)[boost::target(e, g)] = g[e].code;
      if (boost::target(e, g) == goal) throw Reached{};
    }
  };
  Recorder recorder;
  recorder.via = &via;
  recorder.goal = *to;
  try {
    boost::breadth_first_search(g, *from, boost::visitor(recorder));
    return std::nullopt;
  } catch (const Reached&) {
  }
  std::vector<Statement> chain;
  for (std::uint32_t v = *to; v != *from;) {
    std::uint32_t code = via[v];
    const EdgeRef& e = impl_->edges[code >> 1];
    chain.push_back(impl_->store->statement(e.key));
    NodeNumber previous = (code & 1) ? e.object : e.subject;
    v = impl_->node_vertex.at(previous);
  }
  std::reverse(chain.begin(), chain.end());
  return chain;
}

std::vector<NodeRecord> KnowledgeGraph::nodes() const {
  std::vector<NodeRecord> out;
  out.reserve(impl_->vertex_node.size());
  for (NodeNumber n : impl_->vertex_node) {
    auto rec = impl_->store->node(n);
    if (!rec) {
      rec.emplace();
      rec->number = n;
      rec->id = rec->name = "node-" + std::to_string(n);
    }
    out.push_back(std::move(*rec));
  }
  return out;
}

std::vector<double> KnowledgeGraph::pagerank() const {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> links;
  links.reserve(impl_->edges.size());
  for (const EdgeRef& e : impl_->edges)
    links.emplace_back(impl_->node_vertex.at(e.subject), impl_->node_vertex.at(e.object));
  return graph::pagerank(impl_->vertex_node.size(), links);
}

Subgraph KnowledgeGraph::subgraph() const {
  Subgraph out;
  out.nodes = nodes();
  out.statements.reserve(impl_->edges.size());
  for (const EdgeRef& e : impl_->edges) out.statements.push_back(impl_->store->statement(e.key));
  return out;
}

std::vector<double> pagerank(const Subgraph& graph) {
  std::unordered_map<std::string, std::uint32_t> index;
  for (std::uint32_t i = 0; i < graph.nodes.size(); ++i) index.emplace(graph.nodes[i].id, i);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> links;
  for (const Statement& st : graph.statements) {
    auto s = index.find(st.subject.id), o = index.find(st.object.id);
    if (s != index.end() && o != index.end()) links.emplace_back(s->second, o->second);
  }
  return graph::pagerank(graph.nodes.size(), links);
}

}  // namespace trame
