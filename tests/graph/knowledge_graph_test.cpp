#include "trame/graph/knowledge_graph.h"

#include <catch2/catch.hpp>
#include <numeric>

#include "../store/statement_builder.h"
#include "store_dump.h"

using namespace trame;
using trame::test::entity;
using trame::test::person;
using trame::test::statement;

namespace {

// Camille -fonder-> Nébuleuse -racheter-> Atelier Lumen <-diriger- Yves
// Banque -financer-> Atelier Lumen; Hugo -conseiller-> Camille; Orque alone with Vélo.
std::unique_ptr<StatementStore> sample(const test::TempDir& dir) {
  auto store = StatementStore::open(dir / "db", OpenMode::ReadWrite);
  store->add_document(
      {"a.txt", "a", 6},
      {statement(person("Camille Durand"), "a fondé", "fonder", entity("Nébuleuse"), "a.txt", 1),
       statement(entity("Nébuleuse"), "a racheté", "racheter", entity("Atelier Lumen"), "a.txt", 2),
       statement(person("Yves Morel"), "dirige", "diriger", entity("Atelier Lumen"), "a.txt", 3),
       statement(entity("Banque du Rhône"), "finance", "financer", entity("Atelier Lumen"), "a.txt",
                 4),
       statement(person("Hugo Bonnet"), "conseille", "conseiller", person("Camille Durand"),
                 "a.txt", 5),
       statement(entity("Agence Orque"), "a racheté", "racheter", entity("Vélo Cité"), "a.txt",
                 6)});
  // Read twice: comes first among its depth.
  store->add_document({"b.txt", "b", 1},
                      {statement(entity("Banque du Rhône"), "finance", "financer",
                                 entity("Atelier Lumen"), "b.txt", 1)});
  return store;
}

std::vector<std::string> lines(const std::vector<Statement>& statements) {
  std::vector<std::string> out;
  for (const auto& st : statements)
    out.push_back(st.subject.name + " " + st.relation.lemma + " " + st.object.name);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("neighbours follow depth and direction", "[graph]") {
  test::TempDir dir;
  auto store = sample(dir);
  KnowledgeGraph g = KnowledgeGraph::load(*store);
  CHECK(g.node_count() == 8);
  CHECK(g.statement_count() == 6);

  CHECK(lines(g.neighbours("nebuleuse", 1, Direction::Both)) ==
        std::vector<std::string>{"Camille Durand fonder Nébuleuse",
                                 "Nébuleuse racheter Atelier Lumen"});
  CHECK(lines(g.neighbours("nebuleuse", 1, Direction::Out)) ==
        std::vector<std::string>{"Nébuleuse racheter Atelier Lumen"});
  CHECK(lines(g.neighbours("nebuleuse", 1, Direction::In)) ==
        std::vector<std::string>{"Camille Durand fonder Nébuleuse"});
  CHECK(lines(g.neighbours("nebuleuse", 2, Direction::In)) ==
        std::vector<std::string>{"Camille Durand fonder Nébuleuse",
                                 "Hugo Bonnet conseiller Camille Durand"});
  CHECK(g.neighbours("nebuleuse", 2, Direction::Both).size() == 5);
  CHECK(g.neighbours("nebuleuse", 3, Direction::Both).size() == 5);  // Orque is elsewhere
  CHECK(g.neighbours("no-such-node", 1, Direction::Both).empty());
}

TEST_CASE("neighbours come nearest first, best read first, and can be filtered", "[graph]") {
  test::TempDir dir;
  auto store = sample(dir);
  KnowledgeGraph g = KnowledgeGraph::load(*store);
  NeighbourQuery q;
  q.depth = 2;
  auto found = g.neighbours("nebuleuse", q);
  REQUIRE(found.size() == 5);
  CHECK(found[0].depth == 1);
  CHECK(found[1].depth == 1);
  CHECK(found[2].depth == 2);
  CHECK(found[2].statement.relation.lemma == "financer");  // two sources
  CHECK(found[2].statement.sources.size() == 2);

  q.relation = "racheter";
  q.depth = 3;
  CHECK(lines([&] {
          std::vector<Statement> s;
          for (auto& n : g.neighbours("nebuleuse", q)) s.push_back(n.statement);
          return s;
        }()) == std::vector<std::string>{"Nébuleuse racheter Atelier Lumen"});
  q.relation = "nothing-like-it";
  CHECK(g.neighbours("nebuleuse", q).empty());

  NeighbourQuery people;
  people.depth = 2;
  people.type = EntityType::Person;
  auto persons = g.neighbours("atelier-lumen", people);
  REQUIRE(persons.size() == 1);
  CHECK(persons[0].statement.subject.name == "Yves Morel");

  NeighbourQuery limited;
  limited.depth = 2;
  limited.limit = 3;
  CHECK(g.neighbours("nebuleuse", limited).size() == 3);
}

TEST_CASE("a graph around a node answers like the whole graph", "[graph]") {
  test::TempDir dir;
  auto store = sample(dir);
  KnowledgeGraph whole = KnowledgeGraph::load(*store);
  for (int depth = 1; depth <= 3; ++depth)
    for (Direction d : {Direction::Out, Direction::In, Direction::Both}) {
      KnowledgeGraph part = KnowledgeGraph::around(*store, "nebuleuse", depth, d);
      CHECK(lines(part.neighbours("nebuleuse", depth, d)) ==
            lines(whole.neighbours("nebuleuse", depth, d)));
    }
  KnowledgeGraph one = KnowledgeGraph::around(*store, "atelier-lumen", 1, Direction::Both);
  CHECK(one.statement_count() == 3);
  CHECK(one.node_count() == 4);
  Subgraph sub = one.subgraph();
  CHECK(sub.nodes.size() == 4);
  CHECK(sub.statements.size() == 3);
}

TEST_CASE("the shortest path follows statements either way", "[graph]") {
  test::TempDir dir;
  auto store = sample(dir);
  KnowledgeGraph g = KnowledgeGraph::load(*store);
  auto chain = g.shortest_path("hugo-bonnet", "yves-morel");
  REQUIRE(chain);
  REQUIRE(chain->size() == 4);
  CHECK((*chain)[0].relation.lemma == "conseiller");
  CHECK((*chain)[1].relation.lemma == "fonder");
  CHECK((*chain)[2].relation.lemma == "racheter");
  CHECK((*chain)[3].relation.lemma == "diriger");
  CHECK_FALSE(g.shortest_path("hugo-bonnet", "agence-orque"));
  CHECK(g.shortest_path("hugo-bonnet", "hugo-bonnet")->empty());
  // By name too.
  CHECK(g.shortest_path("Banque du Rhône", "Yves Morel")->size() == 2);
}

TEST_CASE("PageRank ranks what is pointed at, and sums to one", "[graph]") {
  test::TempDir dir;
  auto store = sample(dir);
  KnowledgeGraph g = KnowledgeGraph::load(*store);
  std::vector<double> rank = g.pagerank();
  std::vector<NodeRecord> nodes = g.nodes();
  REQUIRE(rank.size() == nodes.size());
  CHECK(std::accumulate(rank.begin(), rank.end(), 0.0) == Approx(1.0));
  auto best = std::max_element(rank.begin(), rank.end()) - rank.begin();
  CHECK(nodes[static_cast<std::size_t>(best)].name == "Atelier Lumen");

  // The exporter's form gives the same ranks.
  std::vector<double> from_subgraph = pagerank(g.subgraph());
  REQUIRE(from_subgraph.size() == rank.size());
  for (std::size_t i = 0; i < rank.size(); ++i) CHECK(from_subgraph[i] == Approx(rank[i]));
}

TEST_CASE("PageRank of a cycle is uniform", "[graph]") {
  Subgraph cycle;
  for (const char* n : {"a", "b", "c"}) {
    NodeRecord r;
    r.id = r.name = n;
    cycle.nodes.push_back(r);
  }
  auto link = [](const char* s, const char* o) {
    Statement st;
    st.subject.id = s;
    st.object.id = o;
    return st;
  };
  cycle.statements = {link("a", "b"), link("b", "c"), link("c", "a")};
  for (double r : pagerank(cycle)) CHECK(r == Approx(1.0 / 3));
  CHECK(pagerank(Subgraph{}).empty());
}
