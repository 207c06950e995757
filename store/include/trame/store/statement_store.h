// The statement store: trame's graph kept in an embedded RocksDB database.
//
// It holds nodes (with every name they were given), a case- and accent-insensitive name
// index, statements with all the places they were read, documents (by content hash), and
// indexes that find a node's statements in both directions without a scan. Every
// document is written in one atomic WriteBatch: a crash never leaves half a document.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "trame/extract/statement.h"

namespace trame {

// A store that cannot be opened or read (wrong format version, corruption, I/O).
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class OpenMode {
  ReadWrite,  // the one writer
  ReadOnly,   // a reader that works while a writer holds the store
};

enum class Direction { Out, In, Both };

struct DocumentRecord {
  std::string path;          // as given on the command line
  std::string content_hash;  // identity: the same bytes are the same document
  std::uint32_t sentences = 0;
};

struct NodeRecord {
  std::string id;
  std::string name;  // canonical name
  EntityType type = EntityType::Concept;
  std::vector<std::string> aliases;  // other names, canonical name excluded
};

struct StoreStats {
  std::uint64_t documents = 0;
  std::uint64_t sentences = 0;
  std::uint64_t entities = 0;
  std::uint64_t statements = 0;
};

class StatementStore {
 public:
  // Opens (creating it in ReadWrite mode) the store at `dir`. Throws StoreError.
  static std::unique_ptr<StatementStore> open(const std::filesystem::path& dir, OpenMode mode);
  virtual ~StatementStore() = default;

  // Stores one document and its statements atomically. Returns false, writing nothing,
  // when a document with the same content hash is already stored.
  virtual bool add_document(const DocumentRecord& doc, const std::vector<Statement>& statements) = 0;
  virtual bool has_document(std::string_view content_hash) const = 0;

  // The node a name (canonical or alias; case and accents ignored) stands for.
  virtual std::optional<NodeRecord> find_node(std::string_view name) const = 0;
  virtual std::optional<NodeRecord> node(std::string_view id) const = 0;
  // Known names closest to `name`, best first (for "did you mean").
  virtual std::vector<std::string> closest_names(std::string_view name, std::size_t limit) const = 0;

  // Statements with the node as subject (Out), object (In) or either, with all sources.
  virtual std::vector<Statement> statements_of(std::string_view node_id, Direction direction) const = 0;

  virtual void for_each_node(const std::function<void(const NodeRecord&)>& visit) const = 0;
  virtual void for_each_statement(const std::function<void(const Statement&)>& visit) const = 0;

  virtual StoreStats stats() const = 0;
};

}  // namespace trame
