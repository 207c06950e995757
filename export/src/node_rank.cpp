// PageRank with Boost.Graph over the statements taken both ways (selection.h says why).
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/page_rank.hpp>

#include "graph_view.h"
#include "trame/export/selection.h"

namespace trame {

std::unordered_map<std::string, double> rank_nodes(const Subgraph& graph) {
  export_detail::GraphView view = export_detail::make_view(graph);
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  Graph g(view.nodes.size());
  for (const Statement& st : view.statements) {
    std::size_t s = view.node_index.at(st.subject.id), o = view.node_index.at(st.object.id);
    if (s == o) continue;  // a statement about itself says nothing about its rank
    boost::add_edge(s, o, g);
    boost::add_edge(o, s, g);
  }
  std::vector<double> rank(view.nodes.size(), 0.0);
  if (!rank.empty())
    boost::graph::page_rank(
        g, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, g)),
        boost::graph::n_iterations(50));
  double total = 0;
  for (double r : rank) total += r;
  std::unordered_map<std::string, double> out;
  for (std::size_t i = 0; i < view.nodes.size(); ++i)
    out[view.nodes[i].id] = total > 0 ? rank[i] / total : 0.0;
  return out;
}

}  // namespace trame
