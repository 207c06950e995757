// The open RocksDB database with its column families, and the few ways the store reads it.
#pragma once

#include <rocksdb/db.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store_layout.h"

namespace trame::store {

class RocksContext {
 public:
  RocksContext(std::filesystem::path dir, OpenMode mode);
  ~RocksContext();

  rocksdb::DB& db() { return *db_; }
  rocksdb::ColumnFamilyHandle* family(Family f) const {
    return handles_[static_cast<std::size_t>(f)];
  }
  const std::filesystem::path& dir() const { return dir_; }
  OpenMode mode() const { return mode_; }

  std::optional<std::string> get(Family f, std::string_view key) const;
  // An iterator over keys starting with `prefix` (prefix bloom filters apply when the prefix
  // is the family's prefix length); `total_order` for whole-family scans.
  std::unique_ptr<rocksdb::Iterator> iterator(Family f, bool total_order = false) const;

  std::uint32_t counter(std::string_view key) const;  // a next-* counter of the default family

  void write(rocksdb::WriteBatch& batch);
  void catch_up();
  // Opens, read-only, every table file the store's manifest lists, and with `read_every_block`
  // reads every block of them, checking its checksum. Throws StoreError ("DIR: damaged store:
  // …") at the first damage.
  StoreCheck check_files(bool read_every_block) const;

  // Options the writer uses for each family; SST files for ingestion are built with them.
  const rocksdb::Options& family_options(Family f) const {
    return family_options_[static_cast<std::size_t>(f)];
  }

 private:
  // Reads the database read-only, writing nothing, and throws StoreError for one trame must
  // not open: another format version, not a trame store, damaged. True when its creation was
  // interrupted (some of our column families, all empty, no format version).
  bool inspect(const std::vector<std::string>& names);
  void open_writer();
  void open_reader();
  // A RocksDB secondary instance reads a column family as it was before its first table file
  // that is missing or cannot be opened (truncated, its footer damaged), without a word: a
  // damaged store would answer as if whole. A table file in the directory that the view does
  // not hold is the sign of it, but also of a writer at work (files not announced yet, or not
  // deleted yet): when one remains after catching up, check_files settles it.
  void check_view();
  std::vector<std::uint64_t> unseen_table_files() const;
  void check_format();
  void close();

  std::filesystem::path dir_;
  OpenMode mode_;
  std::filesystem::path secondary_dir_;  // a reader's private directory for RocksDB's own log
  std::vector<rocksdb::Options> family_options_;
  std::vector<rocksdb::ColumnFamilyHandle*> handles_;
  std::unique_ptr<rocksdb::DB> db_;
};

// Throws StoreError "WHAT: …" for a failed status: "no space left on device (…)" for a full
// disk, "damaged store: …" for corruption.
void check(const rocksdb::Status& status, std::string_view what);

}  // namespace trame::store
