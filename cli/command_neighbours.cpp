// trame neighbours NAME: the statements around an entity.
#include <iostream>
#include <memory>

#include "command.h"
#include "statement_text.h"
#include "store_access.h"
#include "trame/extract/statement_json.h"
#include "trame/graph/knowledge_graph.h"

namespace trame::cli {
namespace {

struct NeighboursOptions {
  std::string db;
  std::string name;
  int depth = 1;
  std::string direction = "both";
  std::string relation;
  std::string type;
  std::size_t limit = 0;
  std::string format = "text";
};

void run(const NeighboursOptions& o) {
  NeighbourQuery query;
  query.depth = o.depth;
  query.direction = direction_from_string(o.direction);
  if (!o.relation.empty()) query.relation = o.relation;
  if (!o.type.empty()) {
    query.type = entity_type_from_string(o.type);
    if (!query.type)
      throw CommandError(kExitBadInput, "--type: unknown type \"" + o.type +
                                            "\" (Person, Organization, Product, Place, Event, "
                                            "Work or Concept)");
  }
  query.limit = o.limit;
  auto store = open_store(o.db, OpenMode::ReadOnly);
  NodeRecord node = require_node(*store, o.name);
  // Only the part of the graph the query can reach is read from the store.
  KnowledgeGraph graph = KnowledgeGraph::around(*store, node.id, query);
  std::vector<Neighbour> found = graph.neighbours(node.id, query);
  if (found.empty()) throw CommandError(kExitNotFound, "no statements around " + node.name);
  for (const Neighbour& n : found) {
    if (o.format == "jsonl") {
      std::cout << to_json(n.statement).dump() << '\n';
    } else {
      std::cout << std::string(2 * static_cast<std::size_t>(n.depth - 1), ' ')
                << statement_line(n.statement) << '\n';
    }
  }
  std::cout.flush();
}

}  // namespace

void add_neighbours_command(CLI::App& app) {
  auto o = std::make_shared<NeighboursOptions>();
  CLI::App* cmd = app.add_subcommand("neighbours",
                                     "the statements around an entity, found by any of its names");
  add_db_option(*cmd, o->db);
  cmd->add_option("NAME", o->name, "an entity's name or alias (case and accents ignored)")
      ->required();
  cmd->add_option("--depth", o->depth, "how many statements away to go")->check(CLI::Range(1, 100));
  cmd->add_option("--direction", o->direction, "follow statements out of, into, or both ways")
      ->check(CLI::IsMember({"out", "in", "both"}));
  cmd->add_option("--relation", o->relation, "only statements with this relation lemma")
      ->type_name("LEMMA");
  cmd->add_option("--type", o->type, "only statements leading to entities of this type")
      ->type_name("TYPE");
  cmd->add_option("--limit", o->limit, "at most this many statements, nearest and best read first");
  cmd->add_option("--format", o->format, "text (default) or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}));
  cmd->callback([o] { run(*o); });
}

}  // namespace trame::cli
