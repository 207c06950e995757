// N-Quads: the RDF of rdf_model.h, one triple a line, all in the default graph (rdf_model.h
// says why provenance is reified rather than kept in named graphs).
#include "rdf_model.h"
#include "writers.h"

namespace trame::export_detail {
namespace {

// N-Triples STRING_LITERAL_QUOTE: quote, backslash, LF and CR escaped; the rest as UTF-8.
// The backslash is written \u005C rather than \\: rdflib before 6.2 (Debian 12 has 6.1.1)
// reads "\\n" as a backslash and a line break (RDFLib/rdflib#1655, fixed by #1663).
void write_literal(std::ostream& out, const std::string& text) {
  out << '"';
  for (char c : text) {
    switch (c) {
      case '"':
        out << "\\\"";
        break;
      case '\\':
        out << "\\u005C";
        break;
      case '\n':
        out << "\\n";
        break;
      case '\r':
        out << "\\r";
        break;
      default:
        out << c;
    }
  }
  out << '"';
}

}  // namespace

void write_nquads(const GraphView& view, const ExportOptions& options, std::ostream& out) {
  for (const RdfTriple& t : build_rdf(view, options.base_iri)) {
    // Minted IRIs are percent-encoded and the base is checked: nothing in them needs escaping.
    out << '<' << t.subject << "> <" << t.predicate << "> ";
    if (t.object.kind == RdfTerm::Kind::Iri) {
      out << '<' << t.object.value << '>';
    } else {
      write_literal(out, t.object.value);
      if (t.object.kind != RdfTerm::Kind::String) out << "^^<" << t.object.datatype() << '>';
    }
    out << " .\n";
  }
}

}  // namespace trame::export_detail
