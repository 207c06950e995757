// trame merge NAME INTO: two nodes become one.
#include <iostream>
#include <memory>

#include "command.h"
#include "store_access.h"

namespace trame::cli {
namespace {

struct MergeOptions {
  std::string db;
  std::string name;
  std::string into;
};

void run(const MergeOptions& o) {
  auto store = open_store(o.db, OpenMode::ReadWrite);
  NodeRecord from = require_node(*store, o.name);
  NodeRecord into = require_node(*store, o.into);
  if (from.number == into.number)
    throw CommandError(kExitBadInput, "\"" + o.name + "\" and \"" + o.into +
                                          "\" are already the same entity (" + into.name + ")");
  NodeRecord merged = store->merge(o.name, o.into);
  std::cout << merged.name << " (" << merged.id << ")";
  if (!merged.aliases.empty()) {
    std::cout << ", also:";
    for (std::size_t i = 0; i < merged.aliases.size(); ++i)
      std::cout << (i ? ", " : " ") << merged.aliases[i];
  }
  std::cout << '\n';
}

}  // namespace

void add_merge_command(CLI::App& app) {
  auto o = std::make_shared<MergeOptions>();
  CLI::App* cmd = app.add_subcommand(
      "merge", "makes two entities one: NAME becomes another name of INTO, its statements move");
  add_db_option(*cmd, o->db);
  cmd->add_option("NAME", o->name, "the entity that goes")->required();
  cmd->add_option("INTO", o->into, "the entity that stays")->required();
  cmd->callback([o] { run(*o); });
}

}  // namespace trame::cli
