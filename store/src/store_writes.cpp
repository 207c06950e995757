// Writing a store: one document at a time, or an import in bulk.
#include <filesystem>
#include <fstream>

#include "jsonl_statement_reader.h"
#include "node_resolver.h"
#include "statement_writer.h"
#include "store_impl.h"
#include "write_sink.h"

namespace trame {

bool StatementStore::has_document(std::string_view content_hash) const {
  return !content_hash.empty() &&
         impl_->ctx.get(Family::DocumentKeys, prefixed(kHashPrefix, content_hash)).has_value();
}

bool StatementStore::add_document(const DocumentRecord& doc,
                                  const std::vector<Statement>& statements) {
  impl_->require_writer();
  if (has_document(doc.content_hash)) return false;
  RocksContext& ctx = impl_->ctx;
  BatchSink sink(ctx);
  NodeResolver nodes(ctx);
  DocumentNumber number = ctx.counter(kNextDocumentKey);
  sink.put(Family::Meta, kNextDocumentKey, u32_key(number + 1));
  sink.put(Family::Documents, u32_key(number), encode_document(doc));
  if (!doc.content_hash.empty())
    sink.put(Family::DocumentKeys, prefixed(kHashPrefix, doc.content_hash), u32_key(number));
  sink.put(Family::DocumentKeys, path_key(doc.path, number), "");
  for (const Statement& st : statements)
    write_statement(st, nodes, sink, [number](const Source&) { return number; });
  nodes.write(sink);
  sink.commit();
  impl_->forget_caches();
  return true;
}

ImportResult StatementStore::import(const std::function<bool(Statement&)>& next,
                                    const ImportOptions& options) {
  impl_->require_writer();
  RocksContext& ctx = impl_->ctx;
  NodeResolver nodes(ctx);
  ImportDocuments documents(ctx);
  std::unique_ptr<SstSink> sst;
  std::unique_ptr<BatchSink> batches;
  WriteSink* sink;
  if (options.method == BulkMethod::SstIngest) {
    sst = std::make_unique<SstSink>(ctx);
    sink = sst.get();
  } else {
    batches = std::make_unique<BatchSink>(ctx);
    sink = batches.get();
  }
  auto document_of = [&documents](const Source& s) { return documents.number(s); };
  ImportResult result;
  Statement st;
  while (next(st)) {
    write_statement(st, nodes, *sink, document_of);
    ++result.statements;
    if (sink->buffered_bytes() >= options.buffer_bytes) {
      if (sst) {
        sst->spill();
      } else {
        nodes.write(*batches);
        documents.write(*batches);
        batches->commit();
      }
    }
    if (options.progress && result.statements % 100000 == 0) options.progress(result.statements);
    st = Statement();
  }
  nodes.write(*sink);
  documents.write(*sink);
  if (sst)
    sst->commit();
  else
    batches->commit();
  impl_->forget_caches();
  if (options.progress) options.progress(result.statements);
  return result;
}

ImportResult StatementStore::import_jsonl(const std::vector<std::string>& paths,
                                          const ImportOptions& options) {
  // Every file is checked to open before anything is read, so that a typo in the last name
  // costs no time.
  for (const auto& path : paths) {
    std::ifstream probe(path);
    if (!probe) throw ImportInputError(path + ": cannot be read");
    if (std::filesystem::is_directory(path)) throw ImportInputError(path + ": is a directory");
  }
  JsonlStatementReader reader(paths);
  return import([&reader](Statement& st) { return reader.next(st); }, options);
}

}  // namespace trame
