// Where the writing code sends its keys: one WriteBatch (a document, a merge, a forget),
// sorted SST files ingested at the end (an import), or WriteBatches committed as they fill
// (the import alternative kept for measuring).
#pragma once

#include <rocksdb/write_batch.h>

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "rocks_context.h"

namespace trame::store {

class WriteSink {
 public:
  virtual ~WriteSink() = default;
  virtual void put(Family f, std::string_view key, std::string_view value) = 0;
  virtual void remove(Family f, std::string_view key) = 0;
  // Bytes buffered and not yet written out.
  virtual std::size_t buffered_bytes() const = 0;
};

class BatchSink : public WriteSink {
 public:
  explicit BatchSink(RocksContext& ctx) : ctx_(ctx) {}
  void put(Family f, std::string_view key, std::string_view value) override;
  void remove(Family f, std::string_view key) override;
  std::size_t buffered_bytes() const override { return batch_.GetDataSize(); }
  // Writes the batch atomically and starts a new one.
  void commit();

 private:
  RocksContext& ctx_;
  rocksdb::WriteBatch batch_;
};

// An external merge sort into SST files. Puts are buffered per family; `spill` sorts each
// family's buffer and writes it as a sorted run in a private directory under the store;
// `commit` merges every family's runs (and what is still buffered) into non-overlapping SST
// files and ingests every file of every family in one atomic step, so that a bulk import
// ends as one sorted run per family, as a full compaction would leave it. Of equal keys
// the last put wins. Dropped without commit, it removes its files and the store is
// untouched. Implemented in sst_sink.cpp.
class SstSink : public WriteSink {
 public:
  explicit SstSink(RocksContext& ctx);
  ~SstSink() override;
  void put(Family f, std::string_view key, std::string_view value) override;
  void remove(Family f, std::string_view key) override;  // unsupported: throws
  std::size_t buffered_bytes() const override { return buffered_; }
  void spill();
  void commit();

  // The key's first 8 bytes, big-endian, decide most comparisons without touching the
  // buffer; the offset orders equal keys by arrival, so the last put is the one kept.
  struct Entry {
    std::uint64_t head;
    std::uint64_t offset;
    std::uint32_t key_size;
    std::uint32_t value_size;
  };
  struct Buffer {
    std::string bytes;
    std::vector<Entry> entries;
    void sort();
  };

 private:
  void write_run(Buffer& buffer, const std::string& path);
  std::vector<std::string> merge_family(std::size_t family);
  // Runs `job(i)` for i in [0, n) on up to one thread a core; rethrows the first failure.
  static void in_parallel(std::size_t n, const std::function<void(std::size_t)>& job);

  RocksContext& ctx_;
  std::filesystem::path dir_;
  std::vector<Buffer> buffers_;
  std::vector<std::vector<std::string>> runs_;  // per family, oldest first
  std::size_t buffered_ = 0;
  std::size_t file_count_ = 0;
};

// The directory prefix of an SstSink's files; a writer opening the store removes any left
// by a process that was killed.
inline constexpr std::string_view kImportDirPrefix = "import-";

}  // namespace trame::store
