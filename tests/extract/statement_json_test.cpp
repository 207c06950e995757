#include "trame/extract/statement_json.h"

#include <catch2/catch.hpp>

using namespace trame;
using nlohmann::json;

namespace {
Statement sample() {
  Statement st;
  st.subject = {"marie-curie", "Marie Curie", EntityType::Person, "elle", {"Curie"}};
  st.relation = {"a découvert", "découvrir"};
  st.object = {"polonium", "polonium", EntityType::Concept, "le polonium", {}};
  st.negated = true;
  st.modality = Modality::Reported;
  st.attribution = Entity{"academie", "Académie", EntityType::Organization, "l'Académie", {}};
  st.confidence = 0.75;
  st.sources.push_back({"notes/curie.txt", 3, 120, 180, "Selon l'Académie, elle n'a pas découvert le polonium."});
  return st;
}
}  // namespace

TEST_CASE("a statement survives a round trip through its JSON form", "[json]") {
  Statement st = sample();
  json j = to_json(st);
  CHECK(j["subject"]["name"] == "Marie Curie");
  CHECK(j["relation"]["lemma"] == "découvrir");
  CHECK(j["modality"] == "reported");
  CHECK(j["sources"][0]["sentence"] == 3);
  CHECK(statement_from_json(j) == st);
  CHECK(statement_from_json(json::parse(j.dump())) == st);
}

TEST_CASE("statement_from_json names what is missing or wrong", "[json]") {
  json j = to_json(sample());
  j.erase("subject");
  CHECK_THROWS_WITH(statement_from_json(j), Catch::Contains("subject"));
  j = to_json(sample());
  j["modality"] = "perhaps";
  CHECK_THROWS_WITH(statement_from_json(j), Catch::Contains("perhaps"));
  j = to_json(sample());
  j["object"]["type"] = "Alien";
  CHECK_THROWS_WITH(statement_from_json(j), Catch::Contains("Alien"));
  CHECK_THROWS_AS(statement_from_json(json::array()), StatementFormatError);
}

TEST_CASE("statement_from_json fills ids and lemmas that other tools leave out", "[json]") {
  json j = {{"subject", "Marie Curie"}, {"relation", "découvre"}, {"object", {{"name", "Radium"}}}};
  Statement st = statement_from_json(j);
  CHECK(st.subject.id == "marie-curie");
  CHECK(st.object.id == "radium");
  CHECK(st.relation.lemma == "découvre");
  CHECK(st.modality == Modality::Asserted);
}
