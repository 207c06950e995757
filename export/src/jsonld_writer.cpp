// JSON-LD: the RDF of rdf_model.h as one node object per subject in "@graph", with the
// vocabularies' prefixes in an inline "@context" (contract: "JSON-LD").
#include <nlohmann/json.hpp>

#include "rdf_model.h"
#include "writers.h"

namespace trame::export_detail {
namespace {

using nlohmann::ordered_json;

// "schema:name" for http://schema.org/name; the IRI itself when no prefix fits. A suffix
// starting with "//" would read as an absolute IRI, so such IRIs stay whole.
std::string compact(const std::string& iri) {
  for (const auto& [prefix, ns] : rdf_prefixes()) {
    if (iri.size() > ns.size() && iri.compare(0, ns.size(), ns) == 0 &&
        iri.compare(ns.size(), 2, "//") != 0)
      return std::string(prefix) + ":" + iri.substr(ns.size());
  }
  return iri;
}

ordered_json value(const RdfTerm& object) {
  switch (object.kind) {
    case RdfTerm::Kind::Iri:
      return {{"@id", object.value}};
    case RdfTerm::Kind::String:
      return object.value;
    case RdfTerm::Kind::Integer:
      return std::stoll(object.value);
    case RdfTerm::Kind::Boolean:
      return object.value == "true";
    case RdfTerm::Kind::Double:
      // A JSON number would turn 1.0 into xsd:integer in some processors: keep the lexical
      // form and its type, the same as in N-Quads.
      return {{"@value", object.value}, {"@type", "xsd:double"}};
  }
  return nullptr;
}

void add(ordered_json& node, const std::string& key, ordered_json v) {
  auto it = node.find(key);
  if (it == node.end()) {
    node[key] = std::move(v);
  } else {
    if (!it->is_array()) *it = ordered_json::array({std::move(*it)});
    it->push_back(std::move(v));
  }
}

}  // namespace

ordered_json jsonld_context_object() {
  ordered_json context = {{"@version", 1.1}};
  for (const auto& [prefix, ns] : rdf_prefixes()) context[std::string(prefix)] = ns;
  return context;
}

void write_jsonld(const GraphView& view, const ExportOptions& options, std::ostream& out) {
  const std::string rdf_type = std::string(ns::kRdf) + "type";
  std::vector<RdfTriple> triples = build_rdf(view, options.base_iri);
  ordered_json graph = ordered_json::array();
  ordered_json node;
  for (const RdfTriple& t : triples) {
    if (node.is_null() || node["@id"] != t.subject) {
      if (!node.is_null()) graph.push_back(std::move(node));
      node = {{"@id", t.subject}};
    }
    if (t.predicate == rdf_type)
      add(node, "@type", compact(t.object.value));
    else
      add(node, compact(t.predicate), value(t.object));
  }
  if (!node.is_null()) graph.push_back(std::move(node));
  ordered_json doc = {{"@context", jsonld_context_object()}, {"@graph", std::move(graph)}};
  out << doc.dump(2, ' ', false, ordered_json::error_handler_t::replace) << '\n';
}

}  // namespace trame::export_detail
