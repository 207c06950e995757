// trame path A B: the shortest chain of statements linking two entities.
#include <iostream>
#include <memory>

#include "command.h"
#include "statement_text.h"
#include "store_access.h"
#include "trame/extract/statement_json.h"
#include "trame/graph/knowledge_graph.h"

namespace trame::cli {
namespace {

struct PathOptions {
  std::string db;
  std::string from;
  std::string to;
  std::string format = "text";
};

void run(const PathOptions& o) {
  auto store = open_store(o.db, OpenMode::ReadOnly);
  NodeRecord from = require_node(*store, o.from);
  NodeRecord to = require_node(*store, o.to);
  // The chain from an entity to itself has no statement: printing nothing and exiting 0 would
  // read as an answer. Like any query that finds nothing, it exits 1.
  if (from.number == to.number)
    throw CommandError(kExitNotFound, "\"" + o.from + "\" and \"" + o.to +
                                          "\" are the same entity (" + from.name +
                                          "): no chain of statements to print");
  KnowledgeGraph graph = KnowledgeGraph::load(*store);
  auto chain = graph.shortest_path(from.id, to.id);
  if (!chain)
    throw CommandError(kExitNotFound,
                       "no chain of statements links " + from.name + " and " + to.name);
  for (const Statement& st : *chain) {
    if (o.format == "jsonl")
      std::cout << to_json(st).dump() << '\n';
    else
      std::cout << statement_line(st) << '\n';
  }
  std::cout.flush();
}

}  // namespace

void add_path_command(CLI::App& app) {
  auto o = std::make_shared<PathOptions>();
  CLI::App* cmd =
      app.add_subcommand("path", "the shortest chain of statements linking two entities");
  add_db_option(*cmd, o->db);
  cmd->add_option("FROM", o->from, "an entity's name")->required();
  cmd->add_option("TO", o->to, "another entity's name")->required();
  cmd->add_option("--format", o->format, "text (default) or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}));
  cmd->callback([o] { run(*o); });
}

}  // namespace trame::cli
