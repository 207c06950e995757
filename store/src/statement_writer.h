// Turns statements into the keys of store_layout.h: the statement record, its index
// entries, one source per reading, the sentence and the document's list of statements.
// The same code serves a document (one WriteBatch) and an import (SST files).
#pragma once

#include <functional>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "node_resolver.h"
#include "records.h"
#include "write_sink.h"

namespace trame::store {

// Which document each source belongs to.
using DocumentOf = std::function<DocumentNumber(const Source&)>;

StatementKey write_statement(const Statement& statement, NodeResolver& nodes, WriteSink& sink,
                             const DocumentOf& document_of);

// The documents an import names by path: an imported path already in the store (imported
// or ingested) gets its statements added to that document; a new one becomes a document
// without a content hash. An imported document's sentence count is the number of distinct
// sentences its sources name (sentence 5 alone is one sentence, not five); an ingested one
// knows its sentences 1..N, and grows only past N.
class ImportDocuments {
 public:
  explicit ImportDocuments(const RocksContext& ctx);
  DocumentNumber number(const Source& source);
  void write(WriteSink& sink);

 private:
  const RocksContext& ctx_;
  DocumentNumber next_;
  bool counter_dirty_ = false;
  std::unordered_map<std::string, DocumentNumber> by_path_;
  std::map<DocumentNumber, DocumentRecord> records_;
  std::map<DocumentNumber, bool> dirty_;  // true: new (its path key is written too)
  // The sentence numbers this import has counted, by document.
  std::unordered_map<DocumentNumber, std::unordered_set<std::uint32_t>> counted_;

  bool counted_before(DocumentNumber doc, std::uint32_t sentence) const;
};

// The latest document stored under `path`, if any.
std::optional<DocumentNumber> document_by_path(const RocksContext& ctx, std::string_view path);

}  // namespace trame::store
