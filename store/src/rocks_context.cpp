#include "rocks_context.h"

#include <fcntl.h>
#include <rocksdb/cache.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/slice_transform.h>
#include <rocksdb/table.h>
#include <rocksdb/write_batch.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <set>
#include <thread>

#include "write_sink.h"

namespace trame::store {
namespace fs = std::filesystem;

void check(const rocksdb::Status& status, std::string_view what) {
  if (status.ok()) return;
  std::string where(what);
  // RocksDB stops writing at the first failed write and keeps what it had committed.
  if (status.IsNoSpace() || status.ToString().find("No space left") != std::string::npos)
    throw StoreError(where + ": no space left on device (what was stored before is kept)");
  if (status.IsCorruption()) throw StoreError(where + ": damaged store: " + status.ToString());
  throw StoreError(where + ": " + status.ToString());
}

namespace {

// RocksDB's log of warnings and errors, written with plain write(2) calls whose failures are
// ignored. RocksDB's own logger writes through a file writer that, in Debian's build
// (assertions on), aborts the process at the write after one that failed: on a full disk,
// every writer died with SIGABRT, at open or mid-ingest.
class StoreLogger : public rocksdb::Logger {
 public:
  // Writes to `file`; with an empty path, drops everything.
  explicit StoreLogger(const fs::path& file) : rocksdb::Logger(rocksdb::InfoLogLevel::WARN_LEVEL) {
    if (!file.empty()) fd_ = ::open(file.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
  }
  ~StoreLogger() override {
    if (fd_ >= 0) ::close(fd_);
  }
  using rocksdb::Logger::Logv;
  void Logv(const char* format, va_list ap) override {
    if (fd_ < 0) return;
    char line[4096];
    std::time_t now = std::time(nullptr);
    std::tm local{};
    std::size_t size =
        std::strftime(line, sizeof line, "%Y/%m/%d-%H:%M:%S ", ::localtime_r(&now, &local));
    int n = std::vsnprintf(line + size, sizeof line - size - 1, format, ap);
    if (n < 0) return;
    size = std::min(size + static_cast<std::size_t>(n), sizeof line - 2);
    line[size++] = '\n';
    ssize_t ignored = ::write(fd_, line, size);  // a lost warning harms nobody
    (void)ignored;
  }

 private:
  int fd_ = -1;
};

rocksdb::Options family_options_for(Family f, const std::shared_ptr<rocksdb::Cache>& cache) {
  rocksdb::Options o;
  o.create_if_missing = true;
  o.create_missing_column_families = true;
  o.max_background_jobs = 2;
  o.bytes_per_sync = 1 << 20;
  o.max_open_files = -1;  // a secondary must hold every file open; it also spares lookups
  o.skip_stats_update_on_db_open = true;
  o.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
  // A table file that cannot be opened fails the writer's open, rather than a read later.
  o.paranoid_checks = true;
  // Recovered writes stay in their log until an ordinary flush, so that a reader opening
  // while a writer starts never finds the log gone before the flushed file is announced.
  o.avoid_flush_during_recovery = true;
  // LZ4 at every level: a query process decompresses every block it reads, cold.
  o.compression = rocksdb::kLZ4Compression;
  o.bottommost_compression = rocksdb::kLZ4Compression;
  // Point lookups in these families find what they look for (a statement's record, its
  // sentence, a node): filters would only cost a read. Names and lemmas are looked up
  // for names not stored yet while writing, so they keep theirs.
  o.optimize_filters_for_hits =
      f != Family::Names && f != Family::Lemmas && f != Family::DocumentKeys && f != Family::Meta;
  rocksdb::BlockBasedTableOptions table;
  table.block_cache = cache;
  table.format_version = 5;
  table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  // Partitioned indexes and filters: a query process that lives a few milliseconds reads
  // the 4 KiB partitions it needs, not every file's whole filter (measured: half the CPU
  // of a cold `trame neighbours` at 1M statements; docs/performance.md).
  table.index_type = rocksdb::BlockBasedTableOptions::kTwoLevelIndexSearch;
  table.partition_filters = true;
  table.metadata_block_size = 4096;
  table.cache_index_and_filter_blocks = true;
  table.pin_top_level_index_and_filter = true;
  std::size_t prefix = kPrefixLength[static_cast<std::size_t>(f)];
  if (prefix) {
    o.prefix_extractor.reset(rocksdb::NewFixedPrefixTransform(prefix));
    // Index families are only ever scanned by prefix: no whole-key filter needed.
    table.whole_key_filtering = f == Family::Sentences;
  }
  o.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
  return o;
}

std::vector<rocksdb::ColumnFamilyDescriptor> descriptors(
    const std::vector<rocksdb::Options>& opts) {
  std::vector<rocksdb::ColumnFamilyDescriptor> out;
  for (std::size_t i = 0; i < kFamilyCount; ++i)
    out.emplace_back(std::string(kFamilyNames[i]), rocksdb::ColumnFamilyOptions(opts[i]));
  return out;
}

bool same_families(const std::vector<std::string>& names) {
  std::set<std::string> have(names.begin(), names.end());
  std::set<std::string> want(kFamilyNames.begin(), kFamilyNames.end());
  return have == want;
}

// A writer killed while creating the store leaves some of our column families and no
// format version: the next writer finishes the job.
bool interrupted_creation(const std::vector<std::string>& names) {
  return std::all_of(names.begin(), names.end(), [](const std::string& n) {
    return std::find(kFamilyNames.begin(), kFamilyNames.end(), n) != kFamilyNames.end();
  });
}

std::string not_a_store(const fs::path& dir) {
  return dir.string() + ": not a trame store (store format none, this trame reads " +
         std::string(kFormatVersion) + ")";
}

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c));
  });
}

// A file of `dir` that only a database RocksDB finished creating has: tables, write-ahead
// logs, options, a manifest past the first (creating a database writes MANIFEST-000001, then
// CURRENT; a writer killed in between leaves nothing to lose). Empty when there is none.
std::string created_database_file(const fs::path& dir) {
  std::error_code ec;
  std::string latest_manifest, other;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    std::string name = entry.path().filename().string();
    std::string stem = entry.path().stem().string();
    std::string ext = entry.path().extension().string();
    if (name.starts_with("MANIFEST-") && name != "MANIFEST-000001")
      latest_manifest = std::max(latest_manifest, name);
    else if (ext == ".sst" || ext == ".blob" || (ext == ".log" && all_digits(stem)) ||
             name.starts_with("OPTIONS-"))
      other = name;
  }
  return !latest_manifest.empty() ? latest_manifest : other;
}

// A database opened read-only, closed when it goes. RocksDB writes nothing to the directory
// of such an instance when it is given a logger.
struct ReadOnlyDatabase {
  rocksdb::DB* db = nullptr;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  ReadOnlyDatabase() = default;
  ReadOnlyDatabase(const ReadOnlyDatabase&) = delete;
  ReadOnlyDatabase& operator=(const ReadOnlyDatabase&) = delete;
  ~ReadOnlyDatabase() {
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
    delete db;
  }
  // A writer at work may delete a log while it is being read: a few tries ride out such I/O
  // errors. Anything else (damage, a missing column family) is final.
  rocksdb::Status open(const rocksdb::DBOptions& options, const fs::path& dir,
                       const std::vector<rocksdb::ColumnFamilyDescriptor>& families) {
    rocksdb::Status s;
    for (int attempt = 0; attempt < 20; ++attempt) {
      handles.clear();
      s = rocksdb::DB::OpenForReadOnly(options, dir.string(), families, &handles, &db);
      if (!s.IsIOError()) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return s;
  }
};

}  // namespace

RocksContext::RocksContext(fs::path dir, OpenMode mode) : dir_(std::move(dir)), mode_(mode) {
  auto cache = rocksdb::NewLRUCache(std::size_t{64} << 20);
  for (std::size_t i = 0; i < kFamilyCount; ++i)
    family_options_.push_back(family_options_for(static_cast<Family>(i), cache));
  if (!fs::exists(dir_ / "CURRENT")) {
    // CURRENT names the manifest, which lists every other file. Without it the files are
    // there but cannot be read, and a writer would start a new, empty store over them.
    if (std::string file = created_database_file(dir_); !file.empty())
      throw StoreError(dir_.string() + ": damaged store: its CURRENT file is missing, though " +
                       file + " and other store files are there (nothing was changed)");
    if (mode_ == OpenMode::ReadOnly)
      throw StoreError(dir_.string() + ": no trame store here (ingest or import something first)");
  } else {
    std::vector<std::string> names;
    check(rocksdb::DB::ListColumnFamilies(rocksdb::DBOptions(family_options_[0]), dir_.string(),
                                          &names),
          dir_.string());
    // A writer looks before it writes anything; a reader, which writes nothing, only when the
    // column families already say that something is off.
    if ((mode_ == OpenMode::ReadWrite || !same_families(names)) && inspect(names) &&
        mode_ == OpenMode::ReadOnly)
      throw StoreError(dir_.string() + ": no trame store here yet (its creation was interrupted)");
  }
  try {
    if (mode_ == OpenMode::ReadWrite)
      open_writer();
    else
      open_reader();
    check_format();
  } catch (...) {
    close();  // the destructor does not run for an object that failed to construct
    throw;
  }
}

bool RocksContext::inspect(const std::vector<std::string>& names) {
  rocksdb::DBOptions options(family_options_[0]);
  options.create_if_missing = false;
  options.create_missing_column_families = false;
  options.max_open_files = 64;  // tables opened when read, not all at once
  options.info_log = std::make_shared<StoreLogger>(fs::path());  // not even a log is written
  std::vector<rocksdb::ColumnFamilyDescriptor> descs;
  for (const auto& n : names) {
    auto known = std::find(kFamilyNames.begin(), kFamilyNames.end(), n);
    descs.emplace_back(
        n, known == kFamilyNames.end()
               ? rocksdb::ColumnFamilyOptions()
               : rocksdb::ColumnFamilyOptions(
                     family_options_[static_cast<std::size_t>(known - kFamilyNames.begin())]));
  }
  ReadOnlyDatabase open;
  rocksdb::Status s = open.open(options, dir_, descs);
  check(s, dir_.string());

  std::string version;
  s = open.db->Get(rocksdb::ReadOptions(), open.db->DefaultColumnFamily(),
                   std::string(kFormatVersionKey), &version);
  if (s.ok()) {
    if (version != kFormatVersion)
      throw StoreError(dir_.string() + ": store format " + version + ", this trame reads " +
                       std::string(kFormatVersion));
    if (!same_families(names))
      throw StoreError(dir_.string() + ": damaged store: " + version +
                       " but not the column families it has");
    return false;
  }
  if (!s.IsNotFound()) check(s, dir_.string());
  if (!interrupted_creation(names)) throw StoreError(not_a_store(dir_));
  for (auto* h : open.handles) {
    std::unique_ptr<rocksdb::Iterator> it(open.db->NewIterator(rocksdb::ReadOptions(), h));
    it->SeekToFirst();
    check(it->status(), dir_.string());
    if (it->Valid()) throw StoreError(not_a_store(dir_));
  }
  return true;
}

void RocksContext::open_writer() {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  // RocksDB's warnings; the previous ones are kept as LOG.old once they pass 1 MiB.
  fs::path log = dir_ / "LOG";
  if (auto size = fs::file_size(log, ec); !ec && size > (std::uintmax_t{1} << 20))
    fs::rename(log, dir_ / "LOG.old", ec);
  rocksdb::DBOptions options(family_options_[0]);
  options.info_log = std::make_shared<StoreLogger>(log);
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s =
      rocksdb::DB::Open(options, dir_.string(), descriptors(family_options_), &handles_, &raw);
  if (s.IsIOError() && s.ToString().find("lock") != std::string::npos)
    throw StoreError(dir_.string() + ": another trame process is writing this store");
  check(s, dir_.string());
  db_.reset(raw);
  // Files of an import that was killed before it committed.
  for (const auto& entry : fs::directory_iterator(dir_, ec))
    if (entry.is_directory() && entry.path().filename().string().starts_with(kImportDirPrefix))
      fs::remove_all(entry.path(), ec);
}

void RocksContext::open_reader() {
  std::string templ = (fs::temp_directory_path() / "trame-reader-XXXXXX").string();
  if (!mkdtemp(templ.data())) throw StoreError("cannot create a temporary directory for a reader");
  secondary_dir_ = templ;
  rocksdb::DBOptions options(family_options_[0]);
  // RocksDB would start up to 16 threads for every version edit it replays; a reader that
  // opens every file once does better on its own thread.
  options.max_file_opening_threads = 1;
  options.create_if_missing = false;
  options.create_missing_column_families = false;
  options.info_log = std::make_shared<StoreLogger>(fs::path());  // a reader's log goes nowhere
  // The writer may delete or replace files while a reader opens; a few tries ride it out.
  rocksdb::Status s;
  for (int attempt = 0; attempt < 50; ++attempt) {
    rocksdb::DB* raw = nullptr;
    handles_.clear();
    s = rocksdb::DB::OpenAsSecondary(options, dir_.string(), secondary_dir_.string(),
                                     descriptors(family_options_), &handles_, &raw);
    if (s.ok()) {
      db_.reset(raw);
      // A log the writer flushed and deleted while we opened is in the files the manifest
      // announces by now: catching up once makes the view whole.
      check(db_->TryCatchUpWithPrimary(), dir_.string());
      check_view();
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  check(s, dir_.string());
}

void RocksContext::check_format() {
  auto version = get(Family::Meta, kFormatVersionKey);
  // A reader may still have caught a writer between a flush and its announcement.
  for (int attempt = 0; !version && mode_ == OpenMode::ReadOnly && attempt < 50; ++attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    check(db_->TryCatchUpWithPrimary(), dir_.string());
    version = get(Family::Meta, kFormatVersionKey);
  }
  if (!version) {
    bool empty = true;
    for (std::size_t i = 0; i < kFamilyCount && empty; ++i) {
      auto it = iterator(static_cast<Family>(i), true);
      it->SeekToFirst();
      empty = !it->Valid();
    }
    if (!empty) throw StoreError(not_a_store(dir_));
    if (mode_ == OpenMode::ReadOnly) return;  // a writer is creating it
    check(db_->Put(rocksdb::WriteOptions(), family(Family::Meta), std::string(kFormatVersionKey),
                   std::string(kFormatVersion)),
          dir_.string());
    return;
  }
  if (*version != kFormatVersion)
    throw StoreError(dir_.string() + ": store format " + *version + ", this trame reads " +
                     std::string(kFormatVersion));
}

RocksContext::~RocksContext() { close(); }

void RocksContext::close() {
  if (db_) {
    for (auto* h : handles_) db_->DestroyColumnFamilyHandle(h);
    handles_.clear();
    db_->Close();
    db_.reset();
  }
  if (!secondary_dir_.empty()) {
    std::error_code ec;
    fs::remove_all(secondary_dir_, ec);
    secondary_dir_.clear();
  }
}

std::optional<std::string> RocksContext::get(Family f, std::string_view key) const {
  std::string value;
  rocksdb::ReadOptions ro;
  ro.verify_checksums = true;  // RocksDB's default, relied on: damage is an error, not data
  rocksdb::Status s = db_->Get(ro, family(f), rocksdb::Slice(key.data(), key.size()), &value);
  if (s.IsNotFound()) return std::nullopt;
  check(s, dir_.string());
  return value;
}

std::unique_ptr<rocksdb::Iterator> RocksContext::iterator(Family f, bool total_order) const {
  rocksdb::ReadOptions ro;
  ro.verify_checksums = true;
  if (total_order || kPrefixLength[static_cast<std::size_t>(f)] == 0) {
    ro.total_order_seek = true;
  } else {
    ro.prefix_same_as_start = true;
  }
  if (total_order) ro.readahead_size = 2 << 20;
  return std::unique_ptr<rocksdb::Iterator>(db_->NewIterator(ro, family(f)));
}

std::uint32_t RocksContext::counter(std::string_view key) const {
  auto v = get(Family::Meta, key);
  if (!v) return 1;  // 0 is never a number
  if (v->size() != 4) throw StoreError(dir_.string() + ": corrupt counter " + std::string(key));
  return get_u32(v->data());
}

void RocksContext::write(rocksdb::WriteBatch& batch) {
  check(db_->Write(rocksdb::WriteOptions(), &batch), dir_.string());
}

void RocksContext::catch_up() {
  if (mode_ != OpenMode::ReadOnly) return;
  check(db_->TryCatchUpWithPrimary(), dir_.string());
  check_view();
}

std::vector<std::uint64_t> RocksContext::unseen_table_files() const {
  std::vector<rocksdb::LiveFileMetaData> live;
  db_->GetLiveFilesMetaData(&live);
  std::set<std::uint64_t> seen;
  for (const auto& f : live) seen.insert(f.file_number);
  std::vector<std::uint64_t> unseen;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir_, ec)) {
    std::string stem = entry.path().stem().string();
    if (entry.path().extension() == ".sst" && all_digits(stem) && !seen.count(std::stoull(stem)))
      unseen.push_back(std::stoull(stem));
  }
  return unseen;
}

void RocksContext::check_view() {
  if (unseen_table_files().empty()) return;
  check(db_->TryCatchUpWithPrimary(), dir_.string());
  if (!unseen_table_files().empty()) check_files(false);
}

StoreCheck RocksContext::check_files(bool read_every_block) const {
  rocksdb::DBOptions options(family_options_[0]);
  options.create_if_missing = false;
  options.create_missing_column_families = false;
  options.max_file_opening_threads = 1;
  options.info_log = std::make_shared<StoreLogger>(fs::path());
  // Opens every table file the manifest lists and refuses one that is missing, shorter than
  // recorded, or whose footer or index is damaged (paranoid_checks).
  ReadOnlyDatabase open;
  rocksdb::Status s = open.open(options, dir_, descriptors(family_options_));
  // Anything but damage (a writer deleting a log under the read) leaves the question open.
  if (s.IsCorruption() || (read_every_block && !s.ok())) check(s, dir_.string());
  StoreCheck result;
  if (!s.ok()) return result;
  if (read_every_block) check(open.db->VerifyChecksum(), dir_.string());
  std::vector<rocksdb::LiveFileMetaData> files;
  open.db->GetLiveFilesMetaData(&files);
  for (const auto& f : files) {
    ++result.table_files;
    result.bytes += f.size;
  }
  return result;
}

}  // namespace trame::store
