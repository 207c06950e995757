#include "trame/store/statement_store.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "name_distance.h"
#include "store_impl.h"

namespace trame {

std::string StatementKey::hex() const {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (std::uint8_t b : bytes) {
    out.push_back(kDigits[b >> 4]);
    out.push_back(kDigits[b & 15]);
  }
  return out;
}

StatementStore::StatementStore(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
StatementStore::~StatementStore() = default;

std::unique_ptr<StatementStore> StatementStore::open(const std::filesystem::path& dir,
                                                     OpenMode mode) {
  return std::unique_ptr<StatementStore>(new StatementStore(std::make_unique<Impl>(dir, mode)));
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
  // Names that share nothing with the query are no suggestion.
  const std::size_t far = 1000 + std::max<std::size_t>(2, query.size() / 2);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    if (it->value().size() != 4) continue;
    std::string_view key(it->key().data() + 1, it->key().size() - 1);
    // The edit distance is at least the difference in length: most names are spared it.
    std::size_t gap =
        key.size() > query.size() ? key.size() - query.size() : query.size() - key.size();
    if (gap + 1000 > far && key.find(query) == std::string_view::npos) continue;
    std::size_t d = name_distance(query, key);
    NodeNumber n = get_u32(it->value().data());
    auto [pos, fresh] = best.emplace(n, d);
    if (!fresh) pos->second = std::min(pos->second, d);
  }
  impl_->checked(*it);
  std::vector<std::pair<std::size_t, NodeNumber>> ranked;
  for (auto [n, d] : best) ranked.emplace_back(d, n);
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> out;
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
  impl_->checked(*it);
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
  impl_->checked(*it);
}

void StatementStore::for_each_statement(const std::function<void(const Statement&)>& visit) const {
  auto it = impl_->ctx.iterator(Family::Statements, true);
  for (it->SeekToFirst(); it->Valid(); it->Next())
    if (it->key().size() == 16) visit(impl_->statement(get_key(it->key().data())));
  impl_->checked(*it);
}

void StatementStore::for_each_document(
    const std::function<void(const DocumentRecord&)>& visit) const {
  auto it = impl_->ctx.iterator(Family::Documents, true);
  for (it->SeekToFirst(); it->Valid(); it->Next())
    visit(decode_document(it->value().ToStringView()));
  impl_->checked(*it);
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
      impl_->checked(*it);
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
    impl_->checked(*it);
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

StoreCheck StatementStore::verify() const { return impl_->ctx.check_files(true); }

void StatementStore::check_files() const { impl_->ctx.check_files(false); }

void StatementStore::catch_up() {
  impl_->ctx.catch_up();
  impl_->forget_caches();
}

}  // namespace trame
