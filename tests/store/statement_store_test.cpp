#include "trame/store/statement_store.h"

#include <rocksdb/db.h>

#include <catch2/catch.hpp>

#include "statement_builder.h"
#include "store_dump.h"

using namespace trame;
using trame::test::entity;
using trame::test::person;
using trame::test::statement;

namespace {

DocumentRecord doc(const std::string& path) { return {path, "hash-of-" + path, 3}; }

}  // namespace

TEST_CASE("a document's statements are found from both ends", "[store]") {
  test::TempDir dir;
  auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  REQUIRE(store->add_document(doc("lundi.txt"),
                              {statement(person("Camille Durand"), "a fondé", "fonder",
                                         entity("Nébuleuse"), "lundi.txt", 1),
                               statement(entity("Nébuleuse"), "a racheté", "racheter",
                                         entity("Atelier Lumen"), "lundi.txt", 2)}));

  auto nebuleuse = store->find_node("nebuleuse");
  REQUIRE(nebuleuse);
  CHECK(nebuleuse->name == "Nébuleuse");
  CHECK(nebuleuse->id == "nebuleuse");
  auto out = store->statements_of(nebuleuse->id, Direction::Out);
  auto in = store->statements_of(nebuleuse->id, Direction::In);
  REQUIRE(out.size() == 1);
  REQUIRE(in.size() == 1);
  CHECK(out[0].object.name == "Atelier Lumen");
  CHECK(out[0].relation.lemma == "racheter");
  CHECK(in[0].subject.name == "Camille Durand");
  CHECK(in[0].subject.type == EntityType::Person);
  REQUIRE(in[0].sources.size() == 1);
  CHECK(in[0].sources[0].doc == "lundi.txt");
  CHECK(in[0].sources[0].sentence == 1);
  CHECK(in[0].sources[0].text == "Phrase 1 de lundi.txt.");
  CHECK(store->statements_of(nebuleuse->id, Direction::Both).size() == 2);

  StoreStats stats = store->stats();
  CHECK(stats.documents == 1);
  CHECK(stats.sentences == 3);
  CHECK(stats.entities == 3);
  CHECK(stats.statements == 2);
}

TEST_CASE("a document already stored adds nothing", "[store]") {
  test::TempDir dir;
  std::string before;
  {
    auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
    std::vector<Statement> statements{
        statement(person("Hugo Moreau"), "dirige", "diriger", entity("Vélo Cité"), "a.txt", 1)};
    REQUIRE(store->add_document(doc("a.txt"), statements));
    CHECK(store->has_document("hash-of-a.txt"));
    before = test::dump_store(dir / "db");
    CHECK_FALSE(store->add_document(doc("a.txt"), statements));
    // Same bytes under another path: still the same document.
    CHECK_FALSE(store->add_document({"copie/a.txt", "hash-of-a.txt", 3}, statements));
  }
  CHECK(test::dump_store(dir / "db") == before);
}

TEST_CASE("identical statements merge and their sources add up", "[store]") {
  test::TempDir dir;
  auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  store->add_document(doc("a.txt"), {statement(person("Léa Faure"), "a quitté", "quitter",
                                               entity("Groupe Hélios"), "a.txt", 2, 0.6)});
  store->add_document(doc("b.txt"), {statement(person("LÉA FAURE"), "a quitté", "quitter",
                                               entity("groupe helios"), "b.txt", 7, 0.9)});
  // Differs by negation: another statement.
  Statement denied =
      statement(person("Léa Faure"), "a quitté", "quitter", entity("Groupe Hélios"), "c.txt", 1);
  denied.negated = true;
  store->add_document(doc("c.txt"), {denied});

  auto st = store->statements_of("lea-faure", Direction::Out);
  REQUIRE(st.size() == 2);
  const Statement& merged = st[0].negated ? st[1] : st[0];
  REQUIRE(merged.sources.size() == 2);
  CHECK(merged.sources[0].doc == "a.txt");
  CHECK(merged.sources[1].doc == "b.txt");
  CHECK(merged.sources[1].sentence == 7);
  CHECK(merged.confidence == Approx(0.9));
  CHECK(merged.subject.name == "Léa Faure");  // the first name given stays canonical
  CHECK(store->stats().statements == 2);
  CHECK(store->stats().sources == 3);
}

TEST_CASE("names resolve across documents by aliases and surnames", "[store]") {
  test::TempDir dir;
  auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  store->add_document(doc("1.txt"), {statement(person("Inès Girard", {"Mme Girard"}), "dirige",
                                               "diriger", entity("Agence Orque"), "1.txt", 1)});
  // An alias given by one document finds the node in another.
  store->add_document(doc("2.txt"), {statement(person("Mme Girard"), "conseille", "conseiller",
                                               entity("Vélo Cité"), "2.txt", 1)});
  // A lone surname finds the unique Person carrying it.
  store->add_document(doc("3.txt"), {statement(person("Girard"), "a quitté", "quitter",
                                               entity("Agence Orque"), "3.txt", 1)});
  auto ines = store->find_node("Inès Girard");
  REQUIRE(ines);
  CHECK(store->statements_of(ines->id, Direction::Out).size() == 3);
  CHECK(store->find_node("girard")->id == ines->id);
  CHECK(std::find(ines->aliases.begin(), ines->aliases.end(), "Mme Girard") != ines->aliases.end());
  CHECK(store->stats().entities == 3);
}

TEST_CASE("a surname shared by two people is ambiguous", "[store]") {
  test::TempDir dir;
  auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  store->add_document(
      doc("1.txt"),
      {statement(person("Jules Blanc"), "dirige", "diriger", entity("A"), "1.txt", 1),
       statement(person("Rose Blanc"), "dirige", "diriger", entity("B"), "1.txt", 2)});
  store->add_document(doc("2.txt"),
                      {statement(person("Blanc"), "a quitté", "quitter", entity("A"), "2.txt", 1)});
  auto blanc = store->find_node("Blanc");
  REQUIRE(blanc);
  CHECK(blanc->name == "Blanc");
  CHECK(store->stats().entities == 5);
}

TEST_CASE("a full name takes over an earlier surname-only node, keeping its id", "[store]") {
  test::TempDir dir;
  auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  store->add_document(doc("1.txt"), {statement(person("Mercier"), "a fondé", "fonder",
                                               entity("Société Alpine"), "1.txt", 1)});
  auto before = store->find_node("Mercier");
  REQUIRE(before);
  store->add_document(doc("2.txt"), {statement(person("Théo Mercier"), "dirige", "diriger",
                                               entity("Société Alpine"), "2.txt", 1)});
  auto theo = store->find_node("Théo Mercier");
  REQUIRE(theo);
  CHECK(theo->number == before->number);
  CHECK(theo->id == before->id);
  CHECK(theo->name == "Théo Mercier");
  CHECK(theo->aliases == std::vector<std::string>{"Mercier"});
  CHECK(store->statements_of(theo->id, Direction::Out).size() == 2);
  CHECK(store->statements_of(theo->id, Direction::Out)[0].subject.name == "Théo Mercier");
}

TEST_CASE("node ids stay unique when names fold to the same id", "[store]") {
  test::TempDir dir;
  auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  store->add_document(doc("1.txt"), {statement(entity("X.AI"), "a racheté", "racheter",
                                               entity("X AI"), "1.txt", 1)});
  auto a = store->find_node("X.AI"), b = store->find_node("x ai");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->id == "x-ai");
  CHECK(b->id == "x-ai-2");
  CHECK(store->node("x-ai-2")->name == "X AI");
}

TEST_CASE("a reader works while the writer holds the store, and catches up", "[store]") {
  test::TempDir dir;
  auto writer = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  writer->add_document(doc("1.txt"), {statement(person("Zoé Henry"), "dirige", "diriger",
                                                entity("Vélo Cité"), "1.txt", 1)});
  auto reader = StatementStore::open(dir / "db", OpenMode::ReadOnly);
  CHECK(reader->find_node("Zoé Henry"));
  writer->add_document(doc("2.txt"), {statement(person("Émile Roussel"), "dirige", "diriger",
                                                entity("Vélo Cité"), "2.txt", 1)});
  CHECK_FALSE(reader->find_node("Émile Roussel"));
  reader->catch_up();
  CHECK(reader->find_node("Émile Roussel"));
  CHECK(reader->stats().statements == 2);
  CHECK_THROWS_AS(reader->add_document(doc("3.txt"), {}), std::logic_error);
}

TEST_CASE("a second writer is refused with a clear message", "[store]") {
  test::TempDir dir;
  auto writer = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  CHECK_THROWS_WITH(StatementStore::open(dir / "db", OpenMode::ReadWrite),
                    Catch::Contains("another trame process is writing"));
}

TEST_CASE("opening a missing store read-only fails naming the directory", "[store]") {
  test::TempDir dir;
  CHECK_THROWS_WITH(StatementStore::open(dir / "nothing", OpenMode::ReadOnly),
                    Catch::Contains("nothing") && Catch::Contains("no trame store"));
}

TEST_CASE("a store of another format version is refused", "[store]") {
  test::TempDir dir;
  { StatementStore::open(dir / "db", OpenMode::ReadWrite); }
  {
    // Rewrite the version key as a future trame would.
    rocksdb::Options options;
    std::vector<std::string> names;
    REQUIRE(rocksdb::DB::ListColumnFamilies(options, (dir / "db").string(), &names).ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> descs;
    for (auto& n : names) descs.emplace_back(n, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* db = nullptr;
    REQUIRE(rocksdb::DB::Open(options, (dir / "db").string(), descs, &handles, &db).ok());
    REQUIRE(db->Put(rocksdb::WriteOptions(), "format-version", "trame-store 99").ok());
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
    delete db;
  }
  for (OpenMode mode : {OpenMode::ReadWrite, OpenMode::ReadOnly})
    CHECK_THROWS_WITH(StatementStore::open(dir / "db", mode),
                      Catch::Contains("store format trame-store 99") &&
                          Catch::Contains("this trame reads trame-store 1"));
}

TEST_CASE("a RocksDB database that is not a trame store is refused", "[store]") {
  test::TempDir dir;
  {
    rocksdb::Options options;
    options.create_if_missing = true;
    rocksdb::DB* db = nullptr;
    REQUIRE(rocksdb::DB::Open(options, (dir / "db").string(), &db).ok());
    REQUIRE(db->Put(rocksdb::WriteOptions(), "some", "thing").ok());
    delete db;
  }
  CHECK_THROWS_WITH(StatementStore::open(dir / "db", OpenMode::ReadWrite),
                    Catch::Contains("not a trame store"));
}

TEST_CASE("closest names and entity counts", "[store]") {
  test::TempDir dir;
  auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  store->add_document(
      doc("1.txt"),
      {statement(person("Camille Durand"), "a fondé", "fonder", entity("Nébuleuse"), "1.txt", 1),
       statement(person("Camille Durand"), "dirige", "diriger", entity("Nébuleuse"), "1.txt", 2),
       statement(person("Manon Bonnet"), "conseille", "conseiller", entity("Camille Durand"),
                 "1.txt", 3)});
  auto closest = store->closest_names("Camile Durant", 3);
  REQUIRE_FALSE(closest.empty());
  CHECK(closest[0] == "Camille Durand");
  CHECK(store->closest_names("qqqqqqqqqq", 3).empty());
  // The same words in another order, even with a slip.
  closest = store->closest_names("Durand Camille", 3);
  REQUIRE_FALSE(closest.empty());
  CHECK(closest[0] == "Camille Durand");
  closest = store->closest_names("Bonet Manon", 3);
  REQUIRE_FALSE(closest.empty());
  CHECK(closest[0] == "Manon Bonnet");

  auto all = store->entities("", 0);
  REQUIRE(all.size() == 3);
  CHECK(all[0].node.name == "Camille Durand");
  CHECK(all[0].statements == 3);
  CHECK(all[1].node.name == "Nébuleuse");
  CHECK(all[1].statements == 2);
  auto some = store->entities("DURAND", 0);
  REQUIRE(some.size() == 1);
  CHECK(some[0].statements == 3);
  CHECK(store->entities("", 1).size() == 1);
}
