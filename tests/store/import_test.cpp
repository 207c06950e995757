#include <catch2/catch.hpp>
#include <fstream>

#include "statement_builder.h"
#include "store_dump.h"
#include "trame/extract/statement_json.h"
#include "trame/store/statement_store.h"

using namespace trame;

namespace {

ImportOptions with(BulkMethod method, std::size_t buffer_bytes = std::size_t{64} << 20) {
  ImportOptions o;
  o.method = method;
  o.buffer_bytes = buffer_bytes;
  return o;
}

}  // namespace

TEST_CASE("import stores JSON lines and merges identical statements", "[import]") {
  test::TempDir dir;
  auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  std::string fixtures = std::string(TRAME_SOURCE_DIR) + "/tests/fixtures/";
  ImportResult r = store->import_jsonl({fixtures + "presse_a.jsonl", fixtures + "presse_b.jsonl"},
                                       ImportOptions());
  CHECK(r.statements == 6);
  StoreStats s = store->stats();
  CHECK(s.documents == 2);
  CHECK(s.statements == 5);  // "a fondé Nébuleuse" read in both files
  CHECK(s.sources == 6);
  auto founded = store->statements_of("camille-durand", Direction::Out);
  auto it = std::find_if(founded.begin(), founded.end(),
                         [](const Statement& st) { return st.relation.lemma == "fonder"; });
  REQUIRE(it != founded.end());
  CHECK(it->sources.size() == 2);
  // "Durand" in presse_a resolved to Camille Durand, read before it in the same file.
  CHECK(store->find_node("Durand")->name == "Camille Durand");
  auto reported = store->statements_of("banque-du-rhone", Direction::Out);
  REQUIRE(reported.size() == 1);
  REQUIRE(reported[0].attribution);
  CHECK(reported[0].attribution->name == "Le Courrier de l'Ain");
  CHECK(reported[0].modality == Modality::Reported);
}

TEST_CASE("the SST and WriteBatch imports write the same store", "[import]") {
  test::TempDir dir;
  test::write_statements(dir / "s.jsonl", 3000, 20, 7);
  auto import_with = [&](const std::string& name, ImportOptions options) {
    auto store = StatementStore::open(dir / name, OpenMode::ReadWrite);
    store->import_jsonl({(dir / "s.jsonl").string()}, options);
  };
  // Small buffers: several sorted runs, and several batches.
  import_with("sst", with(BulkMethod::SstIngest, 100000));
  import_with("batch", with(BulkMethod::WriteBatches, 100000));
  import_with("one-run", with(BulkMethod::SstIngest));
  std::string sst = test::dump_store(dir / "sst");
  CHECK(sst == test::dump_store(dir / "batch"));
  CHECK(sst == test::dump_store(dir / "one-run"));
}

TEST_CASE("importing the same statements again changes nothing", "[import]") {
  test::TempDir dir;
  test::write_statements(dir / "s.jsonl", 500);
  auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  store->import_jsonl({(dir / "s.jsonl").string()}, ImportOptions());
  std::string once = test::dump_store(dir / "db");
  store->import_jsonl({(dir / "s.jsonl").string()}, ImportOptions());
  CHECK(test::dump_store(dir / "db") == once);
}

TEST_CASE("a bad line names file and line and writes nothing", "[import]") {
  test::TempDir dir;
  test::write_statements(dir / "good.jsonl", 50);
  auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  store->import_jsonl({(dir / "good.jsonl").string()}, ImportOptions());
  std::string before = test::dump_store(dir / "db");

  std::string good = test::read_file(dir / "good.jsonl");
  std::string first_line = good.substr(0, good.find('\n') + 1);
  struct Case {
    std::string text;
    std::string problem;
  };
  std::vector<Case> cases = {
      {first_line + "{\"subject\": \n", "not JSON"},
      {first_line + "\n" + "{\"relation\":\"fonde\",\"object\":\"A\"}\n", "missing \"subject\""},
      {first_line + "[1,2]\n", "not a JSON object"},
      {first_line +
           "{\"subject\":\"A\",\"relation\":\"r\",\"object\":\"B\",\"modality\":\"maybe\"}\n",
       "unknown modality"},
      {first_line + "{\"subject\":\"A\",\"relation\":\"r\",\"object\":\"B\\xff\"}\n", "not JSON"},
      // Stored, a statement without a source would belong to no document: forget could never
      // remove it.
      {first_line + "{\"subject\":\"A\",\"relation\":\"r\",\"object\":\"B\"}\n", "no sources"},
      {first_line + "{\"subject\":\"A\",\"relation\":\"r\",\"object\":\"B\",\"sources\":[]}\n",
       "no sources"},
      {first_line +
           "{\"subject\":\"A\",\"relation\":\"r\",\"object\":\"B\",\"sources\":[{\"doc\":\"\","
           "\"sentence\":1}]}\n",
       "source: empty \"doc\""},
  };
  cases[4].text = first_line + "{\"subject\":\"A\",\"relation\":\"r\",\"object\":\"B\xff\"}\n";
  for (BulkMethod method : {BulkMethod::SstIngest, BulkMethod::WriteBatches}) {
    for (const Case& c : cases) {
      test::write_file(dir / "bad.jsonl", c.text);
      std::string expected_line = c.problem == "missing \"subject\"" ? ":3: " : ":2: ";
      // The good file comes first: its statements must not be written either.
      CHECK_THROWS_WITH(
          store->import_jsonl({(dir / "good.jsonl").string(), (dir / "bad.jsonl").string()},
                              with(method)),
          Catch::Contains("bad.jsonl" + expected_line) && Catch::Contains(c.problem));
      if (method == BulkMethod::SstIngest) CHECK(test::dump_store(dir / "db") == before);
    }
    if (method == BulkMethod::SstIngest) {
      CHECK_THROWS_WITH(store->import_jsonl({(dir / "missing.jsonl").string()}, with(method)),
                        Catch::Contains("missing.jsonl: cannot be read"));
      CHECK(test::dump_store(dir / "db") == before);
    }
  }
}

TEST_CASE("a file with no statement is refused, as ingest refuses an empty document", "[import]") {
  test::TempDir dir;
  test::write_statements(dir / "good.jsonl", 50);
  auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  std::string before = test::dump_store(dir / "db");
  test::write_file(dir / "empty.jsonl", "");
  test::write_file(dir / "blank.jsonl", "\n  \r\n\n");
  CHECK_THROWS_WITH(
      store->import_jsonl({(dir / "good.jsonl").string(), (dir / "empty.jsonl").string()},
                          ImportOptions()),
      (dir / "empty.jsonl").string() + ": empty file");
  CHECK_THROWS_WITH(store->import_jsonl({(dir / "blank.jsonl").string()}, ImportOptions()),
                    (dir / "blank.jsonl").string() + ": no statement (only blank lines)");
  CHECK(test::dump_store(dir / "db") == before);
}

TEST_CASE("an imported document counts the distinct sentences its sources name", "[import]") {
  test::TempDir dir;
  auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  auto line = [](const std::string& doc, int sentence, const std::string& object) {
    return to_json(test::statement(test::entity("Hélios"), "a racheté", "racheter",
                                   test::entity(object), doc, sentence))
               .dump() +
           "\n";
  };
  // Sentences 9 and 2 of a.txt, 9 twice: two sentences, not nine.
  test::write_file(dir / "one.jsonl", line("a.txt", 9, "Vélo Cité") + line("a.txt", 2, "Lumo") +
                                          line("a.txt", 9, "Rivelec") + line("b.txt", 4, "Lumo"));
  for (BulkMethod method : {BulkMethod::SstIngest, BulkMethod::WriteBatches}) {
    test::TempDir each;
    auto s = StatementStore::open(each / "db", OpenMode::ReadWrite);
    s->import_jsonl({(dir / "one.jsonl").string()}, with(method));
    CHECK(s->stats().sentences == 3);
  }
  store->import_jsonl({(dir / "one.jsonl").string()}, ImportOptions());
  CHECK(store->stats().sentences == 3);
  // A later import counts only the sentences that are new: 9 again, and 5.
  test::write_file(dir / "two.jsonl", line("a.txt", 9, "Grenoble") + line("a.txt", 5, "Lumo"));
  store->import_jsonl({(dir / "two.jsonl").string()}, ImportOptions());
  CHECK(store->stats().sentences == 4);
  // An ingested document knows its sentences 1..N: an import within them adds none.
  store->add_document({"c.txt", "hash-c", 6},
                      {test::statement(test::entity("Hélios"), "a racheté", "racheter",
                                       test::entity("Lumo"), "c.txt", 1)});
  test::write_file(dir / "three.jsonl", line("c.txt", 3, "Rivelec") + line("c.txt", 8, "Lumo"));
  store->import_jsonl({(dir / "three.jsonl").string()}, ImportOptions());
  CHECK(store->stats().sentences == 4 + 8);
}

TEST_CASE("an import adds to a document already stored under the same path", "[import]") {
  test::TempDir dir;
  auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  store->add_document({"presse/lundi.txt", "abc", 4},
                      {test::statement(test::person("Yves Morel"), "dirige", "diriger",
                                       test::entity("Atelier Lumen"), "presse/lundi.txt", 1)});
  std::string fixtures = std::string(TRAME_SOURCE_DIR) + "/tests/fixtures/";
  store->import_jsonl({fixtures + "presse_a.jsonl"}, ImportOptions());
  StoreStats s = store->stats();
  CHECK(s.documents == 1);
  CHECK(s.statements == 5);
  CHECK(store->forget("presse/lundi.txt") == 1);
  CHECK(store->stats().statements == 0);
}
