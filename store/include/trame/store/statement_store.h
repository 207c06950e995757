// The statement store: trame's graph kept in an embedded RocksDB database.
//
// It holds nodes (with every name they were given), a case- and accent-insensitive name
// index, statements with all the places they were read, documents (by content hash), and
// indexes that find a node's statements in both directions without a scan. Every
// document is written in one atomic WriteBatch, every import in one atomic ingestion of
// sorted files: a crash never leaves half a document. The on-disk layout is described in
// docs/store.md.
//
// One process writes (OpenMode::ReadWrite); any number read at the same time
// (OpenMode::ReadOnly, a RocksDB secondary instance that takes no lock). A store object is
// used from one thread at a time.
#pragma once

#include <array>
#include <compare>
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

// A store that cannot be opened, read or written: another format version, not a trame store,
// damage ("DIR: damaged store: …"), a full disk ("DIR: no space left on device (…)"), I/O.
class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Input that cannot be imported; what() is one line naming the file, the line and the
// problem ("news.jsonl:12: subject: missing \"name\""). Nothing was written.
class ImportInputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

enum class OpenMode {
  ReadWrite,  // the one writer
  ReadOnly,   // a reader that works while a writer holds the store
};

enum class Direction { Out, In, Both };

// Nodes and relation lemmas are interned as small integers; keys are built from them.
using NodeNumber = std::uint32_t;
using LemmaNumber = std::uint32_t;

// A statement's identity in the store: a 128-bit hash of subject node, relation (lemma and
// text), object node, negation, modality and attribution node. Identical statements have
// the same key and so merge.
struct StatementKey {
  std::array<std::uint8_t, 16> bytes{};
  auto operator<=>(const StatementKey&) const = default;
  std::string hex() const;
};

// One entry of the subject-first index: all a traversal needs, no statement text.
struct EdgeRef {
  NodeNumber subject = 0;
  LemmaNumber lemma = 0;
  NodeNumber object = 0;
  StatementKey key;
};

struct DocumentRecord {
  std::string path;          // as given on the command line
  std::string content_hash;  // identity: the same bytes are the same document ("" if imported)
  std::uint32_t sentences = 0;
};

struct NodeRecord {
  NodeNumber number = 0;  // internal; 0 is never a node
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
  std::uint64_t sources = 0;  // readings: a statement read twice counts twice here
};

// What StatementStore::verify read.
struct StoreCheck {
  std::uint64_t table_files = 0;
  std::uint64_t bytes = 0;
};

struct EntityCount {
  NodeRecord node;
  std::uint64_t statements = 0;  // as subject, object or attribution
};

// How an import reaches the disk. SstIngest is the default: it measured faster (see
// docs/performance.md) and commits the whole import atomically.
enum class BulkMethod {
  SstIngest,     // sorted SST files, ingested at the end in one atomic step
  WriteBatches,  // large WriteBatches committed as they fill (not atomic; for comparison)
};

struct ImportOptions {
  BulkMethod method = BulkMethod::SstIngest;
  // Bytes of keys and values buffered before a sorted run is written out.
  std::size_t buffer_bytes = std::size_t{512} << 20;
  // Called now and then with the number of statements read so far.
  std::function<void(std::uint64_t)> progress;
};

struct ImportResult {
  std::uint64_t statements = 0;  // read (before identical ones merged)
};

class StatementStore {
 public:
  // Opens (creating it in ReadWrite mode) the store at `dir`. Throws StoreError, naming the
  // directory, for a missing store (ReadOnly), another format version, a RocksDB database that
  // is no trame store, a damaged store (a table file that cannot be opened, CURRENT missing
  // beside the store's other files), or a RocksDB error. A writer reads the directory
  // read-only first: a database it refuses is left exactly as it was.
  static std::unique_ptr<StatementStore> open(const std::filesystem::path& dir, OpenMode mode);
  ~StatementStore();
  StatementStore(const StatementStore&) = delete;
  StatementStore& operator=(const StatementStore&) = delete;

  // --- writing (ReadWrite only) ---

  // Stores one document and its statements atomically. Returns false, writing nothing,
  // when a document with the same content hash is already stored. Callers with several
  // documents call it from one thread, in document order.
  bool add_document(const DocumentRecord& doc, const std::vector<Statement>& statements);
  bool has_document(std::string_view content_hash) const;

  // Stores every statement `next` yields (it returns false at the end) as one import:
  // sources name their documents by path. Anything `next` throws aborts the import and
  // leaves the store as it was.
  ImportResult import(const std::function<bool(Statement&)>& next, const ImportOptions& options);
  // Imports files of statements in the contract's JSON form, one a line. Throws
  // ImportInputError ("FILE:LINE: problem") for a file that cannot be read or a bad line,
  // having written nothing.
  ImportResult import_jsonl(const std::vector<std::string>& paths, const ImportOptions& options);

  // Makes `name`'s node part of `into`'s: its names become aliases of `into`, its statements
  // move over (merging with identical ones). Returns the resulting node. Throws
  // std::invalid_argument when a name is unknown or both are the same node.
  NodeRecord merge(std::string_view name, std::string_view into);

  // Removes the documents stored under `doc` (a path as given, or a content hash) and every
  // statement no other document supports; nodes left without statements go too. Returns
  // how many documents were removed (0: none known by that name).
  std::size_t forget(std::string_view doc);

  // --- reading ---

  // The node a name (canonical or alias; case and accents ignored) or node id stands for.
  std::optional<NodeRecord> find_node(std::string_view name) const;
  std::optional<NodeRecord> node(std::string_view id) const;
  std::optional<NodeRecord> node(NodeNumber number) const;
  // Known names closest to `name`, best first (for "did you mean").
  std::vector<std::string> closest_names(std::string_view name, std::size_t limit) const;

  // A node's statements as index entries: subject (Out), object (In) or either; only those
  // with relation lemma `lemma` when given.
  std::vector<EdgeRef> edges_of(NodeNumber node, Direction direction,
                                std::optional<LemmaNumber> lemma = std::nullopt) const;
  // Every statement as an index entry, in subject order.
  void for_each_edge(const std::function<void(const EdgeRef&)>& visit) const;
  // The full statement (names, relation, all sources) behind an index entry.
  Statement statement(const StatementKey& key) const;
  // How many places the statement was read.
  std::size_t source_count(const StatementKey& key) const;

  std::optional<LemmaNumber> lemma_number(std::string_view lemma) const;
  std::string lemma(LemmaNumber number) const;

  // Statements with the node as subject (Out), object (In) or either, with all sources.
  std::vector<Statement> statements_of(std::string_view node_id, Direction direction) const;

  void for_each_node(const std::function<void(const NodeRecord&)>& visit) const;
  void for_each_statement(const std::function<void(const Statement&)>& visit) const;
  void for_each_document(const std::function<void(const DocumentRecord&)>& visit) const;
  // The stored paths `doc` names (document_name.h): the path itself when a document is
  // stored under it, else every stored path it is the last components of ("novaterra.txt"
  // names "examples/novaterra.txt"). Distinct, sorted; empty when it names none.
  std::vector<std::string> document_paths(std::string_view doc) const;
  // Stored paths closest to `doc`, best first (for "did you mean"): by edit distance to the
  // path or to its last components, so a misspelt file name finds its directory too.
  std::vector<std::string> closest_document_paths(std::string_view doc, std::size_t limit) const;

  // Nodes whose names contain `query` (case and accents ignored; "" for all), most
  // statements first, at most `limit` (0: no limit).
  std::vector<EntityCount> entities(std::string_view query, std::size_t limit) const;

  StoreStats stats() const;

  // Reads every block of every table file of the store and checks its checksum. Throws
  // StoreError ("DIR: damaged store: …") at the first damage.
  StoreCheck verify() const;
  // Opens every table file the store lists, without reading their data: throws StoreError
  // ("DIR: damaged store: …") for one that is missing, truncated, or whose footer or index is
  // damaged. A reader checks the files it can see when it opens; this also finds a file
  // deleted from a store, which a reader would read as if it had never been written. Blocks
  // are checked against their checksums whenever they are read.
  void check_files() const;

  // A reader sees the store as it was when opened; this brings it up to date.
  void catch_up();

  struct Impl;

 private:
  explicit StatementStore(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace trame
