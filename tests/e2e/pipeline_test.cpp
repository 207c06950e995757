// trame end to end, through the built binary: French texts in, a store, queries, and the
// exports real consumers read (Graphviz's dot, rdflib).
#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "store_dump.h"

namespace fs = std::filesystem;
using nlohmann::json;
using trame::test::dump_store;
using trame::test::read_file;
using trame::test::run_trame;
using trame::test::TempDir;
using trame::test::write_file;

namespace {

fs::path source_dir() { return TRAME_SOURCE_DIR; }
std::string examples() { return (source_dir() / "examples").string(); }

std::vector<json> json_lines(const std::string& text) {
  std::vector<json> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) out.push_back(json::parse(line));
  return out;
}

// The characters [start, end) of UTF-8 `text`, as sentence offsets count them; fails the test
// when `end` is past the end.
std::string characters(const std::string& text, std::size_t start, std::size_t end) {
  std::vector<std::size_t> byte_at;  // byte offset of every character, and of the end
  for (std::size_t i = 0; i < text.size();) {
    byte_at.push_back(i);
    unsigned char c = static_cast<unsigned char>(text[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  }
  byte_at.push_back(text.size());
  REQUIRE(end < byte_at.size());
  return text.substr(byte_at[start], byte_at[end] - byte_at[start]);
}

// Runs a shell command; its exit status and what it wrote on stdout and stderr.
struct Shell {
  int status;
  std::string out;
  std::string err;
};
Shell shell(const std::string& command, const TempDir& dir) {
  std::string out = (dir / "shell.out").string(), err = (dir / "shell.err").string();
  int status = std::system((command + " >" + out + " 2>" + err).c_str());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(out), read_file(err)};
}

std::set<std::string> names_around(const std::string& db, const std::string& entity) {
  auto r = run_trame({"neighbours", "--db", db, entity, "--format", "jsonl"});
  REQUIRE(r.exit_code == 0);
  std::set<std::string> names;
  for (const json& st : json_lines(r.out)) {
    names.insert(st["subject"]["name"].get<std::string>());
    names.insert(st["object"]["name"].get<std::string>());
  }
  return names;
}

}  // namespace

TEST_CASE("ingesting the examples links their entities", "[e2e]") {
  TempDir dir;
  std::string db = (dir / "db").string();
  auto r = run_trame({"ingest", "--db", db, examples()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);

  std::set<std::string> around = names_around(db, "Novaterra");
  CHECK(around.count("Héloïse Martin"));
  CHECK(around.count("Brightwave"));
  CHECK(around.count("Karim Benali"));
  // Any name finds the entity, case and accents ignored.
  CHECK(names_around(db, "heloise martin").count("Novaterra"));
  CHECK(names_around(db, "MÉRIDIA").count("Lucien Ferrand") == 0);
  CHECK(names_around(db, "Lucien Ferrand").count("syndicat des dockers"));

  auto text = run_trame({"neighbours", "--db", db, "Novaterra"});
  CHECK(text.exit_code == 0);
  CHECK(text.out.find("Héloïse Martin") != std::string::npos);

  auto unknown = run_trame({"neighbours", "--db", db, "Novaterrra"});
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err.find("Novaterra") != std::string::npos);  // the closest name
}

TEST_CASE("the seed articles link Elon Musk to OpenAI", "[e2e]") {
  fs::path seeds = source_dir() / "../shared/data/seeds";
  REQUIRE(fs::is_directory(seeds));  // ../shared is beside every checkout, CI's included
  TempDir dir;
  std::string db = (dir / "db").string();
  REQUIRE(run_trame({"ingest", "--db", db, "--jobs", "2", seeds.string()}).exit_code == 0);
  CHECK(names_around(db, "Elon Musk").count("OpenAI"));
  CHECK(names_around(db, "Musk").count("OpenAI"));  // one node for both names
}

TEST_CASE("the exported DOT parses with dot, without warnings", "[e2e]") {
  TempDir dir;
  std::string db = (dir / "db").string();
  REQUIRE(run_trame({"ingest", "--db", db, examples()}).exit_code == 0);
  std::string dot = (dir / "graph.dot").string();
  REQUIRE(run_trame({"export", "--db", db, "--format", "dot", "-o", dot}).exit_code == 0);
  Shell parsed = shell("dot -Tsvg " + dot + " -o " + (dir / "graph.svg").string(), dir);
  CHECK(parsed.status == 0);
  CHECK(parsed.err.empty());
  CHECK(read_file(dir / "graph.svg").find("Novaterra") != std::string::npos);
}

TEST_CASE("the JSON-LD loads in rdflib with one rdf:Statement per statement", "[e2e]") {
  TempDir dir;
  std::string db = (dir / "db").string();
  REQUIRE(run_trame({"ingest", "--db", db, examples()}).exit_code == 0);
  std::string jsonld = (dir / "graph.jsonld").string();
  REQUIRE(run_trame({"export", "--db", db, "--format", "jsonld", "-o", jsonld}).exit_code == 0);
  auto jsonl = run_trame({"export", "--db", db, "--format", "jsonl"});
  REQUIRE(jsonl.exit_code == 0);
  std::size_t statements = json_lines(jsonl.out).size();
  REQUIRE(statements > 10);

  write_file(dir / "count.rq",
             "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"
             "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a rdf:Statement }\n");
  Shell counted =
      shell("/usr/bin/python3 " + (source_dir() / "tests/export/rdf_query.py").string() +
                " json-ld " + jsonld + " " + (dir / "count.rq").string(),
            dir);
  INFO(counted.err);
  REQUIRE(counted.status == 0);
  json rows = json::parse(counted.out);
  CHECK(rows.at(0).at("n").get<std::string>() == std::to_string(statements));
}

TEST_CASE("bad input exits 2 naming the file and leaves the store as it was", "[e2e]") {
  TempDir dir;
  std::string db = (dir / "db").string();
  REQUIRE(
      run_trame({"ingest", "--db", db, (source_dir() / "examples/port.txt").string()}).exit_code ==
      0);
  std::string before = dump_store(db);

  fs::path good = dir / "good.txt";
  write_file(good, "La coopérative Terravin a racheté le domaine de Bellecombe.\n");
  write_file(dir / "empty.txt", "");
  write_file(dir / "binary.txt", std::string("\x7f"
                                             "ELF\x02\x01\x01\0\0\0\0",
                                             12));
  write_file(dir / "latin1.txt", "La soci\xe9t\xe9 Terravin a rachet\xe9 un domaine.\n");
  struct Case {
    std::string file, problem;
  };
  for (const Case& c :
       {Case{(dir / "missing.txt").string(), "no such file"},
        Case{(dir / "empty.txt").string(), "empty"}, Case{(dir / "binary.txt").string(), "binary"},
        Case{(dir / "latin1.txt").string(), "UTF-8"}}) {
    DYNAMIC_SECTION(c.problem) {
      // The good file comes first: nothing of it may be stored either.
      auto r = run_trame({"ingest", "--db", db, good.string(), c.file});
      CHECK(r.exit_code == 2);
      CHECK(r.err.find(c.file) != std::string::npos);
      CHECK(r.err.find(c.problem) != std::string::npos);
      CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
      CHECK(dump_store(db) == before);
    }
  }
}

TEST_CASE("a directory without .txt documents exits 2 for extract and ingest alike", "[e2e]") {
  TempDir dir;
  fs::create_directories(dir / "empty" / "sub");
  write_file(dir / "empty" / "notes.md", "La coopérative Terravin a racheté un domaine.\n");
  std::string empty = (dir / "empty").string();
  std::string db = (dir / "db").string();
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"extract", empty}, {"ingest", "--db", db, empty}}) {
    INFO(args[0]);
    auto r = run_trame(args);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "trame: " + empty + ": no .txt document found\n");
  }
  CHECK_FALSE(fs::exists(db));  // nothing to ingest: no store made either
}

TEST_CASE("ingesting the same documents again changes nothing", "[e2e]") {
  TempDir dir;
  std::string db = (dir / "db").string();
  REQUIRE(run_trame({"ingest", "--db", db, examples()}).exit_code == 0);
  std::string first = dump_store(db);
  auto again = run_trame({"ingest", "--db", db, examples()});
  CHECK(again.exit_code == 0);
  CHECK(again.err.find("0 new documents") != std::string::npos);
  CHECK(dump_store(db) == first);
}

TEST_CASE("parallel ingestion stores what one job stores", "[e2e]") {
  TempDir dir;
  std::string one = (dir / "one").string(), three = (dir / "three").string();
  REQUIRE(run_trame({"ingest", "--db", one, "--jobs", "1", examples()}).exit_code == 0);
  REQUIRE(run_trame({"ingest", "--db", three, "--jobs", "3", examples()}).exit_code == 0);
  CHECK(dump_store(one) == dump_store(three));
}

TEST_CASE("extract prints contract statements with their sources", "[e2e]") {
  auto r = run_trame({"extract", (source_dir() / "examples/novaterra.txt").string()});
  REQUIRE(r.exit_code == 0);
  std::vector<json> statements = json_lines(r.out);
  REQUIRE(!statements.empty());
  std::string text = read_file(source_dir() / "examples/novaterra.txt");
  for (const json& st : statements) {
    for (const char* field :
         {"subject", "relation", "object", "negated", "modality", "confidence", "sources"})
      CHECK(st.contains(field));
    const json& src = st["sources"][0];
    CHECK(src["sentence"].get<int>() >= 1);
    // The offsets count characters of the document and frame the sentence's text.
    std::size_t start = src["start"].get<std::size_t>(), end = src["end"].get<std::size_t>();
    REQUIRE(start < end);
    CHECK(characters(text, start, end) == src["text"].get<std::string>());
  }
}

TEST_CASE("a byte-order mark is no part of the text, and offsets count from after it", "[e2e]") {
  TempDir dir;
  const std::string text = "Elon Musk a fondé SpaceX en 2002. Il dirige aussi Tesla.\n";
  write_file(dir / "bom.txt", "\xEF\xBB\xBF" + text);
  write_file(dir / "plain.txt", text);
  auto r = run_trame({"extract", (dir / "bom.txt").string()});
  REQUIRE(r.exit_code == 0);
  std::vector<json> statements = json_lines(r.out);
  REQUIRE(!statements.empty());
  bool first_sentence = false;
  for (const json& st : statements) {
    const json& src = st["sources"][0];
    std::string sentence = src["text"].get<std::string>();
    INFO(sentence);
    CHECK(sentence.find("\xEF\xBB\xBF") == std::string::npos);
    // The offsets count characters of the text after the mark.
    std::size_t start = src["start"].get<std::size_t>(), end = src["end"].get<std::size_t>();
    CHECK(characters(text, start, end) == sentence);
    if (src["sentence"] == 1) {
      first_sentence = true;
      CHECK(start == 0);
      CHECK(sentence == "Elon Musk a fondé SpaceX en 2002.");
    }
  }
  CHECK(first_sentence);
  // The same text with and without the mark is the same document.
  std::string db = (dir / "db").string();
  REQUIRE(run_trame({"ingest", "--db", db, (dir / "bom.txt").string()}).exit_code == 0);
  auto again = run_trame({"ingest", "--db", db, (dir / "plain.txt").string()});
  CHECK(again.exit_code == 0);
  CHECK(again.err.find("0 new documents") != std::string::npos);
}

TEST_CASE("a SPARQL query in Oxigraph answers what trame neighbours answers", "[e2e]") {
  TempDir dir;
  std::string db = (dir / "db").string();
  REQUIRE(run_trame({"ingest", "--db", db, examples()}).exit_code == 0);
  std::string jsonld = (dir / "graph.jsonld").string();
  REQUIRE(run_trame({"export", "--db", db, "--format", "jsonld", "-o", jsonld}).exit_code == 0);

  // What trame says is around Novaterra: (relation text, other side, direction).
  auto r = run_trame({"neighbours", "--db", db, "Novaterra", "--format", "jsonl"});
  REQUIRE(r.exit_code == 0);
  std::multiset<std::string> expected;
  for (const json& st : json_lines(r.out)) {
    bool out = st["subject"]["name"] == "Novaterra";
    expected.insert(st["relation"]["text"].get<std::string>() + " | " +
                    st[out ? "object" : "subject"]["name"].get<std::string>() + " | " +
                    (out ? "out" : "in"));
  }
  REQUIRE(expected.size() >= 5);

  write_file(dir / "neighbours.rq", R"(PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX schema: <http://schema.org/>
PREFIX trame: <https://trame.invalid/vocab#>
SELECT ?text ?other ?dir WHERE {
  ?e schema:name "Novaterra" .
  { ?st rdf:subject ?e ; rdf:object ?o . ?o schema:name ?other . BIND("out" AS ?dir) }
  UNION
  { ?st rdf:object ?e ; rdf:subject ?s . ?s schema:name ?other . BIND("in" AS ?dir) }
  ?st a rdf:Statement ; trame:relationText ?text .
})");
  Shell answer = shell("node " + (source_dir() / "tests/export/oxigraph_query.js").string() +
                           " json-ld " + jsonld + " " + (dir / "neighbours.rq").string(),
                       dir);
  INFO(answer.err);
  REQUIRE(answer.status == 0);
  std::multiset<std::string> got;
  for (const json& row : json::parse(answer.out))
    got.insert(row["text"].get<std::string>() + " | " + row["other"].get<std::string>() + " | " +
               row["dir"].get<std::string>());
  CHECK(got == expected);
}
