#include "write_sink.h"

namespace trame::store {

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

}  // namespace trame::store
