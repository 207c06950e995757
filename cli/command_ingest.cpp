// trame ingest: texts in, statements stored. Every document is read and checked before
// anything is written; extraction runs in --jobs worker processes; documents are written
// in the order given, each in one atomic batch.
#include <iostream>
#include <unordered_set>

#include "command.h"
#include "store_access.h"
#include "trame/extract/document_source.h"
#include "trame/extract/parallel_extraction.h"
#include "trame/store/statement_store.h"

namespace trame::cli {
namespace {

struct IngestOptions {
  std::vector<std::string> paths;
  std::string db;
  unsigned jobs = 1;
};

void ingest(const IngestOptions& opts) {
  std::vector<InputDocument> docs = read_documents(opts.paths);

  // Documents already stored, or given twice, are not read again.
  std::vector<const InputDocument*> todo;
  {
    std::unique_ptr<StatementStore> store = open_store(opts.db, OpenMode::ReadWrite);
    std::unordered_set<std::string> seen;
    for (const InputDocument& d : docs)
      if (seen.insert(d.content_hash).second && !store->has_document(d.content_hash))
        todo.push_back(&d);
  }  // closed: the extraction workers are forked from this process

  std::unique_ptr<StatementStore> store;
  std::size_t written = 0, statements = 0;
  {
    Progress progress("documents of " + std::to_string(todo.size()) + " analysed and stored");
    try {
      // Loaded here even for several jobs: the workers forked from this process share its
      // pages instead of each loading the data again.
      Extractor* loaded = todo.empty() ? nullptr : &process_extractor();
      extract_in_order(
          todo, opts.jobs, {},
          [&](std::size_t i, Extraction&& ex) {
            if (!store) store = open_store(opts.db, OpenMode::ReadWrite);
            DocumentRecord record{todo[i]->path, todo[i]->content_hash, ex.sentences};
            if (store->add_document(record, ex.statements)) {
              ++written;
              statements += ex.statements.size();
            }
            progress.update(i + 1);
          },
          loaded);
    } catch (const ExtractionError& e) {
      throw CommandError(kExitBadInput, e.what());
    }
  }
  std::cerr << "trame: " << written << " new document" << (written == 1 ? "" : "s") << " of "
            << docs.size() << ", " << statements << " statement" << (statements == 1 ? "" : "s")
            << " read\n";
}

}  // namespace

void add_ingest_command(CLI::App& app) {
  auto opts = std::make_shared<IngestOptions>();
  CLI::App* cmd = app.add_subcommand(
      "ingest", "extract the statements of texts and store them (documents already stored add nothing)");
  cmd->add_option("PATH", opts->paths, "text files, directories (every .txt under them) or - for standard input")
      ->required();
  add_db_option(*cmd, opts->db);
  cmd->add_option("-j,--jobs", opts->jobs, "documents analysed in parallel, each job a process")
      ->check(CLI::Range(1u, 256u))
      ->capture_default_str();
  cmd->callback([opts] { ingest(*opts); });
}

}  // namespace trame::cli
