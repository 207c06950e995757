#include "trame/extract/statement.h"

#include <catch2/catch.hpp>

using namespace trame;

TEST_CASE("name_key ignores case, accents, apostrophe style and spacing", "[statement]") {
  CHECK(name_key("L’Élysée") == name_key("l'elysee"));
  CHECK(name_key("  Commission   européenne ") == "commission europeenne");
  CHECK(name_key("Œuvre") == "oeuvre");
  CHECK(name_key("ELON MUSK") == name_key("Elon Musk"));
}

TEST_CASE("node_id_for makes readable ASCII ids", "[statement]") {
  CHECK(node_id_for("Elon Musk") == "elon-musk");
  CHECK(node_id_for("Ursula von der Leyen") == "ursula-von-der-leyen");
  CHECK(node_id_for("x.AI") == "x-ai");
  CHECK(node_id_for("Nasser Al-Khelaïfi") == "nasser-al-khelaifi");
  CHECK(node_id_for("«»") == "node");
}

TEST_CASE("entity types and modalities round-trip through their names", "[statement]") {
  for (auto t : {EntityType::Person, EntityType::Organization, EntityType::Product,
                 EntityType::Place, EntityType::Event, EntityType::Work, EntityType::Concept})
    CHECK(entity_type_from_string(to_string(t)) == t);
  for (auto m : {Modality::Asserted, Modality::Conditional, Modality::Reported, Modality::Question})
    CHECK(modality_from_string(to_string(m)) == m);
  CHECK_FALSE(entity_type_from_string("person").has_value());
  CHECK_FALSE(modality_from_string("maybe").has_value());
}
