// GraphML for Gephi and Cytoscape: one node per entity, one directed edge per statement.
//
// Written here rather than with Boost's write_graphml, which prints booleans as 1/0: valid
// XML Schema, but Gephi and Cytoscape read booleans with Java's Boolean.parseBoolean, where
// "1" is false. Attribute names follow what the tools look for: Gephi takes "label" as the
// label and "weight" as the edge weight, Cytoscape takes "name".
#include <algorithm>
#include <string>
#include <vector>

#include "rdf_model.h"
#include "text.h"
#include "writers.h"

namespace trame::export_detail {
namespace {

struct Key {
  const char* id;
  const char* domain;  // node or edge
  const char* name;
  const char* type;
};

constexpr Key kKeys[] = {
    {"v_label", "node", "label", "string"},
    {"v_name", "node", "name", "string"},
    {"v_type", "node", "type", "string"},
    {"v_aliases", "node", "aliases", "string"},
    {"e_label", "edge", "label", "string"},
    {"e_lemma", "edge", "lemma", "string"},
    {"e_negated", "edge", "negated", "boolean"},
    {"e_modality", "edge", "modality", "string"},
    {"e_attribution", "edge", "attribution", "string"},
    {"e_confidence", "edge", "confidence", "double"},
    {"e_weight", "edge", "weight", "double"},
    {"e_sources", "edge", "sources", "int"},
    {"e_documents", "edge", "documents", "string"},
};

void data(std::ostream& out, const char* key, const std::string& text) {
  out << "      <data key=\"" << key << "\">" << xml_escape(text) << "</data>\n";
}

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += " | ";
    out += item;
  }
  return out;
}

}  // namespace

void write_graphml(const GraphView& view, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys)
    out << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name
        << "\" attr.type=\"" << k.type << "\"/>\n";
  out << "  <graph id=\"trame\" edgedefault=\"directed\" parse.nodeids=\"free\" "
         "parse.edgeids=\"canonical\" parse.order=\"nodesfirst\">\n";
  for (const NodeRecord& n : view.nodes) {
    out << "    <node id=\"" << xml_escape(n.id) << "\">\n";
    data(out, "v_label", n.name);
    data(out, "v_name", n.name);
    data(out, "v_type", std::string(to_string(n.type)));
    if (!n.aliases.empty()) data(out, "v_aliases", joined(n.aliases));
    out << "    </node>\n";
  }
  std::size_t edge = 0;
  for (const Statement& st : view.statements) {
    out << "    <edge id=\"e" << edge++ << "\" source=\"" << xml_escape(st.subject.id)
        << "\" target=\"" << xml_escape(st.object.id) << "\">\n";
    data(out, "e_label", st.relation.text);
    data(out, "e_lemma", st.relation.lemma);
    data(out, "e_negated", st.negated ? "true" : "false");
    data(out, "e_modality", std::string(to_string(st.modality)));
    if (st.attribution) data(out, "e_attribution", st.attribution->name);
    data(out, "e_confidence", RdfTerm::real(st.confidence).value);
    std::size_t readings = st.sources.size();
    data(out, "e_weight", RdfTerm::real(static_cast<double>(readings == 0 ? 1 : readings)).value);
    data(out, "e_sources", std::to_string(readings));
    std::vector<std::string> docs;
    for (const Source& s : st.sources)
      if (std::find(docs.begin(), docs.end(), s.doc) == docs.end()) docs.push_back(s.doc);
    data(out, "e_documents", joined(docs));
    out << "    </edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

}  // namespace trame::export_detail
