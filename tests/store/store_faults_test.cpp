// The store when things go wrong: a full disk, damaged or missing files, a directory that
// holds something else. Every fault is a StoreError naming the directory; nothing is written
// to a database the store refuses; what was committed stays readable.
#include <rocksdb/db.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>

#include "statement_builder.h"
#include "store_dump.h"
#include "trame/store/statement_store.h"

namespace fs = std::filesystem;
using namespace trame;
using Catch::Contains;

namespace {

std::string fixture(const std::string& name) {
  return std::string(TRAME_SOURCE_DIR) + "/tests/fixtures/" + name;
}

// A store whose statements live in table files (an import writes them directly).
void import_fixtures(const fs::path& db) {
  auto store = StatementStore::open(db, OpenMode::ReadWrite);
  store->import_jsonl({fixture("presse_a.jsonl"), fixture("presse_b.jsonl")}, ImportOptions());
}

// Document `d` of the synthetic ones: 40 statements.
std::vector<Statement> document_statements(int d, const std::string& path) {
  std::vector<Statement> out;
  for (std::uint32_t s = 1; s <= 40; ++s)
    out.push_back(test::statement(
        test::person("Personne " + std::to_string((d * 7 + s) % 300)), "dirige", "diriger",
        test::entity("Entreprise " + std::to_string((d + s * 13) % 200)), path, s));
  return out;
}

DocumentRecord document(int d) {
  std::string path = "depeches/" + std::to_string(d) + ".txt";
  return {path, "hash-" + std::to_string(d), 40};
}

// Sources read per document: every document stored whole has 40.
std::map<std::string, std::size_t> sources_per_document(const StatementStore& store) {
  std::map<std::string, std::size_t> per_document;
  store.for_each_statement([&](const Statement& st) {
    for (const auto& src : st.sources) ++per_document[src.doc];
  });
  return per_document;
}

void make_plain_rocksdb(const fs::path& dir) {
  rocksdb::Options options;
  options.create_if_missing = true;
  rocksdb::DB* db = nullptr;
  REQUIRE(rocksdb::DB::Open(options, dir.string(), &db).ok());
  REQUIRE(db->Put(rocksdb::WriteOptions(), "some", "thing").ok());
  delete db;
}

// Inverts the bits of `count` bytes of `file` from `offset`.
void damage(const fs::path& file, std::uintmax_t offset, std::size_t count = 1) {
  std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
  std::string bytes(count, '\0');
  f.seekg(static_cast<std::streamoff>(offset));
  f.read(bytes.data(), static_cast<std::streamsize>(count));
  for (char& c : bytes) c = static_cast<char>(~c);
  f.seekp(static_cast<std::streamoff>(offset));
  f.write(bytes.data(), static_cast<std::streamsize>(count));
  REQUIRE(f.good());
}

}  // namespace

TEST_CASE("a full disk stops the writer with an error, and what was committed stays", "[store]") {
  test::SmallFilesystem disk(4);
  if (!disk.mounted()) {
    WARN("skipped: " << disk.why());
    return;
  }
  fs::path db = disk / "db";
  int stored = 0;
  std::string error;
  {
    auto store = StatementStore::open(db, OpenMode::ReadWrite);
    disk.fill(600);  // room for a few dozen documents
    try {
      for (; stored < 5000; ++stored)
        store->add_document(document(stored), document_statements(stored, document(stored).path));
    } catch (const StoreError& e) {
      error = e.what();
    }
  }  // closed on a full disk: no abort
  REQUIRE(stored > 0);
  REQUIRE(stored < 5000);  // the disk filled up
  CHECK_THAT(error, Contains(db.string()) && Contains("no space left on device"));

  // Still full: readable, every document written before the fault there and whole.
  {
    auto reader = StatementStore::open(db, OpenMode::ReadOnly);
    auto per_document = sources_per_document(*reader);
    CHECK(per_document.size() == static_cast<std::size_t>(stored));
    for (const auto& [path, n] : per_document) {
      INFO(path);
      CHECK(n == 40);
    }
  }
  // A writer opening while the disk is full either works or says why.
  try {
    auto store = StatementStore::open(db, OpenMode::ReadWrite);
    CHECK_THROWS_WITH(
        store->add_document(document(stored), document_statements(stored, document(stored).path)),
        Contains("no space left on device"));
  } catch (const StoreError& e) {
    CHECK_THAT(e.what(), Contains("no space left on device"));
  }

  disk.free_space();
  {
    auto store = StatementStore::open(db, OpenMode::ReadWrite);
    CHECK(
        store->add_document(document(stored), document_statements(stored, document(stored).path)));
    CHECK(store->stats().documents == static_cast<std::uint64_t>(stored) + 1);
  }
}

TEST_CASE("an import on a full disk writes nothing and says why", "[store]") {
  test::SmallFilesystem disk(2);
  if (!disk.mounted()) {
    WARN("skipped: " << disk.why());
    return;
  }
  fs::path db = disk / "db";
  import_fixtures(db);
  std::string before = test::dump_store(db);
  test::TempDir dir;
  test::write_statements(dir / "big.jsonl", 20000);
  disk.fill(100);
  {
    auto store = StatementStore::open(db, OpenMode::ReadWrite);
    CHECK_THROWS_WITH(store->import_jsonl({(dir / "big.jsonl").string()}, ImportOptions()),
                      Contains("no space left on device"));
  }
  CHECK(test::dump_store(db) == before);
  for (const auto& entry : fs::directory_iterator(db))
    CHECK(entry.path().filename().string().rfind("import-", 0) != 0);
}

TEST_CASE("a damaged table file is reported, never read as if the store were whole", "[store]") {
  test::TempDir dir;
  fs::path db = dir / "db";
  import_fixtures(db);
  fs::path table = test::largest_table_file(db);
  auto size = fs::file_size(table);

  SECTION("truncated") { fs::resize_file(table, size / 2); }
  SECTION("its footer damaged") { damage(table, size - 8, 4); }

  for (OpenMode mode : {OpenMode::ReadOnly, OpenMode::ReadWrite})
    CHECK_THROWS_WITH(StatementStore::open(db, mode), Contains(db.string()) &&
                                                          Contains("damaged store") &&
                                                          Contains(table.filename().string()));
}

TEST_CASE("a damaged block is reported when read, and by verify", "[store]") {
  test::TempDir dir;
  fs::path db = dir / "db";
  import_fixtures(db);
  // The first data block of every table file: opening a table does not read it.
  for (const auto& entry : fs::directory_iterator(db))
    if (entry.path().extension() == ".sst") damage(entry.path(), 0);
  auto store = StatementStore::open(db, OpenMode::ReadOnly);
  CHECK_THROWS_WITH(store->verify(), Contains("damaged store") && Contains("checksum mismatch"));
  CHECK_THROWS_WITH(store->for_each_statement([](const Statement&) {}), Contains("damaged store"));
}

TEST_CASE("a table file deleted from the store is found by check_files and verify", "[store]") {
  test::TempDir dir;
  fs::path db = dir / "db";
  import_fixtures(db);
  fs::remove(test::largest_table_file(db));
  // A reader may open it: RocksDB reads the family as it was before that file. Or not, when
  // the family has files written after it: then the reader sees them and says so.
  std::unique_ptr<StatementStore> store;
  try {
    store = StatementStore::open(db, OpenMode::ReadOnly);
  } catch (const StoreError& e) {
    CHECK_THAT(e.what(), Contains("damaged store"));
  }
  if (store) {
    CHECK_THROWS_WITH(store->check_files(), Contains("damaged store"));
    CHECK_THROWS_WITH(store->verify(), Contains("damaged store"));
  }
  CHECK_THROWS_WITH(StatementStore::open(db, OpenMode::ReadWrite), Contains("damaged store"));
}

TEST_CASE("verify reads a whole store without complaint", "[store]") {
  test::TempDir dir;
  import_fixtures(dir / "db");
  auto store = StatementStore::open(dir / "db", OpenMode::ReadOnly);
  StoreCheck checked = store->verify();
  CHECK(checked.table_files > 0);
  CHECK(checked.bytes > 0);
  CHECK_NOTHROW(store->check_files());
}

TEST_CASE("a foreign RocksDB database is refused before anything is written to it", "[store]") {
  test::TempDir dir;
  make_plain_rocksdb(dir / "db");
  auto before = test::directory_snapshot(dir / "db");
  for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly})
    CHECK_THROWS_WITH(StatementStore::open(dir / "db", mode), Contains("not a trame store"));
  CHECK(test::directory_snapshot(dir / "db") == before);
  std::vector<std::string> families;
  REQUIRE(
      rocksdb::DB::ListColumnFamilies(rocksdb::Options(), (dir / "db").string(), &families).ok());
  CHECK(families == std::vector<std::string>{"default"});
}

TEST_CASE("a store of another format version is refused before anything is written", "[store]") {
  test::TempDir dir;
  fs::path db = dir / "db";
  { StatementStore::open(db, OpenMode::ReadWrite); }
  {
    rocksdb::Options options;
    std::vector<std::string> names;
    REQUIRE(rocksdb::DB::ListColumnFamilies(options, db.string(), &names).ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> descs;
    for (auto& n : names) descs.emplace_back(n, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* raw = nullptr;
    REQUIRE(rocksdb::DB::Open(options, db.string(), descs, &handles, &raw).ok());
    REQUIRE(raw->Put(rocksdb::WriteOptions(), "format-version", "trame-store 2").ok());
    for (auto* h : handles) raw->DestroyColumnFamilyHandle(h);
    delete raw;
  }
  auto before = test::directory_snapshot(db);
  CHECK_THROWS_WITH(StatementStore::open(db, OpenMode::ReadWrite),
                    Contains("store format trame-store 2, this trame reads trame-store 1"));
  CHECK(test::directory_snapshot(db) == before);
}

TEST_CASE("a store without its CURRENT file is damaged, never made anew", "[store]") {
  test::TempDir dir;
  fs::path db = dir / "db";
  import_fixtures(db);
  fs::remove(db / "CURRENT");
  auto before = test::directory_snapshot(db);
  for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly})
    CHECK_THROWS_WITH(StatementStore::open(db, mode),
                      Contains(db.string()) && Contains("damaged store") && Contains("CURRENT"));
  CHECK(test::directory_snapshot(db) == before);
}

TEST_CASE("an empty directory, or one left by a creation killed early, becomes a store",
          "[store]") {
  test::TempDir dir;
  SECTION("empty") { fs::create_directory(dir / "db"); }
  SECTION("killed before CURRENT was written") {
    // What RocksDB has written when it creates a database, before CURRENT.
    fs::create_directory(dir / "db");
    test::write_file(dir / "db/LOCK", "");
    test::write_file(dir / "db/LOG", "");
    test::write_file(dir / "db/IDENTITY", "0ab1c2d3-0000-0000-0000-000000000000\n");
    test::write_file(dir / "db/MANIFEST-000001", "");
  }
  {
    auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
    CHECK(store->add_document({"a.txt", "hash-a", 1},
                              {test::statement(test::person("Camille Durand"), "a fondé", "fonder",
                                               test::entity("Nébuleuse"), "a.txt", 1)}));
  }
  auto reader = StatementStore::open(dir / "db", OpenMode::ReadOnly);
  CHECK(reader->stats().statements == 1);
}
