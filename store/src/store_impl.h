// The state behind a StatementStore, shared by the files that implement it: the open
// database and the caches and iterators a reader keeps between the lookups of one answer.
#pragma once

#include <rocksdb/db.h>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "records.h"
#include "rocks_context.h"
#include "trame/store/statement_store.h"

namespace trame {

using namespace store;  // the layout's names, in this private header only

struct StatementStore::Impl {
  Impl(const std::filesystem::path& dir, OpenMode mode) : ctx(dir, mode) {}

  RocksContext ctx;
  // Readers' caches: names and paths repeat across the statements of one answer.
  mutable std::unordered_map<NodeNumber, std::optional<NodeRecord>> nodes;
  mutable std::unordered_map<DocumentNumber, DocumentRecord> documents;
  mutable std::unordered_map<LemmaNumber, std::string> lemmas;

  void require_writer() const {
    if (ctx.mode() != OpenMode::ReadWrite) throw std::logic_error("the store was opened read-only");
  }

  // One iterator a family, reused by every prefix scan of a query: creating one costs more
  // than a seek. Dropped whenever the store changes.
  mutable std::array<std::unique_ptr<rocksdb::Iterator>, kFamilyCount> iterators;

  rocksdb::Iterator& iterator(Family f) const {
    auto& it = iterators[static_cast<std::size_t>(f)];
    if (!it) it = ctx.iterator(f);
    return *it;
  }

  // An iterator stops at the end and at an I/O error alike: tell them apart.
  void checked(const rocksdb::Iterator& it) const { check(it.status(), ctx.dir().string()); }

  void forget_caches() {
    for (auto& it : iterators) it.reset();
    nodes.clear();
    documents.clear();
    lemmas.clear();
  }

  const std::optional<NodeRecord>& node(NodeNumber n) const {
    auto it = nodes.find(n);
    if (it != nodes.end()) return it->second;
    std::optional<NodeRecord> rec;
    if (auto v = ctx.get(Family::Nodes, u32_key(n))) rec = decode_node(n, *v);
    return nodes.emplace(n, std::move(rec)).first->second;
  }

  const DocumentRecord& document(DocumentNumber d) const {
    auto it = documents.find(d);
    if (it != documents.end()) return it->second;
    DocumentRecord rec;
    if (auto v = ctx.get(Family::Documents, u32_key(d))) rec = decode_document(*v);
    return documents.emplace(d, std::move(rec)).first->second;
  }

  const std::string& lemma(LemmaNumber n) const {
    auto it = lemmas.find(n);
    if (it != lemmas.end()) return it->second;
    std::string text = ctx.get(Family::Lemmas, lemma_number_key(n)).value_or("");
    return lemmas.emplace(n, std::move(text)).first->second;
  }

  Entity entity(NodeNumber n, std::string mention) const {
    Entity e;
    const auto& rec = node(n);
    if (rec) {
      e.id = rec->id;
      e.name = rec->name;
      e.type = rec->type;
    } else {
      e.id = "node-" + std::to_string(n);
      e.name = e.id;
    }
    e.mention = std::move(mention);
    return e;
  }

  struct StoredSource {
    DocumentNumber doc;
    std::uint32_t sentence;
    std::string key;
    SourceValue value;
  };

  std::vector<StoredSource> sources(const StatementKey& key) const {
    std::vector<StoredSource> out;
    std::string prefix = statement_key_bytes(key);
    rocksdb::Iterator* it = &iterator(Family::Sources);
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      if (it->key().size() != 24) continue;
      const char* k = it->key().data();
      out.push_back({get_u32(k + 16), get_u32(k + 20), it->key().ToString(),
                     decode_source(it->value().ToStringView())});
    }
    checked(*it);
    return out;
  }

  Statement statement(const StatementKey& key) const {
    auto v = ctx.get(Family::Statements, statement_key_bytes(key));
    if (!v) throw StoreError("statement " + key.hex() + " is not in the store");
    StatementCore core = decode_statement(*v);
    std::vector<StoredSource> stored = sources(key);
    Statement st;
    const SourceValue* first = stored.empty() ? nullptr : &stored.front().value;
    st.subject = entity(core.subject, first ? first->subject_mention : "");
    st.object = entity(core.object, first ? first->object_mention : "");
    if (core.attribution)
      st.attribution = entity(core.attribution, first ? first->attribution_mention : "");
    st.relation.text = core.text;
    st.relation.lemma = lemma(core.lemma);
    st.negated = core.negated;
    st.modality = core.modality;
    // A statement read several times is as sure as its surest reading.
    st.confidence = 0;
    for (const auto& s : stored) st.confidence = std::max(st.confidence, s.value.confidence);
    if (stored.empty()) st.confidence = 0.5;
    for (const auto& s : stored) {
      Source src;
      src.doc = document(s.doc).path;
      src.sentence = s.sentence;
      if (auto sv = ctx.get(Family::Sentences, sentence_key(s.doc, s.sentence))) {
        SentenceValue sentence = decode_sentence(*sv);
        src.start = sentence.start;
        src.end = sentence.end;
        src.text = std::move(sentence.text);
      }
      st.sources.push_back(std::move(src));
    }
    return st;
  }

  void scan_prefix(Family f, const std::string& prefix,
                   const std::function<void(const rocksdb::Slice&)>& visit) const {
    rocksdb::Iterator& it = iterator(f);
    for (it.Seek(prefix); it.Valid() && it.key().starts_with(prefix); it.Next()) visit(it.key());
    checked(it);
  }

  void edges(NodeNumber node, Direction direction, std::optional<LemmaNumber> lemma,
             std::vector<EdgeRef>& out) const {
    std::string prefix = u32_key(node);
    if (lemma) put_u32(prefix, *lemma);
    if (direction != Direction::In)
      scan_prefix(Family::SubjectIndex, prefix, [&](const rocksdb::Slice& k) {
        if (k.size() != 28) return;
        out.push_back({get_u32(k.data()), get_u32(k.data() + 4), get_u32(k.data() + 8),
                       get_key(k.data() + 12)});
      });
    if (direction != Direction::Out)
      scan_prefix(Family::ObjectIndex, prefix, [&](const rocksdb::Slice& k) {
        if (k.size() != 28) return;
        EdgeRef e{get_u32(k.data() + 8), get_u32(k.data() + 4), get_u32(k.data()),
                  get_key(k.data() + 12)};
        // A statement about a node and itself is already among the outgoing ones.
        if (direction == Direction::Both && e.subject == node) return;
        out.push_back(e);
      });
  }

  std::optional<NodeNumber> number_by_name(std::string_view name) const {
    if (auto v = ctx.get(Family::Names, prefixed(kNamePrefix, name_key(name))); v && v->size() == 4)
      return get_u32(v->data());
    if (auto v = ctx.get(Family::Names, prefixed(kIdPrefix, name)); v && v->size() == 4)
      return get_u32(v->data());
    return std::nullopt;
  }

  std::uint64_t count_keys(Family f) const {
    std::uint64_t n = 0;
    auto it = ctx.iterator(f, true);
    for (it->SeekToFirst(); it->Valid(); it->Next()) ++n;
    checked(*it);
    return n;
  }

  std::uint64_t statement_count_of(NodeNumber node) const {
    std::uint64_t n = 0;
    std::string prefix = u32_key(node);
    for (Family f : {Family::SubjectIndex, Family::ObjectIndex, Family::AttributionIndex})
      scan_prefix(f, prefix, [&](const rocksdb::Slice&) { ++n; });
    return n;
  }
};

}  // namespace trame
