// Values stored under the keys of store_layout.h, and their encodings.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "store_layout.h"
#include "trame/store/statement_store.h"

namespace trame::store {

// What a statement is, without its readings: exactly the fields of its identity.
struct StatementCore {
  NodeNumber subject = 0;
  NodeNumber object = 0;
  LemmaNumber lemma = 0;
  std::string text;
  bool negated = false;
  Modality modality = Modality::Asserted;
  NodeNumber attribution = 0;  // 0: none
};

// One reading of a statement: what is particular to the sentence it was read in.
struct SourceValue {
  double confidence = 0.5;
  std::string subject_mention;
  std::string object_mention;
  std::string attribution_mention;
};

struct SentenceValue {
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::string text;
};

StatementKey statement_key_of(const StatementCore& core);

std::string encode(const StatementCore& core);
std::string encode(const SourceValue& source);
std::string encode(const SentenceValue& sentence);
std::string encode_node(const NodeRecord& node);
std::string encode_document(const DocumentRecord& doc);

// The decoders throw StoreError("corrupt <what> record") on a malformed value.
StatementCore decode_statement(std::string_view value);
SourceValue decode_source(std::string_view value);
SentenceValue decode_sentence(std::string_view value);
NodeRecord decode_node(NodeNumber number, std::string_view value);
DocumentRecord decode_document(std::string_view value);

}  // namespace trame::store
