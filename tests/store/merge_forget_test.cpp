#include <catch2/catch.hpp>

#include "statement_builder.h"
#include "store_dump.h"
#include "trame/store/statement_store.h"

using namespace trame;
using trame::test::entity;
using trame::test::person;
using trame::test::statement;

TEST_CASE("merge moves statements and keeps the name as an alias", "[merge]") {
  test::TempDir dir;
  auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  store->add_document(
      {"a.txt", "a", 2},
      {statement(entity("Hélios"), "a racheté", "racheter", entity("Vélo Cité"), "a.txt", 1),
       statement(person("Chloé Faure"), "dirige", "diriger", entity("Hélios"), "a.txt", 2)});
  store->add_document(
      {"b.txt", "b", 2},
      {statement(entity("Groupe Hélios"), "a racheté", "racheter", entity("Vélo Cité"), "b.txt", 1),
       statement(person("Louis Henry"), "conseille", "conseiller", entity("Groupe Hélios"), "b.txt",
                 2)});
  auto old_id = store->find_node("Hélios")->id;
  REQUIRE(store->stats().statements == 4);

  NodeRecord merged = store->merge("helios", "Groupe Hélios");
  CHECK(merged.name == "Groupe Hélios");
  CHECK(merged.aliases == std::vector<std::string>{"Hélios"});
  CHECK(store->find_node("Hélios")->id == merged.id);
  CHECK(store->node(old_id)->id == merged.id);  // links made to the old id still lead somewhere
  // "Hélios a racheté Vélo Cité" and "Groupe Hélios a racheté Vélo Cité" are now one.
  CHECK(store->stats().statements == 3);
  CHECK(store->stats().entities == 4);
  auto out = store->statements_of(merged.id, Direction::Out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].sources.size() == 2);
  CHECK(store->statements_of(merged.id, Direction::In).size() == 2);

  CHECK_THROWS_AS(store->merge("Personne Inconnue", "Groupe Hélios"), std::invalid_argument);
  CHECK_THROWS_AS(store->merge("Hélios", "Groupe Hélios"), std::invalid_argument);
}

TEST_CASE("merge re-keys attributions too", "[merge]") {
  test::TempDir dir;
  auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  Statement st = statement(entity("Banque du Rhône"), "finance", "financer",
                           entity("Atelier Lumen"), "a.txt", 1);
  st.modality = Modality::Reported;
  st.attribution = entity("Le Courrier");
  store->add_document({"a.txt", "a", 1}, {st});
  store->add_document({"b.txt", "b", 1},
                      {statement(entity("Le Courrier de l'Ain"), "a publié", "publier",
                                 entity("Atelier Lumen"), "b.txt", 1)});
  store->merge("Le Courrier", "Le Courrier de l'Ain");
  auto out = store->statements_of("banque-du-rhone", Direction::Out);
  REQUIRE(out.size() == 1);
  REQUIRE(out[0].attribution);
  CHECK(out[0].attribution->name == "Le Courrier de l'Ain");
  CHECK(store->entities("courrier", 0).at(0).statements == 2);
}

TEST_CASE("forget removes a document and what only it supported", "[forget]") {
  test::TempDir dir;
  auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  store->add_document({"a.txt", "a", 2}, {statement(person("Rose Guérin"), "dirige", "diriger",
                                                    entity("Éditions du Pont"), "a.txt", 1)});
  std::string only_a = test::dump_store(dir / "db");
  store->add_document({"b.txt", "b", 2}, {statement(person("Rose Guérin"), "dirige", "diriger",
                                                    entity("Éditions du Pont"), "b.txt", 1),
                                          statement(person("Nathan Muller"), "a quitté", "quitter",
                                                    entity("Éditions du Pont"), "b.txt", 2)});
  REQUIRE(store->stats().statements == 2);

  CHECK(store->forget("a.txt") == 1);
  StoreStats s = store->stats();
  CHECK(s.documents == 1);
  CHECK(s.statements == 2);  // the shared statement keeps b.txt's reading
  auto kept = store->statements_of("rose-guerin", Direction::Out);
  REQUIRE(kept.size() == 1);
  REQUIRE(kept[0].sources.size() == 1);
  CHECK(kept[0].sources[0].doc == "b.txt");

  CHECK(store->forget("b") == 1);  // by content hash
  s = store->stats();
  CHECK(s.documents == 0);
  CHECK(s.statements == 0);
  CHECK(s.entities == 0);  // nodes without statements go
  CHECK_FALSE(store->find_node("Nathan Muller"));
  CHECK(store->forget("b.txt") == 0);
  (void)only_a;
}

TEST_CASE("forget then ingest again restores the statements", "[forget]") {
  test::TempDir dir;
  auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  std::vector<Statement> statements{statement(person("Rose Guérin"), "dirige", "diriger",
                                              entity("Éditions du Pont"), "a.txt", 1)};
  store->add_document({"a.txt", "a", 1}, statements);
  store->forget("a.txt");
  CHECK_FALSE(store->has_document("a"));
  CHECK(store->add_document({"a.txt", "a", 1}, statements));
  CHECK(store->stats().statements == 1);
  CHECK(store->statements_of(store->find_node("Rose Guérin")->id, Direction::Out).size() == 1);
}
