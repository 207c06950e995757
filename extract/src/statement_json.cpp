#include "trame/extract/statement_json.h"

namespace trame {
namespace {

using nlohmann::json;

const json& field(const json& value, const char* key, const char* where) {
  auto it = value.find(key);
  if (it == value.end()) throw StatementFormatError(std::string(where) + ": missing \"" + key + "\"");
  return *it;
}

std::string string_field(const json& value, const char* key, const char* where,
                         bool required = true) {
  auto it = value.find(key);
  if (it == value.end() || it->is_null()) {
    if (required) throw StatementFormatError(std::string(where) + ": missing \"" + key + "\"");
    return {};
  }
  if (!it->is_string())
    throw StatementFormatError(std::string(where) + ": \"" + key + "\" is not a string");
  return it->get<std::string>();
}

std::uint32_t uint_field(const json& value, const char* key, const char* where) {
  auto it = value.find(key);
  if (it == value.end() || it->is_null()) return 0;
  if (!it->is_number_unsigned() && !(it->is_number_integer() && it->get<long long>() >= 0))
    throw StatementFormatError(std::string(where) + ": \"" + key + "\" is not a count");
  return it->get<std::uint32_t>();
}

}  // namespace

json to_json(const Entity& entity) {
  json out = {{"id", entity.id},
              {"name", entity.name},
              {"type", to_string(entity.type)},
              {"mention", entity.mention}};
  if (!entity.aliases.empty()) out["aliases"] = entity.aliases;
  return out;
}

json to_json(const Statement& st) {
  json sources = json::array();
  for (const Source& s : st.sources)
    sources.push_back({{"doc", s.doc},
                       {"sentence", s.sentence},
                       {"start", s.start},
                       {"end", s.end},
                       {"text", s.text}});
  json out = {{"subject", to_json(st.subject)},
              {"relation", {{"text", st.relation.text}, {"lemma", st.relation.lemma}}},
              {"object", to_json(st.object)},
              {"negated", st.negated},
              {"modality", to_string(st.modality)},
              {"confidence", st.confidence},
              {"sources", std::move(sources)}};
  if (st.attribution) out["attribution"] = to_json(*st.attribution);
  return out;
}

Entity entity_from_json(const json& value) {
  if (value.is_string()) {
    Entity e;
    e.name = value.get<std::string>();
    e.id = node_id_for(e.name);
    e.mention = e.name;
    return e;
  }
  if (!value.is_object()) throw StatementFormatError("entity is neither an object nor a name");
  Entity e;
  e.name = string_field(value, "name", "entity");
  if (e.name.empty()) throw StatementFormatError("entity: empty \"name\"");
  e.id = string_field(value, "id", "entity", false);
  if (e.id.empty()) e.id = node_id_for(e.name);
  std::string type = string_field(value, "type", "entity", false);
  if (!type.empty()) {
    auto t = entity_type_from_string(type);
    if (!t) throw StatementFormatError("entity: unknown type \"" + type + "\"");
    e.type = *t;
  }
  e.mention = string_field(value, "mention", "entity", false);
  if (auto it = value.find("aliases"); it != value.end() && it->is_array())
    for (const json& a : *it)
      if (a.is_string()) e.aliases.push_back(a.get<std::string>());
  return e;
}

Statement statement_from_json(const json& value) {
  if (!value.is_object()) throw StatementFormatError("statement is not a JSON object");
  Statement st;
  try {
    st.subject = entity_from_json(field(value, "subject", "statement"));
  } catch (const StatementFormatError& e) {
    throw StatementFormatError(std::string("subject: ") + e.what());
  }
  try {
    st.object = entity_from_json(field(value, "object", "statement"));
  } catch (const StatementFormatError& e) {
    throw StatementFormatError(std::string("object: ") + e.what());
  }
  const json& rel = field(value, "relation", "statement");
  if (rel.is_string()) {
    st.relation.text = rel.get<std::string>();
    st.relation.lemma = st.relation.text;
  } else if (rel.is_object()) {
    st.relation.text = string_field(rel, "text", "relation");
    st.relation.lemma = string_field(rel, "lemma", "relation", false);
    if (st.relation.lemma.empty()) st.relation.lemma = st.relation.text;
  } else {
    throw StatementFormatError("relation is neither an object nor a text");
  }
  if (auto it = value.find("negated"); it != value.end() && !it->is_null()) {
    if (!it->is_boolean()) throw StatementFormatError("\"negated\" is not true or false");
    st.negated = it->get<bool>();
  }
  std::string modality = string_field(value, "modality", "statement", false);
  if (!modality.empty()) {
    auto m = modality_from_string(modality);
    if (!m) throw StatementFormatError("unknown modality \"" + modality + "\"");
    st.modality = *m;
  }
  if (auto it = value.find("confidence"); it != value.end() && !it->is_null()) {
    if (!it->is_number()) throw StatementFormatError("\"confidence\" is not a number");
    st.confidence = it->get<double>();
  }
  if (auto it = value.find("attribution"); it != value.end() && !it->is_null())
    st.attribution = entity_from_json(*it);
  auto add_source = [&](const json& s) {
    if (!s.is_object()) throw StatementFormatError("a source is not an object");
    Source src;
    src.doc = string_field(s, "doc", "source");
    src.sentence = uint_field(s, "sentence", "source");
    src.start = uint_field(s, "start", "source");
    src.end = uint_field(s, "end", "source");
    src.text = string_field(s, "text", "source", false);
    st.sources.push_back(std::move(src));
  };
  if (auto it = value.find("sources"); it != value.end() && it->is_array()) {
    for (const json& s : *it) add_source(s);
  } else if (auto one = value.find("source"); one != value.end()) {
    add_source(*one);
  }
  return st;
}

}  // namespace trame
