#include "rdf_model.h"

#include <array>
#include <charconv>
#include <cmath>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "iri.h"
#include "text.h"

namespace trame::export_detail {
namespace {

std::string term(std::string_view ns, std::string_view local) {
  std::string out(ns);
  out += local;
  return out;
}

// schema.org class of each EntityType, in the enum's order; a Concept is a Thing.
constexpr std::array<std::string_view, 7> kSchemaClasses = {
    "Person", "Organization", "Product", "Place", "Event", "CreativeWork", "Thing"};

// Triples collected per subject, each (predicate, object) once.
class TripleBuilder {
 public:
  void add(const std::string& subject, std::string predicate, RdfTerm object) {
    auto [it, fresh] = index_.emplace(subject, groups_.size());
    if (fresh) groups_.push_back({subject, {}, {}});
    Group& g = groups_[it->second];
    std::string key = predicate + '\x1f' + static_cast<char>(object.kind) + object.value;
    if (!g.seen.insert(std::move(key)).second) return;
    g.triples.push_back({subject, std::move(predicate), std::move(object)});
  }
  std::vector<RdfTriple> take() {
    std::vector<RdfTriple> out;
    for (Group& g : groups_)
      for (RdfTriple& t : g.triples) out.push_back(std::move(t));
    return out;
  }

 private:
  struct Group {
    std::string subject;
    std::vector<RdfTriple> triples;
    std::unordered_set<std::string> seen;
  };
  std::vector<Group> groups_;
  std::unordered_map<std::string, std::size_t> index_;
};

}  // namespace

const std::vector<std::pair<std::string_view, std::string_view>>& rdf_prefixes() {
  static const std::vector<std::pair<std::string_view, std::string_view>> prefixes = {
      {"rdf", ns::kRdf},       {"rdfs", ns::kRdfs}, {"xsd", ns::kXsd},
      {"schema", ns::kSchema}, {"prov", ns::kProv}, {"trame", ns::kTrame}};
  return prefixes;
}

RdfTerm RdfTerm::real(double value) {
  // xsd:double's lexical space: shortest form that reads back as the same double.
  if (std::isnan(value)) return {Kind::Double, "NaN"};
  if (std::isinf(value)) return {Kind::Double, value > 0 ? "INF" : "-INF"};
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  std::string text(buf, end);
  if (text.find_first_of(".eE") == std::string::npos) text += ".0";
  return {Kind::Double, text};
}

std::string RdfTerm::datatype() const {
  switch (kind) {
    case Kind::Iri:
      return {};
    case Kind::String:
      return term(ns::kXsd, "string");
    case Kind::Integer:
      return term(ns::kXsd, "integer");
    case Kind::Double:
      return term(ns::kXsd, "double");
    case Kind::Boolean:
      return term(ns::kXsd, "boolean");
  }
  return {};
}

std::string entity_iri(std::string_view base, std::string_view node_id) {
  return std::string(base) + "entity/" + percent_encode(node_id);
}

std::string relation_iri(std::string_view base, const Relation& relation) {
  const std::string& name = !relation.lemma.empty() ? relation.lemma : relation.text;
  return std::string(base) + "relation/" + (name.empty() ? "_" : percent_encode(name));
}

std::string document_iri(std::string_view base, std::string_view path) {
  return std::string(base) + "doc/" + percent_encode(path);
}

std::string statement_iri(std::string_view base, const Statement& statement) {
  return std::string(base) + "statement/" + statement_hash(statement);
}

std::string sentence_iri(std::string_view base, const Source& source) {
  return document_iri(base, source.doc) + "/sentence/" + std::to_string(source.sentence);
}

std::vector<RdfTriple> build_rdf(const GraphView& view, std::string_view base) {
  const std::string rdf_type = term(ns::kRdf, "type");
  const std::string schema_name = term(ns::kSchema, "name");
  TripleBuilder out;

  for (const NodeRecord& node : view.nodes) {
    std::string iri = entity_iri(base, node.id);
    out.add(iri, rdf_type,
            RdfTerm::iri(term(ns::kSchema, kSchemaClasses[static_cast<std::size_t>(node.type)])));
    out.add(iri, schema_name, RdfTerm::string(valid_utf8(node.name)));
    for (const std::string& alias : node.aliases)
      if (alias != node.name)
        out.add(iri, term(ns::kSchema, "alternateName"), RdfTerm::string(valid_utf8(alias)));
  }
  for (const Statement& st : view.statements) {
    if (st.negated || st.modality != Modality::Asserted) continue;
    out.add(entity_iri(base, st.subject.id), relation_iri(base, st.relation),
            RdfTerm::iri(entity_iri(base, st.object.id)));
  }
  for (const Statement& st : view.statements) {
    std::string iri = relation_iri(base, st.relation);
    out.add(iri, rdf_type, RdfTerm::iri(term(ns::kRdf, "Property")));
    out.add(iri, term(ns::kRdfs, "label"),
            RdfTerm::string(
                valid_utf8(!st.relation.lemma.empty() ? st.relation.lemma : st.relation.text)));
  }

  std::set<std::string> statement_iris;
  for (const Statement& st : view.statements) {
    std::string iri = statement_iri(base, st);
    // Two different statements with one hash (never seen, but possible) stay two nodes.
    for (int n = 2; !statement_iris.insert(iri).second; ++n)
      iri = statement_iri(base, st) + "-" + std::to_string(n);
    out.add(iri, rdf_type, RdfTerm::iri(term(ns::kRdf, "Statement")));
    out.add(iri, term(ns::kRdf, "subject"), RdfTerm::iri(entity_iri(base, st.subject.id)));
    out.add(iri, term(ns::kRdf, "predicate"), RdfTerm::iri(relation_iri(base, st.relation)));
    out.add(iri, term(ns::kRdf, "object"), RdfTerm::iri(entity_iri(base, st.object.id)));
    out.add(iri, term(ns::kTrame, "relationText"), RdfTerm::string(valid_utf8(st.relation.text)));
    out.add(iri, term(ns::kTrame, "negated"), RdfTerm::boolean(st.negated));
    out.add(iri, term(ns::kTrame, "modality"),
            RdfTerm::string(std::string(to_string(st.modality))));
    out.add(iri, term(ns::kTrame, "confidence"), RdfTerm::real(st.confidence));
    if (st.attribution)
      out.add(iri, term(ns::kProv, "wasAttributedTo"),
              RdfTerm::iri(entity_iri(base, st.attribution->id)));
    if (!st.subject.mention.empty())
      out.add(iri, term(ns::kTrame, "subjectMention"),
              RdfTerm::string(valid_utf8(st.subject.mention)));
    if (!st.object.mention.empty())
      out.add(iri, term(ns::kTrame, "objectMention"),
              RdfTerm::string(valid_utf8(st.object.mention)));
    for (const Source& s : st.sources)
      out.add(iri, term(ns::kProv, "wasDerivedFrom"), RdfTerm::iri(sentence_iri(base, s)));
  }

  std::vector<std::string> documents;
  std::set<std::string> seen_documents;
  for (const Statement& st : view.statements) {
    for (const Source& s : st.sources) {
      std::string iri = sentence_iri(base, s);
      out.add(iri, rdf_type, RdfTerm::iri(term(ns::kTrame, "Sentence")));
      out.add(iri, term(ns::kSchema, "isPartOf"), RdfTerm::iri(document_iri(base, s.doc)));
      out.add(iri, term(ns::kTrame, "sentence"), RdfTerm::integer(s.sentence));
      out.add(iri, term(ns::kTrame, "start"), RdfTerm::integer(s.start));
      out.add(iri, term(ns::kTrame, "end"), RdfTerm::integer(s.end));
      out.add(iri, term(ns::kSchema, "text"), RdfTerm::string(valid_utf8(s.text)));
      if (seen_documents.insert(s.doc).second) documents.push_back(s.doc);
    }
  }
  for (const std::string& doc : documents) {
    std::string iri = document_iri(base, doc);
    out.add(iri, rdf_type, RdfTerm::iri(term(ns::kSchema, "DigitalDocument")));
    out.add(iri, schema_name, RdfTerm::string(valid_utf8(doc)));
  }
  return out.take();
}

}  // namespace trame::export_detail
