#include "diagram_builder.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "diagram_style.h"
#include "text.h"

namespace trame::export_detail {
namespace {

// Statements drawn as one edge.
struct EdgeGroup {
  const Statement* first = nullptr;
  std::map<std::string, int> texts;  // relation text -> how many statements used it
  std::vector<const Source*> sources;
  std::size_t statements = 0;

  // Times read: each distinct source once; a statement without sources still counts once.
  std::size_t readings() const { return std::max(sources.size(), statements); }
  std::string text() const {
    auto best = std::max_element(texts.begin(), texts.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
    return best == texts.end() ? std::string() : best->first;
  }
};

std::string group_key(const Statement& st) {
  std::string key = st.subject.id;
  for (const std::string* part : {&st.object.id, &st.relation.lemma}) (key += '\x1f') += *part;
  key += '\x1f';
  key += st.negated ? 'n' : 'y';
  key += static_cast<char>('0' + static_cast<int>(st.modality));
  if (st.attribution) (key += '\x1f') += st.attribution->id;
  return key;
}

std::vector<EdgeGroup> group_edges(const GraphView& view) {
  std::vector<EdgeGroup> groups;
  std::unordered_map<std::string, std::size_t> index;
  for (const Statement& st : view.statements) {
    auto [it, fresh] = index.emplace(group_key(st), groups.size());
    if (fresh) groups.push_back({&st, {}, {}, 0});
    EdgeGroup& g = groups[it->second];
    ++g.texts[st.relation.text];
    ++g.statements;
    for (const Source& s : st.sources)
      if (std::none_of(g.sources.begin(), g.sources.end(),
                       [&](const Source* o) { return *o == s; }))
        g.sources.push_back(&s);
  }
  return groups;
}

// Graphviz node names: the node id when it is plain (letters, digits, '_', '.', '-', ':'),
// else a made-up one. cgraph 2.42 writes a name ending in a backslash so that the file no
// longer parses, so ids with unusual characters never become names; labels carry the text.
class NodeNames {
 public:
  std::string name_for(const std::string& id) {
    bool plain = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-' ||
             c == ':';
    });
    return unique(plain ? id : std::string("n").append(std::to_string(++made_up_)));
  }
  std::string unique(std::string name) {
    std::string candidate = name;
    for (int n = 2; !used_.insert(candidate).second; ++n)
      candidate = name + "_" + std::to_string(n);
    return candidate;
  }

 private:
  std::unordered_set<std::string> used_;
  int made_up_ = 0;
};

std::string font(int point_size, std::string_view color, std::string_view body) {
  // Every label is wrapped in FONT: cgraph 2.42 keeps one copy of equal strings and an HTML
  // label equal to some plain string would lose its HTML flag; no plain string starts with '<'.
  std::string out = "<FONT POINT-SIZE=\"" + std::to_string(point_size) + "\"";
  if (!color.empty()) out += " COLOR=\"" + std::string(color) + "\"";
  out += ">";
  out += body;
  out += "</FONT>";
  return out;
}

std::string fixed(double value) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", value);
  return buf;
}

// The legend is one node whose label is an HTML-like table: a titled, boxed group that every
// layout engine keeps whole. A cluster would be drawn as a box only by dot (and by neato and
// fdp); sfdp, circo and twopi ignore clusters and scattered its items over the drawing.
// Tables cannot draw a node's shape, so a type shows as a cell in its colours (rounded or
// dashed like its nodes), and a line style as a cell edge drawn in that style.
std::string legend_table(const std::set<EntityType>& types, const std::set<EdgeKind>& kinds,
                         bool shows_counts) {
  std::string rows;
  for (EntityType type : types) {
    const NodeStyle& ns = node_style(type);
    // TD takes "rounded" and "dashed" but not "filled"; an ellipse is best told by rounding.
    std::string_view style = ns.style;
    bool rounded = style.find("rounded") != style.npos || std::string_view(ns.shape) == "ellipse";
    bool dashed = style.find("dashed") != style.npos;
    std::string cell_style = rounded && dashed ? "rounded,dashed"
                             : rounded         ? "rounded"
                             : dashed          ? "dashed"
                                               : "";
    std::string text = html_text(ns.legend);
    if (type == EntityType::Concept) text = "<I>" + text + "</I>";
    rows += "<TR><TD COLSPAN=\"2\" BORDER=\"1\" COLOR=\"" + std::string(ns.border) +
            "\" BGCOLOR=\"" + ns.fill + "\"" +
            (cell_style.empty() ? "" : " STYLE=\"" + cell_style + "\"") + ">" + font(9, "", text) +
            "</TD></TR>";
  }
  // A line sample: the bottom edge of a short cell, in the row's upper half so that it runs
  // level with the words beside it.
  auto sample = [&](const EdgeStyle& es, int width, const std::string& label) {
    rows +=
        "<TR><TD WIDTH=\"36\" HEIGHT=\"7\" FIXEDSIZE=\"TRUE\" CELLPADDING=\"0\" SIDES=\"B\" "
        "BORDER=\"" +
        std::to_string(width) + "\" COLOR=\"" + es.color + "\" STYLE=\"" + es.style +
        "\"></TD><TD ROWSPAN=\"2\" ALIGN=\"LEFT\">" + font(9, es.color, html_text(label)) +
        "</TD></TR><TR><TD WIDTH=\"36\" HEIGHT=\"7\" FIXEDSIZE=\"TRUE\" "
        "CELLPADDING=\"0\"></TD></TR>";
  };
  for (EdgeKind kind : kinds) {
    const EdgeStyle& es = edge_style(kind);
    sample(es, 1, es.legend);
  }
  if (shows_counts)
    sample(edge_style(EdgeKind::Asserted), 3,
           std::string(kCountMark.substr(1)) + "N: read N times");
  return "<TABLE BORDER=\"1\" STYLE=\"rounded\" COLOR=\"#9ca3af\" CELLBORDER=\"0\" "
         "CELLSPACING=\"3\" CELLPADDING=\"2\"><TR><TD COLSPAN=\"2\">" +
         font(10, "", "<B>Legend</B>") + "</TD></TR>" + rows + "</TABLE>";
}

void add_legend(Agraph_t* g, NodeNames& names, const std::set<EntityType>& types,
                const std::set<EdgeKind>& kinds, bool shows_counts) {
  std::string name = names.unique("legend");
  Agnode_t* legend = agnode(g, name.data(), 1);
  set(legend, "shape", "plain");  // the table draws the box
  set_html(legend, "label", legend_table(types, kinds, shows_counts));
}

}  // namespace

GraphPtr build_diagram(const GraphView& view, const ExportOptions& options) {
  GraphPtr graph = open_stream_graph("trame");
  Agraph_t* g = graph.get();
  const bool dot = options.layout == "dot";

  auto graph_attr = [&](const char* name, const char* value) {
    agattr(g, AGRAPH, const_cast<char*>(name), const_cast<char*>(value));
  };
  graph_attr("charset", "UTF-8");
  graph_attr("fontname", kFont);
  graph_attr("bgcolor", "white");
  graph_attr("pad", "0.3");
  graph_attr("outputorder", "edgesfirst");  // lines under the nodes, never across their labels
  if (dot) {
    graph_attr("rankdir", "LR");  // statements read left to right, subject to object
    graph_attr("nodesep", "0.35");
    graph_attr("ranksep", "0.7");
  } else {
    graph_attr("overlap", "false");
    graph_attr("sep", "+12");
    graph_attr("splines", "true");
    graph_attr("pack", "true");
  }
  if (!options.title.empty()) {
    set_html(g, "label", font(16, "", "<B>" + html_text(options.title) + "</B>"));
    graph_attr("labelloc", "t");
  }
  agattr(g, AGNODE, const_cast<char*>("fontname"), const_cast<char*>(kFont));
  agattr(g, AGNODE, const_cast<char*>("penwidth"), const_cast<char*>("1.4"));
  agattr(g, AGNODE, const_cast<char*>("margin"), const_cast<char*>("0.12,0.06"));
  agattr(g, AGEDGE, const_cast<char*>("fontname"), const_cast<char*>(kFont));
  agattr(g, AGEDGE, const_cast<char*>("arrowsize"), const_cast<char*>("0.7"));

  std::vector<EdgeGroup> groups = group_edges(view);
  std::unordered_map<std::string, std::size_t> degree;
  std::set<EdgeKind> kinds;
  bool shows_counts = false;
  for (const EdgeGroup& e : groups) {
    ++degree[e.first->subject.id];
    ++degree[e.first->object.id];
    kinds.insert(edge_kind(*e.first));
    shows_counts |= e.readings() > 1;
  }
  // A node that is only the attribution of statements is named on their labels ("selon
  // L'Écho des Pentes"); drawn too it would float about unconnected.
  std::unordered_set<std::string> attribution_only;
  for (const Statement& st : view.statements)
    if (st.attribution && !degree.count(st.attribution->id))
      attribution_only.insert(st.attribution->id);
  std::set<EntityType> types;
  for (const NodeRecord& record : view.nodes)
    if (!attribution_only.count(record.id)) types.insert(record.type);

  NodeNames names;
  // Made first, dot puts the legend at the foot of the first column, below the drawing.
  if (options.legend && !types.empty()) add_legend(g, names, types, kinds, shows_counts);

  std::unordered_map<std::string, Agnode_t*> nodes;
  for (const NodeRecord& record : view.nodes) {
    if (attribution_only.count(record.id)) continue;
    std::string name = names.name_for(record.id);
    Agnode_t* n = agnode(g, name.data(), 1);
    nodes[record.id] = n;
    const NodeStyle& ns = node_style(record.type);
    set(n, "shape", ns.shape);
    set(n, "style", ns.style);
    set(n, "fillcolor", ns.fill);
    set(n, "color", ns.border);
    // Hubs read first: the type size grows with the number of edges, 11 to 17 points.
    int size = 11 + static_cast<int>(std::min(6.0, 2.0 * std::log2(1.0 + degree[record.id])));
    std::string text = html_text(record.name);
    if (record.type == EntityType::Concept) text = "<I>" + text + "</I>";
    set_html(n, "label", font(size, "", text));
  }

  for (const EdgeGroup& group : groups) {
    const Statement& st = *group.first;
    const EdgeStyle& es = edge_style(edge_kind(st));
    Agedge_t* e = agedge(g, nodes.at(st.subject.id), nodes.at(st.object.id), nullptr, 1);
    std::size_t readings = group.readings();
    std::string label = html_text(group.text());
    if (st.negated) label = std::string(kNegationMark) + label;
    if (st.modality == Modality::Question) label += " ?";
    if (readings > 1) label += std::string(kCountMark) + std::to_string(readings);
    if (st.attribution) label += "<BR/>selon " + html_text(st.attribution->name);
    set_html(e, "label", font(10, es.color, label));
    set(e, "style", es.style);
    set(e, "color", es.color);
    double penwidth = std::min(6.0, 1.2 + 1.4 * std::log2(static_cast<double>(readings)));
    set(e, "penwidth", fixed(penwidth));
    if (dot) set(e, "weight", std::to_string(readings));
  }
  return graph;
}

}  // namespace trame::export_detail
