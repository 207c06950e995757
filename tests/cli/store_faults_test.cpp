// Store faults as the commands report them: one line on stderr, exit 2, never a signal, and
// nothing written to a store that is refused.
#include <rocksdb/db.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "store_dump.h"

namespace fs = std::filesystem;
using namespace trame;
using test::run_trame;

namespace {

std::string fixture(const std::string& name) {
  return std::string(TRAME_SOURCE_DIR) + "/tests/fixtures/" + name;
}

std::size_t count_lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

void import_fixtures(const std::string& db) {
  auto r = run_trame({"import", "--db", db, fixture("presse_a.jsonl"), fixture("presse_b.jsonl")});
  REQUIRE(r.exit_code == 0);
}

}  // namespace

TEST_CASE("stats --check reads the whole store and says what it checked", "[cli]") {
  test::TempDir dir;
  std::string db = (dir / "db").string();
  import_fixtures(db);
  auto r = run_trame({"stats", "--db", db, "--check"});
  CHECK(r.exit_code == 0);
  CHECK(r.out == "documents: 2\nsentences: 6\nentities: 6\nstatements: 5\nsources: 6\n");
  CHECK(r.err.rfind("trame: " + db + ": no damage found (", 0) == 0);
  CHECK(count_lines(r.err) == 1);
}

TEST_CASE("a store with a damaged table file is refused by every command", "[cli]") {
  test::TempDir dir;
  std::string db = (dir / "db").string();
  import_fixtures(db);
  fs::path table = test::largest_table_file(db);
  SECTION("truncated") { fs::resize_file(table, fs::file_size(table) / 2); }
  SECTION("deleted") { fs::remove(table); }
  auto files = test::directory_snapshot(db);

  // What every reader must refuse: exporting it as if it were whole, checking it.
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"export", "--db", db, "--format", "jsonl"},
        {"export", "--db", db, "--format", "jsonl", "--entity", "Camille Durand"},
        {"stats", "--db", db, "--check"},
        {"import", "--db", db, fixture("presse_a.jsonl")},
        {"forget", "--db", db, "presse/lundi.txt"}}) {
    INFO(args[0] + " " + args.back());
    auto r = run_trame(args);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.rfind("trame: " + db + ": damaged store: ", 0) == 0);
    CHECK(count_lines(r.err) == 1);
  }
  CHECK(test::directory_snapshot(db) == files);  // the writers wrote nothing
}

TEST_CASE("a truncated table file is refused by queries too", "[cli]") {
  test::TempDir dir;
  std::string db = (dir / "db").string();
  import_fixtures(db);
  fs::path table = test::largest_table_file(db);
  fs::resize_file(table, fs::file_size(table) / 2);
  for (const std::vector<std::string>& args : {std::vector<std::string>{"stats", "--db", db},
                                               {"neighbours", "--db", db, "Camille Durand"},
                                               {"entities", "--db", db}}) {
    INFO(args[0]);
    auto r = run_trame(args);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.rfind("trame: " + db + ": damaged store: ", 0) == 0);
  }
}

TEST_CASE("an import into a database that is not a trame store leaves it untouched", "[cli]") {
  test::TempDir dir;
  std::string db = (dir / "db").string();
  {
    rocksdb::Options options;
    options.create_if_missing = true;
    rocksdb::DB* raw = nullptr;
    REQUIRE(rocksdb::DB::Open(options, db, &raw).ok());
    REQUIRE(raw->Put(rocksdb::WriteOptions(), "some", "thing").ok());
    delete raw;
  }
  auto before = test::directory_snapshot(db);
  auto r = run_trame({"import", "--db", db, fixture("presse_a.jsonl")});
  CHECK(r.exit_code == 2);
  CHECK(r.err == "trame: " + db +
                     ": not a trame store (store format none, this trame reads trame-store 1)\n");
  CHECK(test::directory_snapshot(db) == before);
}

TEST_CASE("a store whose CURRENT file is gone is reported as damaged, not made anew", "[cli]") {
  test::TempDir dir;
  std::string db = (dir / "db").string();
  import_fixtures(db);
  fs::remove(fs::path(db) / "CURRENT");
  auto before = test::directory_snapshot(db);
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"import", "--db", db, fixture("presse_a.jsonl")},
        {"stats", "--db", db},
        {"neighbours", "--db", db, "Camille Durand"}}) {
    INFO(args[0]);
    auto r = run_trame(args);
    CHECK(r.exit_code == 2);
    CHECK(r.err.rfind("trame: " + db + ": damaged store: its CURRENT file is missing", 0) == 0);
    CHECK(count_lines(r.err) == 1);
  }
  CHECK(test::directory_snapshot(db) == before);
}

TEST_CASE("an import on a full disk exits 2, the store as it was, and works once freed", "[cli]") {
  test::SmallFilesystem disk(8);
  if (!disk.mounted()) {
    WARN("skipped: " << disk.why());
    return;
  }
  std::string db = (disk / "db").string();
  import_fixtures(db);
  std::string before = test::dump_store(db);
  test::TempDir dir;
  std::string big = (dir / "big.jsonl").string();
  test::write_statements(big, 20000);
  disk.fill(200);
  auto r = run_trame({"import", "--db", db, big});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("no space left on device") != std::string::npos);
  CHECK(count_lines(r.err) == 1);
  CHECK(test::dump_store(db) == before);
  CHECK(run_trame({"stats", "--db", db}).exit_code == 0);
  // Still full: a writer opens, or says why; never a signal.
  r = run_trame({"import", "--db", db, big});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("no space left on device") != std::string::npos);

  disk.free_space();
  r = run_trame({"import", "--db", db, big});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(run_trame({"stats", "--db", db, "--check"}).exit_code == 0);
}
