// trame import FILE.jsonl...: the bulk path for statements in the contract's JSON form.
#include <iostream>
#include <memory>

#include "command.h"
#include "store_access.h"

namespace trame::cli {
namespace {

struct ImportCommandOptions {
  std::string db;
  std::vector<std::string> files;
  std::string method = "sst";
};

void run(const ImportCommandOptions& o) {
  auto store = open_store(o.db, OpenMode::ReadWrite);
  ImportOptions options;
  options.method = o.method == "batch" ? BulkMethod::WriteBatches : BulkMethod::SstIngest;
  Progress progress("statements read");
  options.progress = [&progress](std::uint64_t n) { progress.update(n); };
  try {
    ImportResult result = store->import_jsonl(o.files, options);
    std::cerr << "trame: imported " << result.statements << " statements\n";
  } catch (const ImportInputError& e) {
    throw CommandError(kExitBadInput, e.what());
  }
}

}  // namespace

void add_import_command(CLI::App& app) {
  auto o = std::make_shared<ImportCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "import", "stores statements given as JSON lines (from `trame extract` or another tool)");
  add_db_option(*cmd, o->db);
  cmd->add_option("FILE", o->files, "files of statements, one JSON object a line")->required();
  cmd->add_option("--method", o->method,
                  "sst: sorted files ingested atomically (default); batch: large WriteBatches")
      ->check(CLI::IsMember({"sst", "batch"}));
  cmd->callback([o] { run(*o); });
}

}  // namespace trame::cli
