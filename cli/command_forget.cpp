// trame forget DOC: removes a document and what only it said.
#include <iostream>
#include <memory>

#include "command.h"
#include "store_access.h"

namespace trame::cli {
namespace {

struct ForgetOptions {
  std::string db;
  std::vector<std::string> documents;
};

void run(const ForgetOptions& o) {
  auto store = open_store(o.db, OpenMode::ReadWrite);
  for (const auto& doc : o.documents)
    if (store->forget(doc) == 0)
      throw CommandError(kExitNotFound, "no document \"" + doc + "\" in the store");
}

}  // namespace

void add_forget_command(CLI::App& app) {
  auto o = std::make_shared<ForgetOptions>();
  CLI::App* cmd =
      app.add_subcommand("forget", "removes documents and every statement only they supported");
  add_db_option(*cmd, o->db);
  cmd->add_option("DOC", o->documents, "a document's path as ingested, or its content hash")
      ->required();
  cmd->callback([o] { run(*o); });
}

}  // namespace trame::cli
