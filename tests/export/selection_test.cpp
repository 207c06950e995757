// Choosing what to export: around an entity, by relation, type, sources, document, PageRank.
#include "trame/export/selection.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "export_test_support.h"

using namespace trame;
using namespace trame::test;

namespace {

std::set<std::string> node_ids(const Subgraph& g) {
  std::set<std::string> out;
  for (const NodeRecord& n : g.nodes) out.insert(n.id);
  return out;
}

std::multiset<std::string> texts(const Subgraph& g) {
  std::multiset<std::string> out;
  for (const Statement& st : g.statements) out.insert(st.relation.text);
  return out;
}

}  // namespace

TEST_CASE("an entity and a depth keep the statements that many steps away", "[selection]") {
  Subgraph graph = sample_subgraph();
  Selection s;
  s.entity = "K2";
  s.depth = 1;
  Subgraph one = select(graph, s);
  CHECK(texts(one) == std::multiset<std::string>{"utilise"});
  CHECK(node_ids(one) == std::set<std::string>{"lumo", "k2"});
  s.depth = 2;
  CHECK(texts(select(graph, s)) ==
        std::multiset<std::string>{"utilise", "a présenté", "a été primée au"});
  s.direction = Direction::Out;  // K2 is the subject of nothing
  CHECK(select(graph, s).statements.empty());
  CHECK(node_ids(select(graph, s)) == std::set<std::string>{"k2"});
}

TEST_CASE("entities are found by any name, case and accents ignored", "[selection]") {
  Subgraph graph = sample_subgraph();
  CHECK(find_node(graph, "LA FONDATRICE")->id == "heloise-martin");
  CHECK(find_node(graph, "velo cargo")->id == "velo-cargo");
  CHECK_FALSE(find_node(graph, "Paul Girard"));
  Selection s;
  s.entity = "Paul Girard";
  CHECK_THROWS_AS(select(graph, s), SelectionError);
}

TEST_CASE("filters by relation, type, number of sources and document", "[selection]") {
  Subgraph graph = sample_subgraph();
  Selection s;
  s.relations = {"RACHETER", "a créé"};  // a lemma and a text
  CHECK(texts(select(graph, s)) == std::multiset<std::string>{"s'est proposée de racheter",
                                                              "avait tenté de racheter", "a créé"});
  s = {};
  s.types = {EntityType::Person};
  CHECK(texts(select(graph, s)) == std::multiset<std::string>{"avait porté plainte contre"});
  s = {};
  s.min_sources = 2;
  CHECK(texts(select(graph, s)) == std::multiset<std::string>{"a assigné en justice"});
  s = {};
  s.docs = {"004.txt"};
  Subgraph from_004 = select(graph, s);
  CHECK(texts(from_004) ==
        std::multiset<std::string>{"a assigné en justice", "a aidé à cofonder", "utilise"});
  for (const Statement& st : from_004.statements)
    for (const Source& src : st.sources) CHECK(src.doc == "articles/004.txt");
  s.docs = {"04.txt"};  // a path's last components, not any suffix
  CHECK(select(graph, s).statements.empty());
}

TEST_CASE("top N (--top) keeps the statements among the best-ranked nodes",
          "[selection][pagerank]") {
  Subgraph graph = sample_subgraph();
  auto ranks = rank_nodes(graph);
  double total = 0;
  for (const auto& [id, r] : ranks) total += r;
  CHECK(total == Approx(1.0));
  // The two hubs of the sample articles rank first.
  std::vector<std::pair<double, std::string>> order;
  for (const auto& [id, r] : ranks) order.emplace_back(r, id);
  std::sort(order.rbegin(), order.rend());
  CHECK(std::set<std::string>{order[0].second, order[1].second} ==
        std::set<std::string>{"heloise-martin", "novaterra"});
  CHECK(ranks.at("echo-des-pentes") < ranks.at("k2"));  // an attribution links nothing

  Selection s;
  s.top = 2;
  Subgraph top = select(graph, s);
  CHECK(node_ids(top) == std::set<std::string>{"heloise-martin", "novaterra"});
  CHECK(top.statements.size() == 7);
  // A caller's own ranks take over.
  std::unordered_map<std::string, double> mine = {{"lumo", 3}, {"k2", 2}};
  CHECK(texts(select(graph, s, &mine)) == std::multiset<std::string>{"utilise"});
}

TEST_CASE("selections combine, in the documented order", "[selection]") {
  Selection s;
  s.entity = "Novaterra";
  s.depth = 1;
  s.types = {EntityType::Person, EntityType::Organization};
  s.min_sources = 1;
  Subgraph g = select(sample_subgraph(), s);
  for (const Statement& st : g.statements) {
    CHECK((st.subject.id == "novaterra" || st.object.id == "novaterra"));
    CHECK(st.subject.type != EntityType::Concept);
  }
  CHECK(g.statements.size() == 9);  // Lumo (Product) and the Concepts left out
}
