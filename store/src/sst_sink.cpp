// SstSink: buffered puts, sorted runs on disk, a k-way merge into SST files, one ingestion.
//
// A run file is a sequence of entries: key size (varint), value size (varint), key, value,
// in strictly increasing key order (equal keys already reduced to the last put).
#include <rocksdb/sst_file_writer.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <memory>
#include <mutex>
#include <queue>
#include <thread>

#include "write_sink.h"

namespace trame::store {
namespace fs = std::filesystem;
namespace {

// SST files are cut at about this size, so that compactions later work on pieces.
constexpr std::uint64_t kTargetFileBytes = std::uint64_t{256} << 20;

std::uint64_t key_head(std::string_view key) {
  std::uint64_t head = 0;
  for (std::size_t i = 0; i < 8; ++i)
    head = (head << 8) | (i < key.size() ? static_cast<unsigned char>(key[i]) : 0);
  return head;
}

// One sorted source of entries for the merge.
class Run {
 public:
  virtual ~Run() = default;
  virtual bool valid() const = 0;
  virtual std::string_view key() const = 0;
  virtual std::string_view value() const = 0;
  virtual void next() = 0;
};

class MemoryRun : public Run {
 public:
  explicit MemoryRun(const SstSink::Buffer& b) : b_(b) { skip(); }
  bool valid() const override { return i_ < b_.entries.size(); }
  std::string_view key() const override {
    const auto& e = b_.entries[i_];
    return {b_.bytes.data() + e.offset, e.key_size};
  }
  std::string_view value() const override {
    const auto& e = b_.entries[i_];
    return {b_.bytes.data() + e.offset + e.key_size, e.value_size};
  }
  void next() override {
    ++i_;
    skip();
  }

 private:
  // Of equal keys (sorted by arrival) only the last is seen.
  void skip() {
    while (i_ + 1 < b_.entries.size() && b_.entries[i_].head == b_.entries[i_ + 1].head &&
           key() == std::string_view(b_.bytes.data() + b_.entries[i_ + 1].offset,
                                     b_.entries[i_ + 1].key_size))
      ++i_;
  }
  const SstSink::Buffer& b_;
  std::size_t i_ = 0;
};

class FileRun : public Run {
 public:
  explicit FileRun(const std::string& path) : path_(path), file_(std::fopen(path.c_str(), "rb")) {
    if (!file_) throw StoreError(path + ": cannot read an import run");
    std::setvbuf(file_, nullptr, _IOFBF, 1 << 20);
    next();
  }
  ~FileRun() override { std::fclose(file_); }
  bool valid() const override { return valid_; }
  std::string_view key() const override { return {entry_.data(), key_size_}; }
  std::string_view value() const override {
    return {entry_.data() + key_size_, entry_.size() - key_size_};
  }
  void next() override {
    std::uint64_t k = 0, v = 0;
    if (!varint(&k)) {
      valid_ = false;
      return;
    }
    if (!varint(&v)) throw StoreError(path_ + ": truncated import run");
    entry_.resize(k + v);
    if (std::fread(entry_.data(), 1, k + v, file_) != k + v)
      throw StoreError(path_ + ": truncated import run");
    key_size_ = k;
  }

 private:
  bool varint(std::uint64_t* out) {
    *out = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int c = std::fgetc(file_);
      if (c == EOF) return false;
      *out |= std::uint64_t(c & 0x7f) << shift;
      if (c < 0x80) return true;
    }
    return false;
  }
  std::string path_;
  std::FILE* file_;
  std::string entry_;
  std::size_t key_size_ = 0;
  bool valid_ = true;
};

}  // namespace

void SstSink::Buffer::sort() {
  auto key_of = [this](const Entry& e) {
    return std::string_view(bytes.data() + e.offset, e.key_size);
  };
  std::sort(entries.begin(), entries.end(), [&](const Entry& x, const Entry& y) {
    if (x.head != y.head) return x.head < y.head;
    if (int c = key_of(x).compare(key_of(y))) return c < 0;
    return x.offset < y.offset;
  });
}

SstSink::SstSink(RocksContext& ctx) : ctx_(ctx), buffers_(kFamilyCount), runs_(kFamilyCount) {
  // Inside the store directory: same file system, so ingestion moves files instead of
  // copying them, and a killed import's leftovers are found and removed.
  std::string templ = (ctx_.dir() / (std::string(kImportDirPrefix) + "XXXXXX")).string();
  if (!mkdtemp(templ.data()))
    throw StoreError(ctx_.dir().string() + ": cannot create a directory for the import");
  dir_ = templ;
}

SstSink::~SstSink() {
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

void SstSink::put(Family f, std::string_view key, std::string_view value) {
  Buffer& b = buffers_[static_cast<std::size_t>(f)];
  b.entries.push_back({key_head(key), b.bytes.size(), static_cast<std::uint32_t>(key.size()),
                       static_cast<std::uint32_t>(value.size())});
  b.bytes.append(key);
  b.bytes.append(value);
  buffered_ += key.size() + value.size() + sizeof(Entry);
}

void SstSink::remove(Family, std::string_view) {
  throw std::logic_error("an SST import only adds keys");
}

void SstSink::in_parallel(std::size_t n, const std::function<void(std::size_t)>& job) {
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto work = [&] {
    for (std::size_t j; (j = next++) < n;) {
      try {
        job(j);
      } catch (...) {
        std::lock_guard lock(failure_mutex);
        if (!failure) failure = std::current_exception();
      }
    }
  };
  std::size_t threads = std::max(1u, std::min(4u, std::thread::hardware_concurrency()));
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

void SstSink::write_run(Buffer& b, const std::string& path) {
  b.sort();
  std::FILE* out = std::fopen(path.c_str(), "wb");
  if (!out) throw StoreError(path + ": cannot write an import run");
  std::setvbuf(out, nullptr, _IOFBF, 1 << 20);
  std::string header;
  int error = 0;  // of the first write that failed
  auto write = [&](std::string_view bytes) {
    if (error == 0 && std::fwrite(bytes.data(), 1, bytes.size(), out) != bytes.size())
      error = errno ? errno : EIO;
  };
  for (MemoryRun run(b); run.valid() && error == 0; run.next()) {
    header.clear();
    put_varint(header, run.key().size());
    put_varint(header, run.value().size());
    write(header);
    write(run.key());
    write(run.value());
  }
  if (std::fclose(out) != 0 && error == 0) error = errno ? errno : EIO;
  if (error == ENOSPC)
    throw StoreError(path + ": no space left on device (the import wrote nothing to the store)");
  if (error != 0) throw StoreError(path + ": cannot write an import run: " + std::strerror(error));
  b.bytes = std::string();
  b.entries = std::vector<Entry>();
}

void SstSink::spill() {
  std::vector<std::size_t> families;
  for (std::size_t f = 0; f < kFamilyCount; ++f)
    if (!buffers_[f].entries.empty()) {
      families.push_back(f);
      runs_[f].push_back((dir_ / (std::to_string(file_count_++) + ".run")).string());
    }
  in_parallel(families.size(), [&](std::size_t i) {
    std::size_t f = families[i];
    write_run(buffers_[f], runs_[f].back());
  });
  buffered_ = 0;
}

std::vector<std::string> SstSink::merge_family(std::size_t f) {
  std::vector<std::unique_ptr<Run>> runs;
  for (const auto& path : runs_[f]) runs.push_back(std::make_unique<FileRun>(path));
  if (!buffers_[f].entries.empty()) {
    buffers_[f].sort();
    runs.push_back(std::make_unique<MemoryRun>(buffers_[f]));  // the newest
  }
  // Smallest key first; of equal keys the newest run first, and it alone is written.
  auto later = [&runs](std::size_t x, std::size_t y) {
    if (int c = runs[x]->key().compare(runs[y]->key())) return c > 0;
    return x < y;
  };
  std::priority_queue<std::size_t, std::vector<std::size_t>, decltype(later)> heap(later);
  for (std::size_t i = 0; i < runs.size(); ++i)
    if (runs[i]->valid()) heap.push(i);

  std::vector<std::string> files;
  std::unique_ptr<rocksdb::SstFileWriter> writer;
  std::string last_key;
  bool any = false;
  auto finish = [&] {
    if (writer) check(writer->Finish(), files.back());
    writer.reset();
  };
  while (!heap.empty()) {
    std::size_t i = heap.top();
    heap.pop();
    Run& run = *runs[i];
    if (!any || run.key() != last_key) {
      if (writer && writer->FileSize() >= kTargetFileBytes) finish();
      if (!writer) {
        files.push_back(
            (dir_ / (std::to_string(f) + "-" + std::to_string(files.size()) + ".sst")).string());
        writer = std::make_unique<rocksdb::SstFileWriter>(
            rocksdb::EnvOptions(), ctx_.family_options(static_cast<Family>(f)),
            ctx_.family(static_cast<Family>(f)));
        check(writer->Open(files.back()), files.back());
      }
      check(writer->Put(rocksdb::Slice(run.key().data(), run.key().size()),
                        rocksdb::Slice(run.value().data(), run.value().size())),
            files.back());
      last_key.assign(run.key());
      any = true;
    }
    run.next();
    if (run.valid()) heap.push(i);
  }
  finish();
  buffers_[f].bytes = std::string();
  buffers_[f].entries = std::vector<Entry>();
  return files;
}

void SstSink::commit() {
  std::vector<std::vector<std::string>> files(kFamilyCount);
  in_parallel(kFamilyCount, [&](std::size_t f) {
    if (!runs_[f].empty() || !buffers_[f].entries.empty()) files[f] = merge_family(f);
  });
  buffered_ = 0;
  std::vector<rocksdb::IngestExternalFileArg> args;
  for (std::size_t f = 0; f < kFamilyCount; ++f) {
    if (files[f].empty()) continue;
    rocksdb::IngestExternalFileArg arg;
    arg.column_family = ctx_.family(static_cast<Family>(f));
    arg.external_files = files[f];
    arg.options.move_files = true;
    args.push_back(std::move(arg));
  }
  if (!args.empty()) check(ctx_.db().IngestExternalFiles(args), ctx_.dir().string() + ": import");
}

}  // namespace trame::store
