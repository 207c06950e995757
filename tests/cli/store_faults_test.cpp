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
  CHECK(run_trame({"stats", "--db", db}).exit_code == 0);
}
