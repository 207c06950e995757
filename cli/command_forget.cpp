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
  // Every name is resolved before anything is removed: a typo in the last one forgets none.
  std::vector<std::string> targets;
  for (const auto& doc : o.documents) {
    if (store->has_document(doc)) {  // a content hash
      targets.push_back(doc);
      continue;
    }
    std::vector<std::string> paths = store->document_paths(doc);
    // Forgetting is for good: a name that fits several documents is refused, not applied to all.
    if (paths.size() > 1) {
      std::string listed;
      for (const auto& p : paths) (listed += listed.empty() ? "" : ", ") += p;
      throw CommandError(kExitBadInput, "\"" + doc + "\" names " + std::to_string(paths.size()) +
                                            " documents (" + listed + "): give more of the path");
    }
    if (paths.empty()) throw CommandError(kExitNotFound, no_document_message(*store, doc));
    targets.push_back(paths.front());
  }
  for (const auto& target : targets) {
    std::size_t forgotten = store->forget(target);
    if (forgotten == 0) continue;  // named twice
    std::cerr << "trame: forgot " << target;
    if (forgotten > 1) std::cerr << " (" << forgotten << " documents stored under that path)";
    std::cerr << '\n';
  }
}

}  // namespace

void add_forget_command(CLI::App& app) {
  auto o = std::make_shared<ForgetOptions>();
  CLI::App* cmd =
      app.add_subcommand("forget", "removes documents and every statement only they supported");
  add_db_option(*cmd, o->db);
  cmd->add_option("DOC", o->documents,
                  "a document's path as stored, its last components (novaterra.txt for "
                  "examples/novaterra.txt), or its content hash")
      ->required();
  cmd->callback([o] { run(*o); });
}

}  // namespace trame::cli
