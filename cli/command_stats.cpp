// trame stats: what the store holds.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "command.h"
#include "store_access.h"

namespace trame::cli {
namespace {

struct StatsOptions {
  std::string db;
  std::string format = "text";
  bool check = false;
};

void run(const StatsOptions& o) {
  auto store = open_store(o.db, OpenMode::ReadOnly);
  if (o.check) {
    try {
      StoreCheck checked = store->verify();
      std::cerr << "trame: " << store_path(o.db).string() << ": no damage found ("
                << checked.table_files << " table files, " << checked.bytes
                << " bytes, every checksum verified)\n";
    } catch (const StoreError& e) {
      throw CommandError(kExitBadInput, e.what());
    }
  }
  StoreStats s = store->stats();
  if (o.format == "json") {
    nlohmann::json out = {{"documents", s.documents},
                          {"sentences", s.sentences},
                          {"entities", s.entities},
                          {"statements", s.statements},
                          {"sources", s.sources}};
    std::cout << out.dump() << '\n';
    return;
  }
  std::cout << "documents: " << s.documents << '\n'
            << "sentences: " << s.sentences << '\n'
            << "entities: " << s.entities << '\n'
            << "statements: " << s.statements << '\n'
            << "sources: " << s.sources << '\n';
}

}  // namespace

void add_stats_command(CLI::App& app) {
  auto o = std::make_shared<StatsOptions>();
  CLI::App* cmd = app.add_subcommand("stats", "counts: documents, sentences, entities, statements");
  add_db_option(*cmd, o->db);
  cmd->add_option("--format", o->format, "text (default) or json")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->add_flag("--check", o->check,
                "first read the whole store and verify every checksum (exit 2 on damage)");
  cmd->callback([o] { run(*o); });
}

}  // namespace trame::cli
