#include "write_sink.h"

#include <rocksdb/sst_file_writer.h>
#include <unistd.h>

#include <algorithm>
#include <numeric>

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

void SstSink::put(Family f, std::string_view key, std::string_view value) {
  Buffer& b = buffers_[static_cast<std::size_t>(f)];
  b.entries.push_back({b.bytes.size(), static_cast<std::uint32_t>(key.size()),
                       static_cast<std::uint32_t>(value.size())});
  b.bytes.append(key);
  b.bytes.append(value);
  buffered_ += key.size() + value.size() + sizeof(Entry);
}

void SstSink::remove(Family, std::string_view) {
  throw std::logic_error("an SST import only adds keys");
}

void SstSink::spill() {
  for (std::size_t f = 0; f < kFamilyCount; ++f) {
    Buffer& b = buffers_[f];
    if (b.entries.empty()) continue;
    auto key_of = [&b](const Entry& e) {
      return std::string_view(b.bytes.data() + e.offset, e.key_size);
    };
    // Stable: of equal keys the last put stays last, and is the one written.
    std::stable_sort(b.entries.begin(), b.entries.end(),
                     [&](const Entry& x, const Entry& y) { return key_of(x) < key_of(y); });
    std::string path = (dir_ / (std::to_string(file_count_++) + ".sst")).string();
    rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), ctx_.family_options(static_cast<Family>(f)),
                                  ctx_.family(static_cast<Family>(f)));
    check(writer.Open(path), path);
    for (std::size_t i = 0; i < b.entries.size(); ++i) {
      if (i + 1 < b.entries.size() && key_of(b.entries[i]) == key_of(b.entries[i + 1])) continue;
      const Entry& e = b.entries[i];
      check(writer.Put(rocksdb::Slice(b.bytes.data() + e.offset, e.key_size),
                       rocksdb::Slice(b.bytes.data() + e.offset + e.key_size, e.value_size)),
            path);
    }
    check(writer.Finish(), path);
    files_[f].push_back(path);
    b.bytes = std::string();
    b.entries = std::vector<Entry>();
  }
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
