// Editing a store: two nodes made one, documents forgotten.
#include <set>
#include <stdexcept>

#include "node_resolver.h"
#include "store_impl.h"
#include "write_sink.h"

namespace trame {

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

}  // namespace trame
