#include "node_resolver.h"

#include <algorithm>

#include "records.h"

namespace trame::store {

std::string last_token(const std::string& key, bool* several) {
  std::size_t space = key.rfind(' ');
  if (several) *several = space != std::string::npos;
  return space == std::string::npos ? key : key.substr(space + 1);
}

NodeResolver::NodeResolver(const RocksContext& ctx)
    : ctx_(ctx), next_node_(ctx.counter(kNextNodeKey)), next_lemma_(ctx.counter(kNextLemmaKey)) {}

NodeNumber NodeResolver::lookup_name(const std::string& key) {
  auto it = names_.find(key);
  if (it != names_.end()) return it->second;
  NodeNumber node = 0;
  if (auto v = ctx_.get(Family::Names, prefixed(kNamePrefix, key)); v && v->size() == 4)
    node = get_u32(v->data());
  names_.emplace(key, node);
  return node;
}

bool NodeResolver::id_taken(const std::string& id) {
  auto it = ids_.find(id);
  if (it != ids_.end()) return it->second != 0;
  NodeNumber node = 0;
  if (auto v = ctx_.get(Family::Names, prefixed(kIdPrefix, id)); v && v->size() == 4)
    node = get_u32(v->data());
  ids_.emplace(id, node);
  return node != 0;
}

std::string NodeResolver::unique_id(const std::string& base) {
  if (!id_taken(base)) return base;
  for (int n = 2;; ++n) {
    std::string candidate = base + "-" + std::to_string(n);
    if (!id_taken(candidate)) return candidate;
  }
}

const std::vector<NodeNumber>& NodeResolver::persons_with_surname(const std::string& surname) {
  auto it = surnames_.find(surname);
  if (it != surnames_.end()) return it->second;
  std::vector<NodeNumber> found;
  std::string prefix = prefixed(kSurnamePrefix, surname);
  prefix.push_back('\0');
  auto iter = ctx_.iterator(Family::Names);
  for (iter->Seek(prefix); iter->Valid() && iter->key().starts_with(prefix); iter->Next())
    if (iter->key().size() == prefix.size() + 4)
      found.push_back(get_u32(iter->key().data() + prefix.size()));
  return surnames_.emplace(surname, std::move(found)).first->second;
}

NodeRecord& NodeResolver::mutable_record(NodeNumber node) {
  auto it = nodes_.find(node);
  if (it != nodes_.end()) return it->second;
  auto v = ctx_.get(Family::Nodes, u32_key(node));
  if (!v)
    throw StoreError("the store names node " + std::to_string(node) + " but has no record of it");
  return nodes_.emplace(node, decode_node(node, *v)).first->second;
}

const NodeRecord& NodeResolver::record(NodeNumber node) { return mutable_record(node); }

void NodeResolver::add_name(NodeNumber node, const std::string& name, const std::string& key) {
  if (key.empty() || lookup_name(key) != 0) return;
  names_[key] = node;
  new_names_.push_back(key);
  NodeRecord& rec = mutable_record(node);
  if (name_key(rec.name) != key) rec.aliases.push_back(name);
  dirty_nodes_.insert(node);
}

void NodeResolver::index_surname(NodeRecord& node) {
  if (node.type != EntityType::Person) return;
  bool several = false;
  std::string surname = last_token(name_key(node.name), &several);
  if (!several) return;
  auto& list = const_cast<std::vector<NodeNumber>&>(persons_with_surname(surname));
  if (std::find(list.begin(), list.end(), node.number) != list.end()) return;
  list.push_back(node.number);
  new_surnames_.emplace_back(surname, node.number);
}

NodeNumber NodeResolver::resolve(const Entity& entity) {
  if (entity.aliases.empty()) {
    auto it = resolved_.find(entity.name);
    if (it != resolved_.end() && (entity.type == EntityType::Concept ||
                                  mutable_record(it->second).type != EntityType::Concept))
      return it->second;
  }
  std::string key = name_key(entity.name);
  std::vector<std::string> alias_keys;
  for (const auto& a : entity.aliases) alias_keys.push_back(name_key(a));

  NodeNumber node = lookup_name(key);
  for (std::size_t i = 0; !node && i < alias_keys.size(); ++i) node = lookup_name(alias_keys[i]);

  if (!node && entity.type == EntityType::Person) {
    bool several = false;
    std::string surname = last_token(key, &several);
    if (!several) {
      // "Musk" alone: the one Person called "… Musk", if there is exactly one.
      const auto& persons = persons_with_surname(surname);
      if (persons.size() == 1) node = persons.front();
    } else if (NodeNumber lone = lookup_name(surname); lone != 0) {
      // "Elon Musk" after a node named only "Musk": the full name takes that node over,
      // unless another Person already carries the surname (then "Musk" was ambiguous).
      NodeRecord& rec = mutable_record(lone);
      bool lone_is_surname = name_key(rec.name) == surname;
      if (rec.type == EntityType::Person && lone_is_surname &&
          persons_with_surname(surname).empty()) {
        rec.aliases.insert(rec.aliases.begin(), rec.name);
        rec.name = entity.name;
        std::erase_if(rec.aliases, [&](const std::string& a) { return name_key(a) == key; });
        dirty_nodes_.insert(lone);
        names_[key] = lone;
        new_names_.push_back(key);
        index_surname(rec);
        node = lone;
      }
    }
  }

  if (!node) {
    node = next_node_++;
    counters_dirty_ = true;
    NodeRecord rec;
    rec.number = node;
    rec.id = unique_id(node_id_for(entity.name));
    rec.name = entity.name;
    rec.type = entity.type;
    ids_[rec.id] = node;
    new_ids_.push_back(rec.id);
    names_[key] = node;
    new_names_.push_back(key);
    index_surname(rec);
    nodes_.emplace(node, std::move(rec));
    dirty_nodes_.insert(node);
  } else {
    NodeRecord& rec = mutable_record(node);
    if (rec.type == EntityType::Concept && entity.type != EntityType::Concept) {
      rec.type = entity.type;
      dirty_nodes_.insert(node);
      index_surname(rec);
    }
  }

  add_name(node, entity.name, key);
  for (std::size_t i = 0; i < alias_keys.size(); ++i)
    add_name(node, entity.aliases[i], alias_keys[i]);
  resolved_.emplace(entity.name, node);
  return node;
}

LemmaNumber NodeResolver::lemma(const std::string& lemma) {
  auto it = lemmas_.find(lemma);
  if (it != lemmas_.end()) return it->second;
  LemmaNumber n = 0;
  if (auto v = ctx_.get(Family::Lemmas, prefixed(kLemmaByText, lemma)); v && v->size() == 4) {
    n = get_u32(v->data());
  } else {
    n = next_lemma_++;
    counters_dirty_ = true;
    new_lemmas_.emplace_back(lemma, n);
  }
  lemmas_.emplace(lemma, n);
  return n;
}

void NodeResolver::write(WriteSink& sink) {
  std::string number;
  for (const auto& key : new_names_) {
    number.clear();
    put_u32(number, names_.at(key));
    sink.put(Family::Names, prefixed(kNamePrefix, key), number);
  }
  for (const auto& id : new_ids_) {
    number.clear();
    put_u32(number, ids_.at(id));
    sink.put(Family::Names, prefixed(kIdPrefix, id), number);
  }
  for (const auto& [surname, node] : new_surnames_)
    sink.put(Family::Names, surname_key(surname, node), "");
  for (NodeNumber node : dirty_nodes_)
    sink.put(Family::Nodes, u32_key(node), encode_node(nodes_.at(node)));
  for (const auto& [lemma, n] : new_lemmas_) {
    number.clear();
    put_u32(number, n);
    sink.put(Family::Lemmas, prefixed(kLemmaByText, lemma), number);
    sink.put(Family::Lemmas, lemma_number_key(n), lemma);
  }
  if (counters_dirty_) {
    sink.put(Family::Meta, kNextNodeKey, u32_key(next_node_));
    sink.put(Family::Meta, kNextLemmaKey, u32_key(next_lemma_));
  }
  new_names_.clear();
  new_ids_.clear();
  new_surnames_.clear();
  dirty_nodes_.clear();
  new_lemmas_.clear();
  counters_dirty_ = false;
}

}  // namespace trame::store
