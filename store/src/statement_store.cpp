#include "trame/store/statement_store.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "jsonl_statement_reader.h"
#include "name_distance.h"
#include "node_resolver.h"
#include "records.h"
#include "rocks_context.h"
#include "statement_writer.h"
#include "trame/extract/statement_json.h"
#include "write_sink.h"

namespace trame {

using namespace store;

std::string StatementKey::hex() const {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (std::uint8_t b : bytes) {
    out.push_back(kDigits[b >> 4]);
    out.push_back(kDigits[b & 15]);
  }
  return out;
}

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

StatementStore::StatementStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
StatementStore::~StatementStore() = default;

std::unique_ptr<StatementStore> StatementStore::open(const std::filesystem::path& dir,
                                                     OpenMode mode) {
  return std::unique_ptr<StatementStore>(new StatementStore(std::make_unique<Impl>(dir, mode)));
}

bool StatementStore::has_document(std::string_view content_hash) const {
  return !content_hash.empty() &&
         impl_->ctx.get(Family::DocumentKeys, prefixed(kHashPrefix, content_hash)).has_value();
}

bool StatementStore::add_document(const DocumentRecord& doc,
                                  const std::vector<Statement>& statements) {
  impl_->require_writer();
  if (has_document(doc.content_hash)) return false;
  RocksContext& ctx = impl_->ctx;
  BatchSink sink(ctx);
  NodeResolver nodes(ctx);
  DocumentNumber number = ctx.counter(kNextDocumentKey);
  sink.put(Family::Meta, kNextDocumentKey, u32_key(number + 1));
  sink.put(Family::Documents, u32_key(number), encode_document(doc));
  if (!doc.content_hash.empty())
    sink.put(Family::DocumentKeys, prefixed(kHashPrefix, doc.content_hash), u32_key(number));
  sink.put(Family::DocumentKeys, path_key(doc.path, number), "");
  for (const Statement& st : statements)
    write_statement(st, nodes, sink, [number](const Source&) { return number; });
  nodes.write(sink);
  sink.commit();
  impl_->forget_caches();
  return true;
}

ImportResult StatementStore::import(const std::function<bool(Statement&)>& next,
                                    const ImportOptions& options) {
  impl_->require_writer();
  RocksContext& ctx = impl_->ctx;
  NodeResolver nodes(ctx);
  ImportDocuments documents(ctx);
  std::unique_ptr<SstSink> sst;
  std::unique_ptr<BatchSink> batches;
  WriteSink* sink;
  if (options.method == BulkMethod::SstIngest) {
    sst = std::make_unique<SstSink>(ctx);
    sink = sst.get();
  } else {
    batches = std::make_unique<BatchSink>(ctx);
    sink = batches.get();
  }
  auto document_of = [&documents](const Source& s) { return documents.number(s); };
  ImportResult result;
  Statement st;
  while (next(st)) {
    write_statement(st, nodes, *sink, document_of);
    ++result.statements;
    if (sink->buffered_bytes() >= options.buffer_bytes) {
      if (sst) {
        sst->spill();
      } else {
        nodes.write(*batches);
        documents.write(*batches);
        batches->commit();
      }
    }
    if (options.progress && result.statements % 100000 == 0) options.progress(result.statements);
    st = Statement();
  }
  nodes.write(*sink);
  documents.write(*sink);
  if (sst)
    sst->commit();
  else
    batches->commit();
  impl_->forget_caches();
  if (options.progress) options.progress(result.statements);
  return result;
}

ImportResult StatementStore::import_jsonl(const std::vector<std::string>& paths,
                                          const ImportOptions& options) {
  // Every file is checked to open before anything is read, so that a typo in the last name
  // costs no time.
  for (const auto& path : paths) {
    std::ifstream probe(path);
    if (!probe) throw ImportInputError(path + ": cannot be read");
    if (std::filesystem::is_directory(path)) throw ImportInputError(path + ": is a directory");
  }
  JsonlStatementReader reader(paths);
  return import([&reader](Statement& st) { return reader.next(st); }, options);
}

NodeRecord StatementStore::merge(std::string_view name, std::string_view into) {
  impl_->require_writer();
  auto from_number = impl_->number_by_name(name);
  if (!from_number || !impl_->node(*from_number))
    throw std::invalid_argument("no entity named \"" + std::string(name) + "\"");
  auto into_number = impl_->number_by_name(into);
  if (!into_number || !impl_->node(*into_number))
    throw std::invalid_argument("no entity named \"" + std::string(into) + "\"");
  if (*from_number == *into_number)
    throw std::invalid_argument("\"" + std::string(name) + "\" and \"" + std::string(into) +
                                "\" are already the same entity");
  const NodeNumber a = *from_number, b = *into_number;
  NodeRecord from = *impl_->node(a);
  NodeRecord target = *impl_->node(b);
  RocksContext& ctx = impl_->ctx;
  BatchSink sink(ctx);

  std::set<StatementKey> keys;
  std::string prefix = u32_key(a);
  for (Family f : {Family::SubjectIndex, Family::ObjectIndex})
    impl_->scan_prefix(f, prefix, [&](const rocksdb::Slice& k) {
      if (k.size() == 28) keys.insert(get_key(k.data() + 12));
    });
  impl_->scan_prefix(Family::AttributionIndex, prefix, [&](const rocksdb::Slice& k) {
    if (k.size() == 20) keys.insert(get_key(k.data() + 4));
  });

  struct Moved {
    StatementCore core;
    std::vector<Impl::StoredSource> sources;
  };
  std::vector<Moved> moved;
  for (const StatementKey& key : keys) {
    auto v = ctx.get(Family::Statements, statement_key_bytes(key));
    if (!v) continue;
    StatementCore core = decode_statement(*v);
    auto sources = impl_->sources(key);
    sink.remove(Family::Statements, statement_key_bytes(key));
    sink.remove(Family::SubjectIndex, edge_key(core.subject, core.lemma, core.object, key));
    sink.remove(Family::ObjectIndex, edge_key(core.object, core.lemma, core.subject, key));
    if (core.attribution)
      sink.remove(Family::AttributionIndex, node_statement_key(core.attribution, key));
    for (const auto& s : sources) {
      sink.remove(Family::Sources, s.key);
      sink.remove(Family::DocumentStatements, node_statement_key(s.doc, key));
    }
    moved.push_back({std::move(core), std::move(sources)});
  }
  // Deletions first, then the statements under their new identity: a moved statement that
  // equals one `into` already has merges with it, its sources adding up.
  for (Moved& m : moved) {
    StatementCore& core = m.core;
    if (core.subject == a) core.subject = b;
    if (core.object == a) core.object = b;
    if (core.attribution == a) core.attribution = b;
    StatementKey key = statement_key_of(core);
    sink.put(Family::Statements, statement_key_bytes(key), encode(core));
    sink.put(Family::SubjectIndex, edge_key(core.subject, core.lemma, core.object, key), "");
    sink.put(Family::ObjectIndex, edge_key(core.object, core.lemma, core.subject, key), "");
    if (core.attribution)
      sink.put(Family::AttributionIndex, node_statement_key(core.attribution, key), "");
    for (const auto& s : m.sources) {
      sink.put(Family::Sources, source_key(key, s.doc, s.sentence), encode(s.value));
      sink.put(Family::DocumentStatements, node_statement_key(s.doc, key), "");
    }
  }

  // Every name of `from` now leads to `into`; its id too, so that links made to it hold.
  std::set<std::string> target_keys{name_key(target.name)};
  for (const auto& alias : target.aliases) target_keys.insert(name_key(alias));
  std::vector<std::string> names{from.name};
  names.insert(names.end(), from.aliases.begin(), from.aliases.end());
  for (const auto& n : names) {
    std::string key = name_key(n);
    sink.put(Family::Names, prefixed(kNamePrefix, key), u32_key(b));
    if (target_keys.insert(key).second) target.aliases.push_back(n);
  }
  sink.put(Family::Names, prefixed(kIdPrefix, from.id), u32_key(b));
  bool several = false;
  std::string surname = last_token(name_key(from.name), &several);
  if (from.type == EntityType::Person && several)
    sink.remove(Family::Names, surname_key(surname, a));
  if (target.type == EntityType::Concept && from.type != EntityType::Concept) {
    target.type = from.type;
    std::string target_surname = last_token(name_key(target.name), &several);
    if (target.type == EntityType::Person && several)
      sink.put(Family::Names, surname_key(target_surname, b), "");
  }
  sink.remove(Family::Nodes, u32_key(a));
  sink.put(Family::Nodes, u32_key(b), encode_node(target));
  sink.commit();
  impl_->forget_caches();
  return target;
}

std::size_t StatementStore::forget(std::string_view doc) {
  impl_->require_writer();
  RocksContext& ctx = impl_->ctx;
  std::set<DocumentNumber> docs;
  if (auto v = ctx.get(Family::DocumentKeys, prefixed(kHashPrefix, doc)); v && v->size() == 4)
    docs.insert(get_u32(v->data()));
  std::string path_prefix = prefixed(kPathPrefix, doc);
  path_prefix.push_back('\0');
  impl_->scan_prefix(Family::DocumentKeys, path_prefix, [&](const rocksdb::Slice& k) {
    if (k.size() == path_prefix.size() + 4) docs.insert(get_u32(k.data() + path_prefix.size()));
  });
  if (docs.empty()) return 0;

  BatchSink sink(ctx);
  std::set<StatementKey> touched;
  for (DocumentNumber d : docs) {
    std::string prefix = u32_key(d);
    impl_->scan_prefix(Family::DocumentStatements, prefix, [&](const rocksdb::Slice& k) {
      if (k.size() == 20) touched.insert(get_key(k.data() + 4));
      sink.remove(Family::DocumentStatements, std::string_view(k.data(), k.size()));
    });
    impl_->scan_prefix(Family::Sentences, prefix, [&](const rocksdb::Slice& k) {
      sink.remove(Family::Sentences, std::string_view(k.data(), k.size()));
    });
    DocumentRecord rec = impl_->document(d);
    sink.remove(Family::Documents, u32_key(d));
    if (!rec.content_hash.empty())
      sink.remove(Family::DocumentKeys, prefixed(kHashPrefix, rec.content_hash));
    sink.remove(Family::DocumentKeys, path_key(rec.path, d));
  }

  std::set<StatementKey> removed;
  std::set<NodeNumber> candidates;
  for (const StatementKey& key : touched) {
    std::size_t remaining = 0;
    for (const auto& s : impl_->sources(key)) {
      if (docs.count(s.doc))
        sink.remove(Family::Sources, s.key);
      else
        ++remaining;
    }
    if (remaining) continue;
    auto v = ctx.get(Family::Statements, statement_key_bytes(key));
    if (!v) continue;
    StatementCore core = decode_statement(*v);
    sink.remove(Family::Statements, statement_key_bytes(key));
    sink.remove(Family::SubjectIndex, edge_key(core.subject, core.lemma, core.object, key));
    sink.remove(Family::ObjectIndex, edge_key(core.object, core.lemma, core.subject, key));
    if (core.attribution) {
      sink.remove(Family::AttributionIndex, node_statement_key(core.attribution, key));
      candidates.insert(core.attribution);
    }
    candidates.insert(core.subject);
    candidates.insert(core.object);
    removed.insert(key);
  }

  // Nodes that only the removed statements mentioned go with them.
  for (NodeNumber n : candidates) {
    bool used = false;
    std::string prefix = u32_key(n);
    for (Family f : {Family::SubjectIndex, Family::ObjectIndex})
      impl_->scan_prefix(f, prefix, [&](const rocksdb::Slice& k) {
        if (k.size() == 28 && !removed.count(get_key(k.data() + 12))) used = true;
      });
    impl_->scan_prefix(Family::AttributionIndex, prefix, [&](const rocksdb::Slice& k) {
      if (k.size() == 20 && !removed.count(get_key(k.data() + 4))) used = true;
    });
    if (used) continue;
    const auto& rec = impl_->node(n);
    if (!rec) continue;
    sink.remove(Family::Nodes, u32_key(n));
    std::vector<std::string> names{rec->name};
    names.insert(names.end(), rec->aliases.begin(), rec->aliases.end());
    for (const auto& name : names) {
      std::string key = prefixed(kNamePrefix, name_key(name));
      if (auto v = ctx.get(Family::Names, key); v && v->size() == 4 && get_u32(v->data()) == n)
        sink.remove(Family::Names, key);
    }
    sink.remove(Family::Names, prefixed(kIdPrefix, rec->id));
    bool several = false;
    std::string surname = last_token(name_key(rec->name), &several);
    if (several) sink.remove(Family::Names, surname_key(surname, n));
  }
  sink.commit();
  impl_->forget_caches();
  return docs.size();
}

std::optional<NodeRecord> StatementStore::find_node(std::string_view name) const {
  auto n = impl_->number_by_name(name);
  if (!n) return std::nullopt;
  return impl_->node(*n);
}

std::optional<NodeRecord> StatementStore::node(std::string_view id) const {
  auto v = impl_->ctx.get(Family::Names, prefixed(kIdPrefix, id));
  if (!v || v->size() != 4) return std::nullopt;
  return impl_->node(get_u32(v->data()));
}

std::optional<NodeRecord> StatementStore::node(NodeNumber number) const {
  return impl_->node(number);
}

std::vector<std::string> StatementStore::closest_names(std::string_view name,
                                                       std::size_t limit) const {
  std::string query = name_key(name);
  // Best distance per node, then the node's canonical name.
  std::map<NodeNumber, std::size_t> best;
  auto it = impl_->ctx.iterator(Family::Names, true);
  std::string prefix(1, kNamePrefix);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    if (it->value().size() != 4) continue;
    std::string_view key(it->key().data() + 1, it->key().size() - 1);
    std::size_t d = name_distance(query, key);
    NodeNumber n = get_u32(it->value().data());
    auto [pos, fresh] = best.emplace(n, d);
    if (!fresh) pos->second = std::min(pos->second, d);
  }
  std::vector<std::pair<std::size_t, NodeNumber>> ranked;
  for (auto [n, d] : best) ranked.emplace_back(d, n);
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> out;
  // Names that share nothing with the query are no suggestion.
  const std::size_t far = 1000 + std::max<std::size_t>(2, query.size() / 2);
  for (auto [d, n] : ranked) {
    if (out.size() == limit || d > far) break;
    if (const auto& rec = impl_->node(n)) out.push_back(rec->name);
  }
  return out;
}

std::vector<EdgeRef> StatementStore::edges_of(NodeNumber node, Direction direction,
                                              std::optional<LemmaNumber> lemma) const {
  std::vector<EdgeRef> out;
  impl_->edges(node, direction, lemma, out);
  return out;
}

void StatementStore::for_each_edge(const std::function<void(const EdgeRef&)>& visit) const {
  auto it = impl_->ctx.iterator(Family::SubjectIndex, true);
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    const char* k = it->key().data();
    if (it->key().size() != 28) continue;
    visit({get_u32(k), get_u32(k + 4), get_u32(k + 8), get_key(k + 12)});
  }
}

Statement StatementStore::statement(const StatementKey& key) const { return impl_->statement(key); }

std::size_t StatementStore::source_count(const StatementKey& key) const {
  std::size_t n = 0;
  impl_->scan_prefix(Family::Sources, statement_key_bytes(key),
                     [&](const rocksdb::Slice&) { ++n; });
  return n;
}

std::optional<LemmaNumber> StatementStore::lemma_number(std::string_view lemma) const {
  auto v = impl_->ctx.get(Family::Lemmas, prefixed(kLemmaByText, lemma));
  if (!v || v->size() != 4) return std::nullopt;
  return get_u32(v->data());
}

std::string StatementStore::lemma(LemmaNumber number) const { return impl_->lemma(number); }

std::vector<Statement> StatementStore::statements_of(std::string_view node_id,
                                                     Direction direction) const {
  std::vector<Statement> out;
  auto rec = node(node_id);
  if (!rec) return out;
  for (const EdgeRef& e : edges_of(rec->number, direction)) out.push_back(statement(e.key));
  return out;
}

void StatementStore::for_each_node(const std::function<void(const NodeRecord&)>& visit) const {
  auto it = impl_->ctx.iterator(Family::Nodes, true);
  for (it->SeekToFirst(); it->Valid(); it->Next())
    if (it->key().size() == 4)
      visit(decode_node(get_u32(it->key().data()), it->value().ToStringView()));
}

void StatementStore::for_each_statement(const std::function<void(const Statement&)>& visit) const {
  auto it = impl_->ctx.iterator(Family::Statements, true);
  for (it->SeekToFirst(); it->Valid(); it->Next())
    if (it->key().size() == 16) visit(impl_->statement(get_key(it->key().data())));
}

void StatementStore::for_each_document(
    const std::function<void(const DocumentRecord&)>& visit) const {
  auto it = impl_->ctx.iterator(Family::Documents, true);
  for (it->SeekToFirst(); it->Valid(); it->Next())
    visit(decode_document(it->value().ToStringView()));
}

std::vector<EntityCount> StatementStore::entities(std::string_view query, std::size_t limit) const {
  std::string folded = name_key(query);
  std::unordered_map<NodeNumber, std::uint64_t> counts;
  if (folded.empty()) {
    // Everything: one pass over each index beats a seek per node.
    for (Family f : {Family::SubjectIndex, Family::ObjectIndex, Family::AttributionIndex}) {
      auto it = impl_->ctx.iterator(f, true);
      for (it->SeekToFirst(); it->Valid(); it->Next())
        if (it->key().size() >= 4) ++counts[get_u32(it->key().data())];
    }
    for_each_node([&](const NodeRecord& n) { counts.try_emplace(n.number, 0); });
  } else {
    auto it = impl_->ctx.iterator(Family::Names, true);
    std::string prefix(1, kNamePrefix);
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      std::string_view key(it->key().data() + 1, it->key().size() - 1);
      if (it->value().size() == 4 && key.find(folded) != std::string_view::npos)
        counts.try_emplace(get_u32(it->value().data()), 0);
    }
    for (auto& [n, c] : counts) c = impl_->statement_count_of(n);
  }
  std::vector<EntityCount> out;
  for (auto [n, c] : counts)
    if (const auto& rec = impl_->node(n)) out.push_back({*rec, c});
  std::sort(out.begin(), out.end(), [](const EntityCount& x, const EntityCount& y) {
    if (x.statements != y.statements) return x.statements > y.statements;
    return x.node.name < y.node.name;
  });
  if (limit && out.size() > limit) out.resize(limit);
  return out;
}

StoreStats StatementStore::stats() const {
  StoreStats s;
  for_each_document([&](const DocumentRecord& d) {
    ++s.documents;
    s.sentences += d.sentences;
  });
  s.entities = impl_->count_keys(Family::Nodes);
  s.statements = impl_->count_keys(Family::Statements);
  s.sources = impl_->count_keys(Family::Sources);
  return s;
}

void StatementStore::catch_up() {
  impl_->ctx.catch_up();
  impl_->forget_caches();
}

}  // namespace trame
