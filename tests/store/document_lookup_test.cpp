// Documents found by the names the command line gives them: the stored path, or its last
// components, and the closest paths for a name that fits none.
#include <catch2/catch.hpp>

#include "statement_builder.h"
#include "store_dump.h"
#include "trame/store/document_name.h"
#include "trame/store/statement_store.h"

using namespace trame;
using trame::test::entity;
using trame::test::statement;

namespace {

void add(StatementStore& store, const std::string& path) {
  store.add_document({path, "hash " + path, 1},
                     {statement(entity("Hélios"), "a racheté", "racheter", entity("Vélo Cité"),
                                path, 1)});
}

}  // namespace

TEST_CASE("a document is named by its path or the path's last components", "[documents]") {
  CHECK(names_document("examples/novaterra.txt", "examples/novaterra.txt"));
  CHECK(names_document("examples/novaterra.txt", "novaterra.txt"));
  CHECK(names_document("/srv/news/examples/novaterra.txt", "examples/novaterra.txt"));
  CHECK_FALSE(names_document("examples/novaterra.txt", "terra.txt"));  // not at a '/'
  CHECK_FALSE(names_document("examples/novaterra.txt", "/novaterra.txt"));
  CHECK_FALSE(names_document("examples/novaterra.txt", ""));
  CHECK_FALSE(names_document("novaterra.txt", "examples/novaterra.txt"));
}

TEST_CASE("document_paths: the exact path, else every path it ends", "[documents]") {
  test::TempDir dir;
  auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  add(*store, "examples/novaterra.txt");
  add(*store, "presse/lundi.txt");
  add(*store, "archives/lundi.txt");
  add(*store, "mardi.txt");
  add(*store, "archives/mardi.txt");

  using Paths = std::vector<std::string>;
  CHECK(store->document_paths("examples/novaterra.txt") == Paths{"examples/novaterra.txt"});
  CHECK(store->document_paths("novaterra.txt") == Paths{"examples/novaterra.txt"});
  CHECK(store->document_paths("lundi.txt") == Paths{"archives/lundi.txt", "presse/lundi.txt"});
  CHECK(store->document_paths("presse/lundi.txt") == Paths{"presse/lundi.txt"});
  // A path stored as given wins over the longer one it ends.
  CHECK(store->document_paths("mardi.txt") == Paths{"mardi.txt"});
  CHECK(store->document_paths("terra.txt").empty());
  CHECK(store->document_paths("nope.txt").empty());
}

TEST_CASE("closest_document_paths suggests paths for a misspelt name", "[documents]") {
  test::TempDir dir;
  auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  add(*store, "examples/novaterra.txt");
  add(*store, "examples/port.txt");
  add(*store, "presse/lundi.txt");

  using Paths = std::vector<std::string>;
  CHECK(store->closest_document_paths("novatera.txt", 5) == Paths{"examples/novaterra.txt"});
  CHECK(store->closest_document_paths("exemples/port.txt", 5) == Paths{"examples/port.txt"});
  CHECK(store->closest_document_paths("lundi", 5) == Paths{"presse/lundi.txt"});
  CHECK(store->closest_document_paths("zzzzzzzzzzzzzzzzzz.pdf", 5).empty());
  CHECK(store->closest_document_paths("port.tx", 1).size() == 1);
}
