// Finds or creates the node an entity stands for, across documents: by canonical name or
// alias (name_key), a Person's lone surname by the unique Person whose name ends with it,
// and a Person's full name absorbing an earlier surname-only node. Changes are kept in
// memory over what the store holds until `write` sends them to a sink, so that one
// document (or one whole import) sees its own new nodes before they are committed.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rocks_context.h"
#include "write_sink.h"

namespace trame::store {

class NodeResolver {
 public:
  explicit NodeResolver(const RocksContext& ctx);

  NodeNumber resolve(const Entity& entity);
  LemmaNumber lemma(const std::string& lemma);
  const NodeRecord& record(NodeNumber node);

  // Sends every change since the last write (nodes, names, lemmas, counters) to `sink`.
  void write(WriteSink& sink);

 private:
  NodeNumber lookup_name(const std::string& key);  // 0: no such name
  const std::vector<NodeNumber>& persons_with_surname(const std::string& surname);
  bool id_taken(const std::string& id);
  std::string unique_id(const std::string& base);
  NodeRecord& mutable_record(NodeNumber node);
  void add_name(NodeNumber node, const std::string& name, const std::string& key);
  void index_surname(NodeRecord& node);

  const RocksContext& ctx_;
  NodeNumber next_node_;
  LemmaNumber next_lemma_;
  bool counters_dirty_ = false;
  // Names exactly as given, resolved before: most mentions repeat a name verbatim, and
  // this spares folding it again (the node a resolved name leads to never changes).
  std::unordered_map<std::string, NodeNumber> resolved_;
  std::unordered_map<std::string, NodeNumber> names_;  // 0 cached as "absent"
  std::vector<std::string> new_names_;
  std::unordered_map<std::string, NodeNumber> ids_;
  std::vector<std::string> new_ids_;
  std::unordered_map<std::string, std::vector<NodeNumber>> surnames_;
  std::vector<std::pair<std::string, NodeNumber>> new_surnames_;
  std::unordered_map<NodeNumber, NodeRecord> nodes_;
  std::unordered_set<NodeNumber> dirty_nodes_;
  std::unordered_map<std::string, LemmaNumber> lemmas_;
  std::vector<std::pair<std::string, LemmaNumber>> new_lemmas_;
};

// The last word of a name key ("elon musk" -> "musk"), and whether there was more than one.
std::string last_token(const std::string& key, bool* several = nullptr);

}  // namespace trame::store
