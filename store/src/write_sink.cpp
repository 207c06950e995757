#include "write_sink.h"

#include <rocksdb/sst_file_writer.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <numeric>
#include <thread>

namespace trame::store {
namespace fs = std::filesystem;

void BatchSink::put(Family f, std::string_view key, std::string_view value) {
  check(batch_.Put(ctx_.family(f), rocksdb::Slice(key.data(), key.size()),
                   rocksdb::Slice(value.data(), value.size())),
        "write batch");
}

void BatchSink::remove(Family f, std::string_view key) {
  check(batch_.Delete(ctx_.family(f), rocksdb::Slice(key.data(), key.size())), "write batch");
}

void BatchSink::commit() {
  if (batch_.Count() > 0) ctx_.write(batch_);
  batch_.Clear();
}

SstSink::SstSink(RocksContext& ctx) : ctx_(ctx), buffers_(kFamilyCount), files_(kFamilyCount) {
  // Inside the store directory: same file system, so ingestion moves files instead of
  // copying them.
  std::string templ = (ctx_.dir() / (std::string(kImportDirPrefix) + "XXXXXX")).string();
  if (!mkdtemp(templ.data()))
    throw StoreError(ctx_.dir().string() + ": cannot create a directory for the import");
  dir_ = templ;
}

SstSink::~SstSink() {
  std::error_code ec;
  fs::remove_all(dir_, ec);
}

namespace {

std::uint64_t key_head(std::string_view key) {
  std::uint64_t head = 0;
  for (std::size_t i = 0; i < 8; ++i)
    head = (head << 8) | (i < key.size() ? static_cast<unsigned char>(key[i]) : 0);
  return head;
}

}  // namespace

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

void SstSink::write_file(std::size_t f, Buffer& b, const std::string& path) {
  auto key_of = [&b](const Entry& e) {
    return std::string_view(b.bytes.data() + e.offset, e.key_size);
  };
  std::sort(b.entries.begin(), b.entries.end(), [&](const Entry& x, const Entry& y) {
    if (x.head != y.head) return x.head < y.head;
    if (int c = key_of(x).compare(key_of(y))) return c < 0;
    return x.offset < y.offset;
  });
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), ctx_.family_options(static_cast<Family>(f)),
                                ctx_.family(static_cast<Family>(f)));
  check(writer.Open(path), path);
  for (std::size_t i = 0; i < b.entries.size(); ++i) {
    if (i + 1 < b.entries.size() && b.entries[i].head == b.entries[i + 1].head &&
        key_of(b.entries[i]) == key_of(b.entries[i + 1]))
      continue;
    const Entry& e = b.entries[i];
    check(writer.Put(rocksdb::Slice(b.bytes.data() + e.offset, e.key_size),
                     rocksdb::Slice(b.bytes.data() + e.offset + e.key_size, e.value_size)),
          path);
  }
  check(writer.Finish(), path);
  b.bytes = std::string();
  b.entries = std::vector<Entry>();
}

void SstSink::spill() {
  std::vector<std::pair<std::size_t, std::string>> jobs;
  for (std::size_t f = 0; f < kFamilyCount; ++f) {
    if (buffers_[f].entries.empty()) continue;
    std::string path = (dir_ / (std::to_string(file_count_++) + ".sst")).string();
    files_[f].push_back(path);
    jobs.emplace_back(f, path);
  }
  // Families are sorted and written side by side, one thread a core.
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  auto work = [&] {
    for (std::size_t j; (j = next++) < jobs.size();) {
      try {
        write_file(jobs[j].first, buffers_[jobs[j].first], jobs[j].second);
      } catch (...) {
        std::lock_guard lock(failure_mutex);
        failure = std::current_exception();
      }
    }
  };
  std::size_t threads = std::max(1u, std::min(4u, std::thread::hardware_concurrency()));
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  buffered_ = 0;
}

void SstSink::commit() {
  spill();
  std::vector<rocksdb::IngestExternalFileArg> args;
  for (std::size_t f = 0; f < kFamilyCount; ++f) {
    if (files_[f].empty()) continue;
    rocksdb::IngestExternalFileArg arg;
    arg.column_family = ctx_.family(static_cast<Family>(f));
    arg.external_files = files_[f];
    arg.options.move_files = true;
    args.push_back(std::move(arg));
  }
  if (!args.empty()) check(ctx_.db().IngestExternalFiles(args), ctx_.dir().string() + ": import");
  committed_ = true;
}

}  // namespace trame::store
