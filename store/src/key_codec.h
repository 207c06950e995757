// Fixed-width big-endian integers (so that byte order is numeric order in keys), varints
// and length-prefixed strings for values. See docs/store.md for where each is used.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "trame/store/statement_store.h"

namespace trame::store {

inline void put_u32(std::string& out, std::uint32_t v) {
  char b[4] = {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8),
               static_cast<char>(v)};
  out.append(b, 4);
}

inline std::uint32_t get_u32(const char* p) {
  const auto* u = reinterpret_cast<const unsigned char*>(p);
  return (std::uint32_t{u[0]} << 24) | (std::uint32_t{u[1]} << 16) | (std::uint32_t{u[2]} << 8) |
         std::uint32_t{u[3]};
}

inline void put_key(std::string& out, const StatementKey& key) {
  out.append(reinterpret_cast<const char*>(key.bytes.data()), key.bytes.size());
}

inline StatementKey get_key(const char* p) {
  StatementKey key;
  std::memcpy(key.bytes.data(), p, key.bytes.size());
  return key;
}

inline void put_varint(std::string& out, std::uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

inline void put_bytes(std::string& out, std::string_view bytes) {
  put_varint(out, bytes.size());
  out.append(bytes);
}

inline void put_double(std::string& out, double v) {
  std::uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  put_u32(out, static_cast<std::uint32_t>(bits >> 32));
  put_u32(out, static_cast<std::uint32_t>(bits));
}

// Reads a value written with the functions above. A value that ends early or runs over
// is corruption: `ok()` turns false and the readers return zeros.
class ValueReader {
 public:
  explicit ValueReader(std::string_view value)
      : p_(value.data()), end_(value.data() + value.size()) {}

  bool ok() const { return ok_; }
  bool at_end() const { return p_ == end_; }

  std::uint8_t u8() {
    if (!need(1)) return 0;
    return static_cast<std::uint8_t>(*p_++);
  }
  std::uint32_t u32() {
    if (!need(4)) return 0;
    std::uint32_t v = get_u32(p_);
    p_ += 4;
    return v;
  }
  std::uint64_t varint() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (!need(1)) return 0;
      auto b = static_cast<unsigned char>(*p_++);
      v |= std::uint64_t{b & 0x7fu} << shift;
      if (b < 0x80) return v;
    }
    ok_ = false;
    return 0;
  }
  std::string_view bytes() {
    std::uint64_t n = varint();
    if (!need(n)) return {};
    std::string_view s(p_, n);
    p_ += n;
    return s;
  }
  double f64() {
    std::uint64_t hi = u32();
    std::uint64_t bits = (hi << 32) | u32();
    double v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
  }

 private:
  bool need(std::uint64_t n) {
    if (!ok_ || static_cast<std::uint64_t>(end_ - p_) < n) {
      ok_ = false;
      return false;
    }
    return true;
  }
  const char* p_;
  const char* end_;
  bool ok_ = true;
};

}  // namespace trame::store
