// JSON lines, GraphML and the Neo4j CSV files, read back by real readers (trame's own
// statement parser, networkx, Python's csv), and writing exports to files.
#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <sstream>

#include "export_test_support.h"
#include "trame/extract/statement_json.h"

using namespace trame;
using namespace trame::test;
using nlohmann::json;

TEST_CASE("JSONL is one contract statement a line, identical ones merged", "[jsonl]") {
  Subgraph graph = sample_subgraph();
  Statement again = graph.statements[0];
  again.sources = {{"articles/009.txt", 4, 1, 2, "Encore."}};
  graph.statements.push_back(again);
  std::istringstream lines(exported(graph, ExportFormat::Jsonl));
  std::vector<Statement> read;
  for (std::string line; std::getline(lines, line);)
    read.push_back(statement_from_json(json::parse(line)));
  REQUIRE(read.size() == 25);
  Statement merged = sample_subgraph().statements[0];
  merged.sources.push_back(again.sources[0]);
  CHECK(read[0] == merged);
  for (std::size_t i = 1; i < read.size(); ++i) CHECK(read[i] == graph.statements[i]);
}

TEST_CASE("JSONL keeps nasty texts exactly", "[jsonl][nasty]") {
  Subgraph graph = nasty_subgraph();
  std::istringstream lines(exported(graph, ExportFormat::Jsonl));
  std::size_t i = 0;
  for (std::string line; std::getline(lines, line); ++i) {
    REQUIRE(i < graph.statements.size());
    CHECK(statement_from_json(json::parse(line)) == graph.statements[i]);
  }
  CHECK(i == graph.statements.size());
}

TEST_CASE("networkx reads the GraphML with every node, edge and attribute", "[graphml]") {
  Subgraph graph = sample_subgraph();
  TempDir dir;
  write_file(dir / "graph.graphml", exported(graph, ExportFormat::GraphMl));
  json read =
      run_json({"/usr/bin/python3", (source_dir() / "tests/export/graphml_read.py").string(),
                (dir / "graph.graphml").string()});
  CHECK(read.at("directed") == true);
  CHECK(read.at("nodes").size() == graph.nodes.size());
  CHECK(read.at("edges").size() == graph.statements.size());
  const json& martin = read.at("nodes").at("heloise-martin");
  CHECK(martin.at("label") == "Héloïse Martin");
  CHECK(martin.at("type") == "Person");
  CHECK(martin.at("aliases") == "Martin | la fondatrice");
  std::size_t negated = 0;
  for (const json& e : read.at("edges")) {
    const json& data = e.at(2);
    // networkx gives typed values: booleans and numbers, not strings.
    CHECK(data.at("negated").is_boolean());
    CHECK(data.at("confidence").is_number_float());
    CHECK(data.at("sources").is_number_integer());
    if (data.at("negated") == true) {
      ++negated;
      CHECK(e.at(0) == "heloise-martin");
      CHECK(e.at(1) == "plan-de-production");
      CHECK(data.at("label") == "a digéré");
    }
    if (data.at("label") == "a assigné en justice") {
      CHECK(data.at("weight") == 2.0);
      CHECK(data.at("documents") == "articles/001.txt | articles/004.txt");
    }
  }
  CHECK(negated == 1);
}

TEST_CASE("GraphML carries nasty ids and texts exactly", "[graphml][nasty]") {
  Subgraph graph = nasty_subgraph();
  TempDir dir;
  write_file(dir / "graph.graphml", exported(graph, ExportFormat::GraphMl));
  json read =
      run_json({"/usr/bin/python3", (source_dir() / "tests/export/graphml_read.py").string(),
                (dir / "graph.graphml").string()});
  std::vector<std::string> nasty = nasty_strings();
  std::set<std::string> ids, labels, expected(nasty.begin(), nasty.end());
  for (const auto& [id, data] : read.at("nodes").items()) {
    ids.insert(id);
    labels.insert(data.at("label").get<std::string>());
  }
  CHECK(ids == expected);
  CHECK(labels == expected);
  std::multiset<std::string> texts, wanted;
  for (const json& e : read.at("edges")) texts.insert(e.at(2).at("label").get<std::string>());
  for (const Statement& st : graph.statements) wanted.insert(st.relation.text);
  CHECK(texts == wanted);
}

TEST_CASE("the Neo4j CSV files hold every node and statement, quoted for the importer", "[neo4j]") {
  Subgraph graph = sample_subgraph();
  TempDir dir;
  export_to_path(graph, ExportFormat::Neo4jCsv, {}, dir / "neo4j");
  Neo4jCsvFiles files = neo4j_csv_files(dir / "neo4j");
  auto read = [&](const std::filesystem::path& file) {
    return run_json(
        {"/usr/bin/python3", (source_dir() / "tests/export/csv_read.py").string(), file.string()});
  };
  json nodes = read(files.nodes);
  CHECK(nodes.at(0) == json({"entityId:ID(Entity)", "name", "type", "aliases:string[]", ":LABEL"}));
  CHECK(nodes.size() == graph.nodes.size() + 1);
  CHECK(nodes.at(1) == json({"heloise-martin", "Héloïse Martin", "Person", "Martin\tla fondatrice",
                             "Entity\tPerson"}));
  json rels = read(files.relationships);
  CHECK(rels.size() == graph.statements.size() + 1);
  CHECK(rels.at(0).at(2) == ":TYPE");
  // Every relationship joins two known nodes; the negated one says so.
  std::set<std::string> ids;
  for (std::size_t i = 1; i < nodes.size(); ++i) ids.insert(nodes.at(i).at(0).get<std::string>());
  bool saw_negated = false;
  for (std::size_t i = 1; i < rels.size(); ++i) {
    const json& r = rels.at(i);
    CHECK(ids.count(r.at(0).get<std::string>()));
    CHECK(ids.count(r.at(1).get<std::string>()));
    if (r.at(4) == "a digéré") {
      saw_negated = true;
      CHECK(r.at(2) == "DIGERER");
      CHECK(r.at(6) == "true");
    }
    if (r.at(4) == "a assigné en justice") {
      CHECK(r.at(10) == "articles/001.txt\tarticles/004.txt");
      CHECK(r.at(11) == "5\t1");
    }
  }
  CHECK(saw_negated);
}

TEST_CASE("the Neo4j CSV keeps quotes, commas and line breaks in one field", "[neo4j][nasty]") {
  Subgraph graph = nasty_subgraph();
  std::ostringstream nodes_out, rels_out;
  write_neo4j_csv(graph, nodes_out, rels_out);
  TempDir dir;
  write_file(dir / "nodes.csv", nodes_out.str());
  json nodes = run_json({"/usr/bin/python3", (source_dir() / "tests/export/csv_read.py").string(),
                         (dir / "nodes.csv").string()});
  REQUIRE(nodes.size() == graph.nodes.size() + 1);
  for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
    CHECK(nodes.at(i + 1).size() == 5);
    CHECK(nodes.at(i + 1).at(1) == graph.nodes[i].name);
  }
}

TEST_CASE("export_to_path writes whole files or none", "[files]") {
  TempDir dir;
  Subgraph graph = sample_subgraph();
  export_to_path(graph, ExportFormat::Svg, {}, dir / "graph.svg");
  CHECK(read_file(dir / "graph.svg").find("</svg>") != std::string::npos);
  ExportOptions bad;
  bad.layout = "nonesuch";
  CHECK_THROWS_AS(export_to_path(graph, ExportFormat::Png, bad, dir / "graph.png"), ExportError);
  // Nothing left behind, not even the temporary file.
  std::vector<std::string> left;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
    left.push_back(entry.path().filename().string());
  CHECK(left == std::vector<std::string>{"graph.svg"});
  CHECK_THROWS_AS(export_to_path(graph, ExportFormat::Dot, {}, dir / "no/such/dir/graph.gv"),
                  ExportError);
  std::ostringstream out;
  CHECK_THROWS_AS(write_graph(graph, ExportFormat::Neo4jCsv, {}, out), ExportError);
}

TEST_CASE("formats by name and by file extension", "[formats]") {
  for (ExportFormat f : {ExportFormat::Dot, ExportFormat::Svg, ExportFormat::Png, ExportFormat::Pdf,
                         ExportFormat::JsonLd, ExportFormat::Jsonl, ExportFormat::NQuads,
                         ExportFormat::GraphMl, ExportFormat::Neo4jCsv})
    CHECK(export_format_from_string(to_string(f)) == f);
  CHECK(export_format_from_string("turtle") == std::nullopt);
  CHECK(export_format_from_path("out/novaterra.GV") == ExportFormat::Dot);
  CHECK(export_format_from_path("a.nq") == ExportFormat::NQuads);
  CHECK(export_format_from_path("a.jsonld") == ExportFormat::JsonLd);
  CHECK(export_format_from_path("a.txt") == std::nullopt);
  CHECK(is_binary(ExportFormat::Png));
  CHECK_FALSE(is_binary(ExportFormat::Svg));
}
