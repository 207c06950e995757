// trame entities [QUERY]: known entities, with how many statements mention each.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "command.h"
#include "store_access.h"

namespace trame::cli {
namespace {

struct EntitiesOptions {
  std::string db;
  std::string query;
  std::size_t limit = 50;
  std::string format = "text";
};

void run(const EntitiesOptions& o) {
  auto store = open_store(o.db, OpenMode::ReadOnly);
  auto found = store->entities(o.query, o.limit);
  if (found.empty())
    throw CommandError(kExitNotFound, o.query.empty()
                                          ? "the store holds no entities"
                                          : "no entity name contains \"" + o.query + "\"");
  for (const EntityCount& e : found) {
    if (o.format == "jsonl") {
      nlohmann::json line = {{"id", e.node.id},
                             {"name", e.node.name},
                             {"type", to_string(e.node.type)},
                             {"aliases", e.node.aliases},
                             {"statements", e.statements}};
      std::cout << line.dump() << '\n';
      continue;
    }
    std::string count = std::to_string(e.statements);
    std::cout << std::string(count.size() < 7 ? 7 - count.size() : 0, ' ') << count << "  "
              << e.node.name << " (" << to_string(e.node.type);
    if (!e.node.aliases.empty()) {
      std::cout << "; also";
      for (std::size_t i = 0; i < e.node.aliases.size(); ++i)
        std::cout << (i ? ", " : " ") << e.node.aliases[i];
    }
    std::cout << ")\n";
  }
}

}  // namespace

void add_entities_command(CLI::App& app) {
  auto o = std::make_shared<EntitiesOptions>();
  CLI::App* cmd = app.add_subcommand(
      "entities", "lists entities whose names contain QUERY (all without), most mentioned first");
  add_db_option(*cmd, o->db);
  cmd->add_option("QUERY", o->query, "part of a name (case and accents ignored)");
  cmd->add_option("--limit", o->limit, "at most this many (0: all; default 50)");
  cmd->add_option("--format", o->format, "text (default) or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}));
  cmd->callback([o] { run(*o); });
}

}  // namespace trame::cli
