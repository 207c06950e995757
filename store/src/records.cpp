#include "records.h"

#include <cstring>

namespace trame::store {
namespace {

// MurmurHash3 x64/128 (Austin Appleby, public domain): stable across platforms and
// releases, which a key written to disk must be.
inline std::uint64_t rotl(std::uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

inline std::uint64_t fmix(std::uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  k *= 0xc4ceb9fe1a85ec53ULL;
  k ^= k >> 33;
  return k;
}

inline std::uint64_t load_le64(const unsigned char* p) {
  std::uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | p[i];
  return v;
}

StatementKey murmur3_128(std::string_view data) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(data.data());
  const std::size_t len = data.size();
  const std::size_t nblocks = len / 16;
  std::uint64_t h1 = 0x7472616d65ULL, h2 = 0x7472616d65ULL;  // seed: "trame"
  const std::uint64_t c1 = 0x87c37b91114253d5ULL, c2 = 0x4cf5ad432745937fULL;
  for (std::size_t i = 0; i < nblocks; ++i) {
    std::uint64_t k1 = load_le64(bytes + i * 16), k2 = load_le64(bytes + i * 16 + 8);
    k1 *= c1;
    k1 = rotl(k1, 31);
    k1 *= c2;
    h1 ^= k1;
    h1 = rotl(h1, 27);
    h1 += h2;
    h1 = h1 * 5 + 0x52dce729;
    k2 *= c2;
    k2 = rotl(k2, 33);
    k2 *= c1;
    h2 ^= k2;
    h2 = rotl(h2, 31);
    h2 += h1;
    h2 = h2 * 5 + 0x38495ab5;
  }
  const unsigned char* tail = bytes + nblocks * 16;
  std::uint64_t k1 = 0, k2 = 0;
  switch (len & 15) {
    case 15:
      k2 ^= std::uint64_t{tail[14]} << 48;
      [[fallthrough]];
    case 14:
      k2 ^= std::uint64_t{tail[13]} << 40;
      [[fallthrough]];
    case 13:
      k2 ^= std::uint64_t{tail[12]} << 32;
      [[fallthrough]];
    case 12:
      k2 ^= std::uint64_t{tail[11]} << 24;
      [[fallthrough]];
    case 11:
      k2 ^= std::uint64_t{tail[10]} << 16;
      [[fallthrough]];
    case 10:
      k2 ^= std::uint64_t{tail[9]} << 8;
      [[fallthrough]];
    case 9:
      k2 ^= std::uint64_t{tail[8]};
      k2 *= c2;
      k2 = rotl(k2, 33);
      k2 *= c1;
      h2 ^= k2;
      [[fallthrough]];
    case 8:
      k1 ^= std::uint64_t{tail[7]} << 56;
      [[fallthrough]];
    case 7:
      k1 ^= std::uint64_t{tail[6]} << 48;
      [[fallthrough]];
    case 6:
      k1 ^= std::uint64_t{tail[5]} << 40;
      [[fallthrough]];
    case 5:
      k1 ^= std::uint64_t{tail[4]} << 32;
      [[fallthrough]];
    case 4:
      k1 ^= std::uint64_t{tail[3]} << 24;
      [[fallthrough]];
    case 3:
      k1 ^= std::uint64_t{tail[2]} << 16;
      [[fallthrough]];
    case 2:
      k1 ^= std::uint64_t{tail[1]} << 8;
      [[fallthrough]];
    case 1:
      k1 ^= std::uint64_t{tail[0]};
      k1 *= c1;
      k1 = rotl(k1, 31);
      k1 *= c2;
      h1 ^= k1;
  }
  h1 ^= len;
  h2 ^= len;
  h1 += h2;
  h2 += h1;
  h1 = fmix(h1);
  h2 = fmix(h2);
  h1 += h2;
  h2 += h1;
  StatementKey key;
  for (int i = 0; i < 8; ++i) {
    key.bytes[i] = static_cast<std::uint8_t>(h1 >> (56 - 8 * i));
    key.bytes[8 + i] = static_cast<std::uint8_t>(h2 >> (56 - 8 * i));
  }
  return key;
}

std::uint8_t statement_flags(const StatementCore& core) {
  return static_cast<std::uint8_t>((core.negated ? 1 : 0) |
                                   (static_cast<unsigned>(core.modality) << 1) |
                                   (core.attribution ? 8 : 0));
}

[[noreturn]] void corrupt(const char* what) {
  throw StoreError(std::string("corrupt ") + what + " record in the store");
}

}  // namespace

StatementKey statement_key_of(const StatementCore& core) { return murmur3_128(encode(core)); }

// Layout: subject(4) object(4) lemma(4) flags(1) [attribution(4)] text.
// flags: bit 0 negated, bits 1-2 modality, bit 3 attribution present.
std::string encode(const StatementCore& core) {
  std::string v;
  v.reserve(17 + core.text.size() + 2);
  put_u32(v, core.subject);
  put_u32(v, core.object);
  put_u32(v, core.lemma);
  v.push_back(static_cast<char>(statement_flags(core)));
  if (core.attribution) put_u32(v, core.attribution);
  put_bytes(v, core.text);
  return v;
}

StatementCore decode_statement(std::string_view value) {
  ValueReader r(value);
  StatementCore core;
  core.subject = r.u32();
  core.object = r.u32();
  core.lemma = r.u32();
  std::uint8_t flags = r.u8();
  core.negated = flags & 1;
  core.modality = static_cast<Modality>((flags >> 1) & 3);
  if (flags & 8) core.attribution = r.u32();
  core.text = r.bytes();
  if (!r.ok()) corrupt("statement");
  return core;
}

std::string encode(const SourceValue& s) {
  std::string v;
  put_double(v, s.confidence);
  put_bytes(v, s.subject_mention);
  put_bytes(v, s.object_mention);
  put_bytes(v, s.attribution_mention);
  return v;
}

SourceValue decode_source(std::string_view value) {
  ValueReader r(value);
  SourceValue s;
  s.confidence = r.f64();
  s.subject_mention = r.bytes();
  s.object_mention = r.bytes();
  s.attribution_mention = r.bytes();
  if (!r.ok()) corrupt("source");
  return s;
}

std::string encode(const SentenceValue& s) {
  std::string v;
  put_varint(v, s.start);
  put_varint(v, s.end);
  put_bytes(v, s.text);
  return v;
}

SentenceValue decode_sentence(std::string_view value) {
  ValueReader r(value);
  SentenceValue s;
  s.start = static_cast<std::uint32_t>(r.varint());
  s.end = static_cast<std::uint32_t>(r.varint());
  s.text = r.bytes();
  if (!r.ok()) corrupt("sentence");
  return s;
}

std::string encode_node(const NodeRecord& node) {
  std::string v;
  v.push_back(static_cast<char>(node.type));
  put_bytes(v, node.id);
  put_bytes(v, node.name);
  put_varint(v, node.aliases.size());
  for (const std::string& a : node.aliases) put_bytes(v, a);
  return v;
}

NodeRecord decode_node(NodeNumber number, std::string_view value) {
  ValueReader r(value);
  NodeRecord node;
  node.number = number;
  std::uint8_t type = r.u8();
  if (type > static_cast<std::uint8_t>(EntityType::Concept)) corrupt("node");
  node.type = static_cast<EntityType>(type);
  node.id = r.bytes();
  node.name = r.bytes();
  std::uint64_t n = r.varint();
  for (std::uint64_t i = 0; i < n && r.ok(); ++i) node.aliases.emplace_back(r.bytes());
  if (!r.ok()) corrupt("node");
  return node;
}

std::string encode_document(const DocumentRecord& doc) {
  std::string v;
  put_bytes(v, doc.path);
  put_bytes(v, doc.content_hash);
  put_varint(v, doc.sentences);
  return v;
}

DocumentRecord decode_document(std::string_view value) {
  ValueReader r(value);
  DocumentRecord doc;
  doc.path = r.bytes();
  doc.content_hash = r.bytes();
  doc.sentences = static_cast<std::uint32_t>(r.varint());
  if (!r.ok()) corrupt("document");
  return doc;
}

}  // namespace trame::store
