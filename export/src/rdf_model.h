// The RDF trame exports, built once and written as JSON-LD or N-Quads, so both formats carry
// exactly the same triples (docs/formats.md, "RDF").
//
// Provenance is carried by reification: every statement is an rdf:Statement node with its
// negation, modality, confidence, attribution and prov:wasDerivedFrom the sentences it was read
// in. Only asserted, non-negated statements also become a direct triple (subject, relation
// property, object), so that a consumer traversing plain triples never meets a denied or
// hedged claim as if it were a fact. Everything sits in the default graph.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph_view.h"

namespace trame::export_detail {

namespace ns {
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
// The namespace schema.org's own JSON-LD context uses.
inline constexpr std::string_view kSchema = "http://schema.org/";
inline constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";
// trame's own terms. Fixed whatever the base IRI, so queries do not depend on it; `.invalid`
// says it is a name, not a page.
inline constexpr std::string_view kTrame = "https://trame.invalid/vocab#";
}  // namespace ns

// Prefix and namespace of every vocabulary above, in the order the JSON-LD context lists them.
const std::vector<std::pair<std::string_view, std::string_view>>& rdf_prefixes();

struct RdfTerm {
  enum class Kind { Iri, String, Integer, Double, Boolean };
  Kind kind = Kind::Iri;
  std::string value;  // the IRI, or the literal's lexical form

  static RdfTerm iri(std::string value) { return {Kind::Iri, std::move(value)}; }
  static RdfTerm string(std::string value) { return {Kind::String, std::move(value)}; }
  static RdfTerm integer(std::int64_t value) { return {Kind::Integer, std::to_string(value)}; }
  static RdfTerm real(double value);
  static RdfTerm boolean(bool value) { return {Kind::Boolean, value ? "true" : "false"}; }

  // The datatype IRI of a literal (xsd:string for strings); empty for an IRI.
  std::string datatype() const;
  bool operator==(const RdfTerm&) const = default;
};

struct RdfTriple {
  std::string subject;  // always an IRI: trame mints no blank nodes
  std::string predicate;
  RdfTerm object;
};

// Triples grouped by subject: every subject's triples are consecutive, subjects in the order
// entities, relation properties, statements, sentences, documents. No triple twice.
std::vector<RdfTriple> build_rdf(const GraphView& view, std::string_view base_iri);

// The IRIs build_rdf mints, for tests and documentation.
std::string entity_iri(std::string_view base, std::string_view node_id);
std::string relation_iri(std::string_view base, const Relation& relation);
std::string document_iri(std::string_view base, std::string_view path);
std::string sentence_iri(std::string_view base, const Source& source);
std::string statement_iri(std::string_view base, const Statement& statement);

}  // namespace trame::export_detail
