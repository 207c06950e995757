// DOT and the rendered diagrams: files that Graphviz parses without a word, any text drawn
// exactly as it was, and the house style visible in what Graphviz draws.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <set>
#include <sstream>

#include "export_test_support.h"

using namespace trame;
using namespace trame::test;

namespace {

// Line breaks as Graphviz draws them: CR LF and CR are one break, like LF.
std::string with_lf(std::string text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

// The legend is the one node named "legend" (no sample node has that id).
bool is_legend(const std::string& name) { return name == "legend"; }

const DrawnGraph::Edge& edge_labelled(const DrawnGraph& drawn, const std::string& label) {
  auto it = std::find_if(drawn.edges.begin(), drawn.edges.end(),
                         [&](const DrawnGraph::Edge& e) { return e.label == label; });
  INFO("no edge drawn with label \"" << label << "\"");
  REQUIRE(it != drawn.edges.end());
  return *it;
}

}  // namespace

TEST_CASE("the sample graph's DOT parses with dot and without a warning", "[dot]") {
  std::string dot = exported(sample_subgraph(), ExportFormat::Dot);
  CHECK(dot.rfind("digraph", 0) == 0);
  DrawnGraph drawn = draw(dot);  // requires exit 0 and an empty stderr
  std::set<std::string> data_nodes;
  for (const auto& [name, label] : drawn.nodes)
    if (!is_legend(name)) data_nodes.insert(name);
  // Every node but L'Écho des Pentes, named only as the source of a reported statement
  // ("selon L'Écho des Pentes").
  std::set<std::string> expected;
  for (const NodeRecord& n : sample_subgraph().nodes)
    if (n.id != "echo-des-pentes") expected.insert(n.id);
  CHECK(data_nodes == expected);
}

TEST_CASE("any name or text is drawn exactly as it was", "[dot][nasty]") {
  Subgraph graph = nasty_subgraph();
  ExportOptions options;
  options.title = nasty_strings()[4];
  DrawnGraph drawn = draw(exported(graph, ExportFormat::Dot, options));

  std::multiset<std::string> expected_nodes, drawn_nodes;
  for (const NodeRecord& n : graph.nodes) expected_nodes.insert(with_lf(n.name));
  for (const auto& [name, label] : drawn.nodes)
    if (!is_legend(name)) drawn_nodes.insert(label);
  CHECK(drawn_nodes == expected_nodes);

  std::multiset<std::string> expected_edges, drawn_edges;
  for (const Statement& st : graph.statements) expected_edges.insert(with_lf(st.relation.text));
  for (const auto& e : drawn.edges) drawn_edges.insert(e.label);
  CHECK(drawn_edges == expected_edges);

  // The title too.
  std::string title;
  for (const auto& op : drawn.json.at("_ldraw_"))
    if (op.at("op") == "T") title += (title.empty() ? "" : "\n") + op.at("text").get<std::string>();
  CHECK(title == options.title);
}

TEST_CASE("text that is not valid UTF-8 or holds control characters still parses", "[dot][nasty]") {
  Subgraph graph = nasty_subgraph();
  graph.nodes[0].name = std::string("bad \xff\xfe bytes \x01 and \x1b[31m");
  graph.statements[0].relation.text = std::string("\xc3(\x7f") + '\0' + "nul";
  DrawnGraph drawn = draw(exported(graph, ExportFormat::Dot));
  bool found = std::any_of(drawn.nodes.begin(), drawn.nodes.end(), [](auto& n) {
    return n.second == "bad \uFFFD\uFFFD bytes \uFFFD and \uFFFD[31m";
  });
  CHECK(found);
}

TEST_CASE("tabs and other whitespace controls are drawn as spaces", "[dot][nasty]") {
  Subgraph graph = nasty_subgraph();
  graph.nodes[0].name = "Karim\tBenali";
  graph.statements[0].relation.text = "a\vvendu\fses\u0085parts";
  ExportOptions options;
  options.title = "avant\tapr\u00E8s";
  DrawnGraph drawn = draw(exported(graph, ExportFormat::Dot, options));
  CHECK(std::count_if(drawn.nodes.begin(), drawn.nodes.end(),
                      [](auto& n) { return n.second == "Karim Benali"; }) == 1);
  CHECK_NOTHROW(edge_labelled(drawn, "a vendu ses parts"));
  std::string title;
  for (const auto& op : drawn.json.at("_ldraw_"))
    if (op.at("op") == "T") title += op.at("text").get<std::string>();
  CHECK(title == "avant apr\u00E8s");
}

TEST_CASE("the house style shows negation, hedging and how often a statement was read",
          "[dot][style]") {
  DrawnGraph drawn = draw(exported(sample_subgraph(), ExportFormat::Dot));

  const auto& negated = edge_labelled(drawn, "\u00AC a digéré");
  CHECK(negated.style == "dashed");
  CHECK(negated.color == "#dc2626");

  const auto& conditional = edge_labelled(drawn, "fabriquerait");
  CHECK(conditional.style == "dotted");
  const auto& reported = edge_labelled(drawn, "aurait en préparation\nselon L'Écho des Pentes");
  CHECK(reported.style == "dotted");
  const auto& question = edge_labelled(drawn, "a abandonné ?");
  CHECK(question.style == "dotted");

  const auto& asserted = edge_labelled(drawn, "a créé");
  CHECK(asserted.style == "solid");
  // Read twice (two documents): a count on the label and a thicker line.
  const auto& twice = edge_labelled(drawn, "a assigné en justice \u00D72");
  CHECK(std::stod(twice.penwidth) > std::stod(asserted.penwidth));
}

TEST_CASE("parallel statements with one relation are one edge with a count", "[dot][style]") {
  DrawnGraph drawn = draw(exported(sample_subgraph(), ExportFormat::Dot));
  // "s'est proposée de racheter" and "avait tenté de racheter" (lemma racheter) are one edge,
  // as are "a cofondé" and "a aidé à cofonder" (lemma cofonder).
  std::size_t racheter = 0, cofonder = 0;
  for (const auto& e : drawn.edges) {
    if (e.tail != "heloise-martin" || e.head != "novaterra") continue;
    if (e.label.find("racheter") != std::string::npos) ++racheter;
    if (e.label.find("cofond") != std::string::npos) ++cofonder;
  }
  CHECK(racheter == 1);
  CHECK(cofonder == 1);
  // Each text was read once: the first in byte order is drawn.
  CHECK_NOTHROW(edge_labelled(drawn, "avait tenté de racheter \u00D72"));
  CHECK_NOTHROW(edge_labelled(drawn, "a aidé à cofonder \u00D72"));
}

TEST_CASE("the legend names the types and line styles on the drawing, and can be left out",
          "[dot][style]") {
  Subgraph graph = sample_subgraph();
  DrawnGraph drawn = draw(exported(graph, ExportFormat::Dot));
  std::vector<std::string> legends;
  for (const auto& [name, label] : drawn.nodes)
    if (is_legend(name)) legends.push_back(label);
  REQUIRE(legends.size() == 1);  // one node: its label is the whole legend, lines of a table
  std::set<std::string> lines;
  std::istringstream in(legends[0]);
  for (std::string line; std::getline(in, line);) lines.insert(line);
  // L'Écho des Pentes, an Organization, is only an attribution here: it is on a label, not a
  // node; Organization is on the legend for Novaterra and the others.
  CHECK(lines == std::set<std::string>{"Legend", "Person", "Organization", "Product", "Place",
                                       "Event", "Work", "Concept (noun phrase)", "asserted",
                                       "negated (\u00AC)", "conditional, reported or question",
                                       "\u00D7N: read N times"});
  ExportOptions options;
  options.legend = false;
  DrawnGraph bare = draw(exported(graph, ExportFormat::Dot, options));
  CHECK(bare.nodes.size() == graph.nodes.size() - 1);  // all but L'Écho des Pentes, as above
  CHECK(std::none_of(bare.nodes.begin(), bare.nodes.end(),
                     [](auto& n) { return is_legend(n.first); }));
}

TEST_CASE("the legend is one boxed, titled group with every layout", "[diagram][style]") {
  TempDir dir;
  // Python's XML parser reads each SVG back: the text of every node group, and the strokes
  // of the legend's.
  write_file(dir / "groups.py",
             "import sys, json, xml.etree.ElementTree as ET\n"
             "ns = {'s': 'http://www.w3.org/2000/svg'}\n"
             "root = ET.parse(sys.argv[1]).getroot()\n"
             "groups = []\n"
             "for g in root.iter('{http://www.w3.org/2000/svg}g'):\n"
             "    if g.get('class') != 'node': continue\n"
             "    groups.append({'title': g.find('s:title', ns).text,\n"
             "                   'texts': [t.text or '' for t in g.iter('{%s}text' % ns['s'])],\n"
             "                   'strokes': [e.get('stroke') for e in g if e.get('stroke')]})\n"
             "texts = [t.text for t in root.iter('{http://www.w3.org/2000/svg}text')]\n"
             "print(json.dumps({'groups': groups, 'titles': texts.count('Legend')}))\n");
  for (const char* layout : {"dot", "sfdp", "neato", "fdp", "circo", "twopi"}) {
    INFO("layout " << layout);
    ExportOptions options;
    options.layout = layout;
    write_file(dir / "graph.svg", exported(sample_subgraph(), ExportFormat::Svg, options));
    nlohmann::json svg =
        run_json({"/usr/bin/python3", (dir / "groups.py").string(), (dir / "graph.svg").string()});
    CHECK(svg.at("titles") == 1);
    std::vector<nlohmann::json> legends;
    for (const auto& g : svg.at("groups"))
      if (g.at("title") == "legend") legends.push_back(g);
    REQUIRE(legends.size() == 1);
    const nlohmann::json& legend = legends[0];
    auto texts = legend.at("texts").get<std::vector<std::string>>();
    CHECK(texts.front() == "Legend");
    for (const char* item : {"Person", "Concept (noun phrase)", "asserted", "negated (\u00AC)"})
      CHECK(std::count(texts.begin(), texts.end(), item) == 1);
    auto strokes = legend.at("strokes").get<std::vector<std::string>>();
    CHECK(std::count(strokes.begin(), strokes.end(), "#9ca3af") == 1);  // the box around it
    // No item of the legend strays into another group.
    for (const auto& g : svg.at("groups"))
      if (g.at("title") != "legend")
        for (const auto& t : g.at("texts")) CHECK(t != "asserted");
  }
}

TEST_CASE("node shapes and colours follow the entity type", "[dot][style]") {
  DrawnGraph drawn = draw(exported(sample_subgraph(), ExportFormat::Dot));
  std::map<std::string, std::pair<std::string, std::string>> style;  // name -> shape, fill
  for (const auto& object : drawn.json.at("objects"))
    if (object.contains("shape"))
      style[object.at("name")] = {object.at("shape"), object.value("fillcolor", "")};
  CHECK(style.at("heloise-martin") == std::pair<std::string, std::string>{"ellipse", "#dbeafe"});
  CHECK(style.at("julien-ferrand") == style.at("heloise-martin"));
  CHECK(style.at("novaterra") == std::pair<std::string, std::string>{"box", "#fde4cf"});
  CHECK(style.at("lumo").first == "box3d");
  CHECK(style.at("grenoble") == std::pair<std::string, std::string>{"house", "#dcfce7"});
  CHECK(style.at("roue-libre") == std::pair<std::string, std::string>{"hexagon", "#fef9c3"});
  CHECK(style.at("rouler-sans-carbone") == std::pair<std::string, std::string>{"note", "#fce7f3"});
  CHECK(style.at("plan-de-production").second == "#f3f4f6");
  // The legend's Person cell is drawn in the colours of Person nodes.
  std::set<std::string> legend_colours;
  for (const auto& object : drawn.json.at("objects"))
    if (is_legend(object.at("name")))
      for (const auto& op : object.at("_ldraw_"))
        if (op.contains("color")) legend_colours.insert(op.at("color"));
  CHECK(legend_colours.count("#dbeafe"));
  CHECK(legend_colours.count("#1d4ed8"));
}

TEST_CASE("the DOT names its layout, which Graphviz's tools then use", "[dot]") {
  for (const char* layout : {"dot", "sfdp", "neato", "fdp", "circo", "twopi"}) {
    INFO("layout " << layout);
    ExportOptions options;
    options.layout = layout;
    DrawnGraph drawn = draw(exported(sample_subgraph(), ExportFormat::Dot, options));
    // What `dot -Tjson` read back: the graph attribute, which wins over the command's -K.
    CHECK(drawn.json.value("layout", "") == layout);
  }
}

TEST_CASE("an empty graph is still a valid diagram", "[dot]") {
  DrawnGraph drawn = draw(exported(Subgraph{}, ExportFormat::Dot));
  CHECK(drawn.nodes.empty());
}

TEST_CASE("SVG, PNG and PDF are rendered in-process with every layout", "[diagram]") {
  Subgraph graph = sample_subgraph();
  for (const char* layout : {"dot", "sfdp", "neato", "fdp"}) {
    INFO("layout " << layout);
    ExportOptions options;
    options.layout = layout;
    std::vector<std::string> warnings;
    options.on_warning = [&](std::string_view w) { warnings.emplace_back(w); };
    std::string svg = exported(graph, ExportFormat::Svg, options);
    CHECK(svg.find("<svg") != std::string::npos);
    CHECK(svg.find("Héloïse Martin") != std::string::npos);
    CHECK(warnings.empty());
  }
  std::string png = exported(graph, ExportFormat::Png);
  REQUIRE(png.size() > 1000);
  CHECK(png.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
  std::string pdf = exported(graph, ExportFormat::Pdf);
  CHECK(pdf.rfind("%PDF-", 0) == 0);
}

TEST_CASE("emoji in names are drawn, in colour, in PNG and PDF", "[diagram]") {
  // A grey node (a Concept) and no legend: anything coloured on the PNG is the emoji. Without
  // an emoji font (fonts-noto-color-emoji, scripts/install-deps) they are grey empty boxes.
  Subgraph graph;
  graph.nodes.push_back(make_node("fusee", "Fusée \U0001F680\U0001F389", EntityType::Concept));
  ExportOptions options;
  options.legend = false;
  std::vector<std::string> warnings;
  options.on_warning = [&](std::string_view w) { warnings.emplace_back(w); };
  TempDir dir;
  write_file(dir / "emoji.png", exported(graph, ExportFormat::Png, options));
  nlohmann::json png =
      run_json({"/usr/bin/python3", (source_dir() / "tests/export/png_colours.py").string(),
                (dir / "emoji.png").string()});
  INFO(png.dump());
  CHECK(png.at("coloured").get<int>() > 100);
  // cairo writes colour glyphs into a PDF as images; the rest of this drawing is text and lines.
  std::string pdf = exported(graph, ExportFormat::Pdf, options);
  CHECK(pdf.find("/Subtype /Image") != std::string::npos);
  CHECK(warnings.empty());
}

TEST_CASE("nasty strings survive SVG: the file is XML and holds them", "[diagram][nasty]") {
  TempDir dir;
  write_file(dir / "graph.svg", exported(nasty_subgraph(), ExportFormat::Svg));
  // Python's XML parser reads the SVG back; it lists every <text> line.
  write_file(
      dir / "read.py",
      "import sys, json, xml.etree.ElementTree as ET\n"
      "root = ET.parse(sys.argv[1]).getroot()\n"
      "print(json.dumps([t.text or '' for t in root.iter('{http://www.w3.org/2000/svg}text')]))\n");
  nlohmann::json lines =
      run_json({"/usr/bin/python3", (dir / "read.py").string(), (dir / "graph.svg").string()});
  std::set<std::string> drawn;
  for (const auto& l : lines) drawn.insert(l.get<std::string>());
  // SVG turns leading and repeated spaces into no-break spaces; compare single-line names.
  for (const std::string& name : nasty_strings()) {
    if (name.find_first_of("\r\n") != std::string::npos || name.find("  ") != std::string::npos)
      continue;
    INFO(name);
    CHECK(drawn.count(name) == 1);
  }
}

TEST_CASE("a layout or format Graphviz lacks is an error, not a crash", "[diagram]") {
  ExportOptions options;
  options.layout = "nonesuch";
  CHECK_THROWS_AS(exported(sample_subgraph(), ExportFormat::Svg, options), ExportError);
  CHECK_THROWS_WITH(exported(sample_subgraph(), ExportFormat::Dot, options),
                    Catch::Contains("nonesuch"));
}
