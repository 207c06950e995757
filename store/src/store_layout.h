// The on-disk layout: column families, key shapes and the format version. docs/store.md
// is the prose version of this file; change both together.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "key_codec.h"
#include "trame/store/statement_store.h"

namespace trame::store {

// Bumped whenever a key or value shape changes; a store of another version is refused.
inline constexpr std::string_view kFormatVersion = "trame-store 1";

// Keys of the default column family.
inline constexpr std::string_view kFormatVersionKey = "format-version";
inline constexpr std::string_view kNextNodeKey = "next-node";
inline constexpr std::string_view kNextLemmaKey = "next-lemma";
inline constexpr std::string_view kNextDocumentKey = "next-document";

enum class Family : std::size_t {
  Meta,                // default: format version, id counters
  Nodes,               // node(4) -> node value
  Names,               // 'n' name_key | 'i' id | 's' surname_key 0 node(4)  -> node(4) / ""
  Lemmas,              // 'l' lemma -> lemma(4) | 'n' lemma(4) -> lemma
  Statements,          // key(16) -> statement value
  SubjectIndex,        // subject(4) lemma(4) object(4) key(16) -> ""
  ObjectIndex,         // object(4) lemma(4) subject(4) key(16) -> ""
  AttributionIndex,    // attribution(4) key(16) -> ""
  Sources,             // key(16) doc(4) sentence(4) -> source value
  Documents,           // doc(4) -> document value
  DocumentKeys,        // 'h' content_hash -> doc(4) | 'p' path 0 doc(4) -> ""
  Sentences,           // doc(4) sentence(4) -> sentence value
  DocumentStatements,  // doc(4) key(16) -> ""
  Count
};

inline constexpr std::size_t kFamilyCount = static_cast<std::size_t>(Family::Count);

inline constexpr std::array<std::string_view, kFamilyCount> kFamilyNames = {"default",
                                                                            "nodes",
                                                                            "names",
                                                                            "lemmas",
                                                                            "statements",
                                                                            "spo",
                                                                            "ops",
                                                                            "attributed",
                                                                            "sources",
                                                                            "documents",
                                                                            "document_keys",
                                                                            "sentences",
                                                                            "document_statements"};

// Bytes of the prefix that prefix seeks use, per family (0: whole-key lookups only).
inline constexpr std::array<std::size_t, kFamilyCount> kPrefixLength = {0, 0,  0, 0, 0, 4, 4,
                                                                        4, 16, 0, 0, 4, 4};

inline constexpr char kNamePrefix = 'n';
inline constexpr char kIdPrefix = 'i';
inline constexpr char kSurnamePrefix = 's';
inline constexpr char kLemmaByText = 'l';
inline constexpr char kLemmaByNumber = 'n';
inline constexpr char kHashPrefix = 'h';
inline constexpr char kPathPrefix = 'p';

using DocumentNumber = std::uint32_t;

inline std::string u32_key(std::uint32_t v) {
  std::string k;
  put_u32(k, v);
  return k;
}

inline std::string prefixed(char prefix, std::string_view text) {
  std::string k(1, prefix);
  k.append(text);
  return k;
}

inline std::string surname_key(std::string_view surname, NodeNumber node) {
  std::string k = prefixed(kSurnamePrefix, surname);
  k.push_back('\0');
  put_u32(k, node);
  return k;
}

inline std::string lemma_number_key(LemmaNumber n) {
  std::string k(1, kLemmaByNumber);
  put_u32(k, n);
  return k;
}

inline std::string path_key(std::string_view path, DocumentNumber doc) {
  std::string k = prefixed(kPathPrefix, path);
  k.push_back('\0');
  put_u32(k, doc);
  return k;
}

inline std::string edge_key(NodeNumber first, LemmaNumber lemma, NodeNumber second,
                            const StatementKey& key) {
  std::string k;
  k.reserve(28);
  put_u32(k, first);
  put_u32(k, lemma);
  put_u32(k, second);
  put_key(k, key);
  return k;
}

inline std::string node_statement_key(std::uint32_t first, const StatementKey& key) {
  std::string k;
  k.reserve(20);
  put_u32(k, first);
  put_key(k, key);
  return k;
}

inline std::string source_key(const StatementKey& key, DocumentNumber doc, std::uint32_t sentence) {
  std::string k;
  k.reserve(24);
  put_key(k, key);
  put_u32(k, doc);
  put_u32(k, sentence);
  return k;
}

inline std::string sentence_key(DocumentNumber doc, std::uint32_t sentence) {
  std::string k;
  put_u32(k, doc);
  put_u32(k, sentence);
  return k;
}

inline std::string statement_key_bytes(const StatementKey& key) {
  std::string k;
  put_key(k, key);
  return k;
}

}  // namespace trame::store
