// trame ingest: texts in, statements stored. Every document is read and checked before
// anything is written; extraction runs on --jobs threads; documents are written in the
// order given, each in one atomic batch.
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <exception>
#include <iostream>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_set>

#include "command.h"
#include "store_access.h"
#include "trame/extract/document_source.h"
#include "trame/extract/extractor.h"
#include "trame/store/statement_store.h"

namespace trame::cli {
namespace {

struct IngestOptions {
  std::vector<std::string> paths;
  std::string db;
  unsigned jobs = 1;
};

// The extraction of one document, or the error that stopped it.
struct Slot {
  std::optional<Extraction> extraction;
  std::string error;
  bool done = false;
};

void ingest(const IngestOptions& opts) {
  std::vector<InputDocument> docs;
  try {
    for (const std::string& p : expand_paths(opts.paths)) docs.push_back(read_document(p));
  } catch (const InputError& e) {
    throw CommandError(kExitBadInput, e.what());
  }
  if (docs.empty()) throw CommandError(kExitBadInput, "no .txt document found in the given paths");

  std::unique_ptr<StatementStore> store = open_store(opts.db, OpenMode::ReadWrite);

  // Documents already stored, or given twice, are not read again.
  std::vector<const InputDocument*> todo;
  std::unordered_set<std::string> seen;
  for (const InputDocument& d : docs)
    if (seen.insert(d.content_hash).second && !store->has_document(d.content_hash))
      todo.push_back(&d);

  std::vector<Slot> slots(todo.size());
  std::mutex mutex;
  std::condition_variable ready;
  std::atomic<std::size_t> next{0};
  std::atomic<bool> stop{false};
  unsigned workers = std::max(1u, std::min<unsigned>(opts.jobs, static_cast<unsigned>(todo.size())));

  auto work = [&] {
    std::unique_ptr<Extractor> extractor;
    try {
      extractor = std::make_unique<Extractor>();
    } catch (const std::exception& e) {
      std::lock_guard<std::mutex> lock(mutex);
      for (Slot& s : slots)
        if (!s.done) s.error = e.what(), s.done = true;
      stop = true;
      ready.notify_all();
      return;
    }
    while (!stop) {
      std::size_t i = next.fetch_add(1);
      if (i >= todo.size()) break;
      Slot result;
      try {
        result.extraction = extractor->extract(todo[i]->path, todo[i]->text);
      } catch (const std::exception& e) {
        result.error = todo[i]->path + ": " + e.what();
      }
      result.done = true;
      std::lock_guard<std::mutex> lock(mutex);
      slots[i] = std::move(result);
      ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned w = 0; w < workers; ++w) threads.emplace_back(work);

  Progress progress("documents of " + std::to_string(todo.size()) + " analysed and stored");
  std::size_t written = 0, statements = 0;
  std::string failure;
  for (std::size_t i = 0; i < todo.size() && failure.empty(); ++i) {
    Slot slot;
    {
      std::unique_lock<std::mutex> lock(mutex);
      ready.wait(lock, [&] { return slots[i].done; });
      slot = std::move(slots[i]);
    }
    if (!slot.error.empty()) {
      failure = slot.error;
      break;
    }
    DocumentRecord record{todo[i]->path, todo[i]->content_hash, slot.extraction->sentences};
    try {
      if (store->add_document(record, slot.extraction->statements)) {
        ++written;
        statements += slot.extraction->statements.size();
      }
    } catch (const std::exception& e) {
      failure = todo[i]->path + ": " + e.what();
    }
    progress.update(i + 1);
  }
  stop = true;
  for (std::thread& t : threads) t.join();
  std::cerr << "trame: " << written << " new document" << (written == 1 ? "" : "s") << " of "
            << docs.size() << ", " << statements << " statement" << (statements == 1 ? "" : "s")
            << " read\n";
  if (!failure.empty()) throw CommandError(kExitBadInput, failure);
}

}  // namespace

void add_ingest_command(CLI::App& app) {
  auto opts = std::make_shared<IngestOptions>();
  CLI::App* cmd = app.add_subcommand(
      "ingest", "extract the statements of texts and store them (documents already stored add nothing)");
  cmd->add_option("PATH", opts->paths, "text files, directories (every .txt under them) or - for standard input")
      ->required();
  add_db_option(*cmd, opts->db);
  cmd->add_option("-j,--jobs", opts->jobs, "documents analysed in parallel")
      ->check(CLI::Range(1u, 256u))
      ->capture_default_str();
  cmd->callback([opts] { ingest(*opts); });
}

}  // namespace trame::cli
