#include "statement_line_parser.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

#include "store_dump.h"
#include "trame/extract/statement_json.h"

using namespace trame;

namespace {

// The fast reader must agree with statement_from_json: the same statement (ids aside,
// which the store assigns itself), or decline so that the full parser decides.
void check_agrees(const std::string& line) {
  INFO(line);
  Statement fast;
  bool accepted = store::parse_statement_fast(line, fast);
  std::optional<Statement> full;
  try {
    full = statement_from_json(nlohmann::json::parse(line));
    if (full->relation.lemma.empty()) full.reset();
  } catch (const std::exception&) {
  }
  if (!accepted) return;  // declining is always allowed
  REQUIRE(full);
  full->subject.id.clear();
  full->object.id.clear();
  if (full->attribution) full->attribution->id.clear();
  CHECK(fast == *full);
}

}  // namespace

TEST_CASE("the fast line reader agrees with the JSON parser on well-formed lines", "[import]") {
  std::string fixtures = std::string(TRAME_SOURCE_DIR) + "/tests/fixtures/";
  test::TempDir dir;
  test::write_statements(dir / "s.jsonl", 300, 20, 11);
  std::size_t accepted = 0, lines = 0;
  for (const std::string& file :
       {fixtures + "presse_a.jsonl", fixtures + "presse_b.jsonl", (dir / "s.jsonl").string()}) {
    std::ifstream in(file);
    for (std::string line; std::getline(in, line);) {
      ++lines;
      Statement st;
      if (store::parse_statement_fast(line, st)) ++accepted;
      check_agrees(line);
    }
  }
  CHECK(accepted == lines);  // the common shape never needs the slow path
}

TEST_CASE("the fast line reader declines or agrees on unusual and bad lines", "[import]") {
  const char* lines[] = {
      R"({"subject":"A","relation":"r","object":"B"})",
      R"({"subject":{"name":"A\u00e9\ud83d\ude00\n\"x\"","type":"Person","aliases":["a",1,null]},"relation":{"text":"t"},"object":{"name":"B","type":null,"mention":null},"extra":[1,{"a":[true,false,null]}],"confidence":1e-2,"negated":null,"attribution":null})",
      R"({"subject":"A","relation":{"text":"t","lemma":null},"object":"B","source":{"doc":"d","sentence":3,"start":null}})",
      R"({"subject":"A","relation":"r","object":"B","sources":{"doc":"x"},"source":{"doc":"d"}})",
      R"({"subject":"A","relation":"r","object":"B","sources":[{"doc":"d","sentence":4294967296}]})",
      R"({"subject":"A","relation":"r","object":"B","sources":[{"doc":"d","sentence":-1}]})",
      R"({"subject":"A","relation":"r","object":"B","sources":[{"doc":"d","sentence":1.5}]})",
      R"({"subject":"A","relation":"r","object":"B","sources":[{"doc":null}]})",
      R"({"subject":"A","relation":"r","object":"B","confidence":1.})",
      R"({"subject":"A","relation":"r","object":"B","confidence":01})",
      R"({"subject":"A","relation":"r","object":"B"} x)",
      R"({"subject":"A","subject":"C","relation":"r","object":"B"})",
      R"({"subject":{"name":""},"relation":"r","object":"B"})",
      R"({"subject":{"name":"A","type":"person"},"relation":"r","object":"B"})",
      R"({"subject":"A","relation":"","object":"B"})",
      R"({"subject":"A","relation":{"lemma":"x"},"object":"B"})",
      R"({"subject":"A","relation":"r","object":"B","modality":"maybe"})",
      R"({"subject":"A","relation":"r","object":"B","modality":"reported","attribution":"C"})",
      R"({"subject":"A","relation":"r","object":"B","negated":"yes"})",
      R"({"subject":"A","relation":"r"})",
      R"({"subject":"A","relation":"r","object":"B\ud800"})",
      "{\"subject\":\"A\",\"relation\":\"r\",\"object\":\"B\xff\"}",
      "{\"subject\":\"A\",\"relation\":\"r\",\"object\":\"B\xc3\xa9\"}",
      "{\"subject\":\"A\",\"relation\":\"r\",\"object\":\"B\x01\"}",
      "[1,2]",
      "",
  };
  for (const char* line : lines) check_agrees(line);
  Statement st;
  CHECK_FALSE(store::parse_statement_fast(R"({"subject":"A","relation":"r","object":"B"} x)", st));
  REQUIRE(store::parse_statement_fast(
      R"({"subject":"A","relation":"r","object":"B","sources":{"doc":"x"},"source":{"doc":"d","sentence":2}})",
      st));
  REQUIRE(st.sources.size() == 1);
  CHECK(st.sources[0].doc == "d");
  CHECK(st.sources[0].sentence == 2);
}
