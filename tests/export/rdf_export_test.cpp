// JSON-LD and N-Quads, checked by loading them into real consumers: rdflib (Debian's
// python3-rdflib) and Oxigraph (npm package oxigraph), and asking SPARQL questions whose
// answers are computed here from the subgraph itself.
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "export_test_support.h"

using namespace trame;
using namespace trame::test;
using nlohmann::json;

namespace {

const std::string kPrefixes =
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "PREFIX schema: <http://schema.org/>\n"
    "PREFIX prov: <http://www.w3.org/ns/prov#>\n"
    "PREFIX trame: <https://trame.invalid/vocab#>\n";

// A subgraph exported in both RDF formats, in files the consumers read.
struct RdfFiles {
  explicit RdfFiles(const Subgraph& graph, ExportOptions options = {}) {
    write_file(jsonld(), exported(graph, ExportFormat::JsonLd, options));
    write_file(nquads(), exported(graph, ExportFormat::NQuads, options));
  }
  std::filesystem::path jsonld() const { return dir / "graph.jsonld"; }
  std::filesystem::path nquads() const { return dir / "graph.nq"; }
  TempDir dir;
};

// Rows as sorted "a|b|c" strings (columns in `vars` order), to compare as multisets.
std::vector<std::string> rows(const json& answer, const std::vector<std::string>& vars) {
  std::vector<std::string> out;
  for (const json& row : answer) {
    std::string line;
    for (const std::string& v : vars) {
      if (!line.empty()) line += '|';
      line += row.at(v).is_null() ? "" : row.at(v).get<std::string>();
    }
    out.push_back(line);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::size_t count(const json& answer) {
  return std::stoul(answer.at(0).at("n").get<std::string>());
}

// What `trame neighbours "Héloïse Martin"` lists, from the subgraph: relation text, the other
// node's name, and which way the statement goes.
std::vector<std::string> expected_neighbours(const Subgraph& graph, const std::string& id) {
  std::vector<std::string> out;
  for (const Statement& st : graph.statements) {
    if (st.subject.id == id) out.push_back(st.relation.text + "|" + st.object.name + "|out");
    if (st.object.id == id) out.push_back(st.relation.text + "|" + st.subject.name + "|in");
  }
  std::sort(out.begin(), out.end());
  return out;
}

const std::string kNeighboursQuery = kPrefixes + R"(
SELECT ?text ?other ?dir WHERE {
  ?e schema:name "Héloïse Martin" .
  { ?st rdf:subject ?e ; rdf:object ?o . ?o schema:name ?other . BIND("out" AS ?dir) }
  UNION
  { ?st rdf:object ?e ; rdf:subject ?s . ?s schema:name ?other . BIND("in" AS ?dir) }
  ?st a rdf:Statement ; trame:relationText ?text .
})";

const std::string kStatementCount =
    kPrefixes + "SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st a rdf:Statement }";

const std::string kAllTriples = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }";

}  // namespace

TEST_CASE("rdflib loads the JSON-LD with one rdf:Statement per statement", "[jsonld][rdflib]") {
  Subgraph graph = sample_subgraph();
  RdfFiles files(graph);
  CHECK(count(rdflib_query("json-ld", files.jsonld(), kStatementCount)) == graph.statements.size());
  // Each has its subject, predicate, object, negation, modality, confidence and sources.
  json incomplete = rdflib_query("json-ld", files.jsonld(), kPrefixes + R"(
SELECT ?st WHERE { ?st a rdf:Statement .
  FILTER NOT EXISTS { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                          trame:negated ?n ; trame:modality ?m ; trame:confidence ?c ;
                          prov:wasDerivedFrom ?src } })");
  CHECK(incomplete.empty());
}

TEST_CASE("identical statements are one rdf:Statement with all their sources", "[jsonld][rdflib]") {
  Subgraph graph = sample_subgraph();
  Statement again = graph.statements[4];  // Héloïse Martin a créé Rivelec, read elsewhere too
  again.sources = {{"articles/009.txt", 1, 0, 30, "Héloïse Martin a créé Rivelec."}};
  graph.statements.push_back(again);
  graph.statements.push_back(graph.statements[4]);  // and the very same reading twice
  RdfFiles files(graph);
  CHECK(count(rdflib_query("json-ld", files.jsonld(), kStatementCount)) == 25);
  json sources = rdflib_query("json-ld", files.jsonld(), kPrefixes + R"(
SELECT ?doc ?n WHERE { ?st rdf:subject ?s ; rdf:object ?o ; prov:wasDerivedFrom ?src .
  ?s schema:name "Héloïse Martin" . ?o schema:name "Rivelec" . ?st trame:relationText "a créé" .
  ?src schema:isPartOf ?d ; trame:sentence ?n . ?d schema:name ?doc })");
  CHECK(rows(sources, {"doc", "n"}) ==
        std::vector<std::string>{"articles/001.txt|5", "articles/009.txt|1"});
  // JSONL counts the same statements.
  std::string jsonl = exported(graph, ExportFormat::Jsonl);
  CHECK(std::count(jsonl.begin(), jsonl.end(), '\n') == 25);
}

TEST_CASE("only asserted, non-negated statements are also direct triples", "[jsonld][rdflib]") {
  Subgraph graph = sample_subgraph();
  RdfFiles files(graph);
  std::set<std::string> expected;
  for (const Statement& st : graph.statements)
    if (!st.negated && st.modality == Modality::Asserted)
      expected.insert(st.subject.name + "|" + st.relation.lemma + "|" + st.object.name);
  json direct = rdflib_query("json-ld", files.jsonld(), kPrefixes + R"(
SELECT DISTINCT ?s ?label ?o WHERE { ?a ?p ?b . ?p a rdf:Property ; rdfs:label ?label .
  ?a schema:name ?s . ?b schema:name ?o .
  FILTER(STRSTARTS(STR(?p), "https://trame.invalid/relation/")) })");
  std::vector<std::string> got = rows(direct, {"s", "label", "o"});
  CHECK(got == std::vector<std::string>(expected.begin(), expected.end()));
  // Denied and hedged claims are not among them.
  CHECK(std::none_of(got.begin(), got.end(), [](const std::string& r) {
    return r.find("digérer") != std::string::npos || r.find("abandonner") != std::string::npos ||
           r.find("préparer") != std::string::npos || r.find("fabriquer") != std::string::npos;
  }));
}

TEST_CASE("nodes carry schema.org names, types and other names", "[jsonld][rdflib]") {
  Subgraph graph = sample_subgraph();
  RdfFiles files(graph);
  json nodes = rdflib_query("json-ld", files.jsonld(), kPrefixes + R"(
SELECT ?name ?type WHERE { ?e schema:name ?name ; a ?type .
  FILTER(STRSTARTS(STR(?e), "https://trame.invalid/entity/")) })");
  std::vector<std::string> got = rows(nodes, {"name", "type"});
  CHECK(std::count(got.begin(), got.end(), "Héloïse Martin|http://schema.org/Person") == 1);
  CHECK(std::count(got.begin(), got.end(), "Novaterra|http://schema.org/Organization") == 1);
  CHECK(std::count(got.begin(), got.end(), "Lumo|http://schema.org/Product") == 1);
  CHECK(std::count(got.begin(), got.end(), "Grenoble|http://schema.org/Place") == 1);
  CHECK(std::count(got.begin(), got.end(), "Roue Libre|http://schema.org/Event") == 1);
  CHECK(std::count(got.begin(), got.end(), "Rouler sans carbone|http://schema.org/CreativeWork") ==
        1);
  CHECK(std::count(got.begin(), got.end(), "plan de production|http://schema.org/Thing") == 1);
  CHECK(got.size() == graph.nodes.size());
  json aliases = rdflib_query("json-ld", files.jsonld(), kPrefixes + R"(
SELECT ?alias WHERE { ?e schema:name "Héloïse Martin" ; schema:alternateName ?alias })");
  CHECK(rows(aliases, {"alias"}) == std::vector<std::string>{"Martin", "la fondatrice"});
  json attributed = rdflib_query("json-ld", files.jsonld(), kPrefixes + R"(
SELECT ?who WHERE { ?st prov:wasAttributedTo ?a . ?a schema:name ?who })");
  CHECK(rows(attributed, {"who"}) ==
        std::vector<std::string>{"Héloïse Martin", "L'Écho des Pentes"});
}

TEST_CASE("the base IRI (--base) puts every minted IRI under the given base", "[jsonld][rdflib]") {
  ExportOptions options;
  options.base_iri = "http://example.org/kg";  // a '/' is added
  RdfFiles files(sample_subgraph(), options);
  json subjects = rdflib_query("nquads", files.nquads(), kPrefixes + R"(
SELECT DISTINCT ?s WHERE { ?s ?p ?o })");
  for (const json& row : subjects) {
    INFO(row.dump());
    CHECK(row.at("s").get<std::string>().rfind("http://example.org/kg/", 0) == 0);
  }
  CHECK(count(rdflib_query("json-ld", files.jsonld(),
                           kPrefixes + "SELECT (COUNT(*) AS ?n) WHERE { "
                                       "<http://example.org/kg/entity/heloise-martin> "
                                       "schema:name \"Héloïse Martin\" }")) == 1);
  options.base_iri = "not an IRI";
  CHECK_THROWS_AS(exported(sample_subgraph(), ExportFormat::JsonLd, options), ExportError);
  options.base_iri = "http://example.org/a b/";
  CHECK_THROWS_AS(exported(sample_subgraph(), ExportFormat::NQuads, options), ExportError);
}

TEST_CASE("N-Quads parse in rdflib and hold exactly the JSON-LD's triples", "[nquads][rdflib]") {
  Subgraph graph = sample_subgraph();
  RdfFiles files(graph);
  std::vector<std::string> from_jsonld =
      rows(rdflib_query("json-ld", files.jsonld(), kAllTriples), {"s", "p", "o"});
  std::vector<std::string> from_nquads =
      rows(rdflib_query("nquads", files.nquads(), kAllTriples), {"s", "p", "o"});
  CHECK(from_jsonld.size() > 300);
  CHECK(from_jsonld == from_nquads);
  CHECK(count(rdflib_query("nquads", files.nquads(), kStatementCount)) == graph.statements.size());
}

TEST_CASE("Oxigraph loads both and answers the neighbours of an entity", "[oxigraph]") {
  Subgraph graph = sample_subgraph();
  RdfFiles files(graph);
  std::vector<std::string> expected = expected_neighbours(graph, "heloise-martin");
  REQUIRE(expected.size() == 13);
  for (const char* format : {"json-ld", "nquads"}) {
    INFO(format);
    std::filesystem::path file = std::string(format) == "json-ld" ? files.jsonld() : files.nquads();
    CHECK(rows(oxigraph_query(format, file, kNeighboursQuery), {"text", "other", "dir"}) ==
          expected);
    CHECK(count(oxigraph_query(format, file, kStatementCount)) == graph.statements.size());
  }
  // Oxigraph and rdflib read the same triples.
  CHECK(rows(oxigraph_query("json-ld", files.jsonld(), kAllTriples), {"s", "p", "o"}) ==
        rows(rdflib_query("nquads", files.nquads(), kAllTriples), {"s", "p", "o"}));
}

TEST_CASE("nasty names and texts come back exactly from both RDF formats",
          "[jsonld][nquads][nasty]") {
  Subgraph graph = nasty_subgraph();
  RdfFiles files(graph);
  std::vector<std::string> names = nasty_strings();
  std::sort(names.begin(), names.end());
  const std::string query = kPrefixes + R"(
SELECT ?name WHERE { ?e a ?t ; schema:name ?name .
  FILTER(STRSTARTS(STR(?e), "https://trame.invalid/entity/")) })";
  auto values = [](const json& answer) {
    std::vector<std::string> out;
    for (const json& row : answer) out.push_back(row.at("name"));
    std::sort(out.begin(), out.end());
    return out;
  };
  CHECK(values(rdflib_query("json-ld", files.jsonld(), query)) == names);
  CHECK(values(rdflib_query("nquads", files.nquads(), query)) == names);
  CHECK(values(oxigraph_query("json-ld", files.jsonld(), query)) == names);
  CHECK(values(oxigraph_query("nquads", files.nquads(), query)) == names);
  // Sentence texts too (each nasty string is some statement's source text).
  json texts = oxigraph_query("nquads", files.nquads(),
                              kPrefixes + "SELECT DISTINCT ?name WHERE { ?s schema:text ?name }");
  CHECK(values(texts).size() == graph.statements.size());
}

TEST_CASE("the @context is the one published in docs/trame-context.jsonld", "[jsonld]") {
  CHECK(read_file(source_dir() / "docs/trame-context.jsonld") == jsonld_context());
  json doc = json::parse(exported(sample_subgraph(), ExportFormat::JsonLd));
  CHECK(doc.at("@context") == json::parse(jsonld_context()).at("@context"));
  CHECK(doc.at("@context").at("schema") == "http://schema.org/");
  CHECK(doc.at("@context").at("prov") == "http://www.w3.org/ns/prov#");
}
