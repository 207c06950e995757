// Short ways to write statements in tests.
#pragma once

#include <string>

#include "trame/extract/statement.h"

namespace trame::test {

inline Entity entity(const std::string& name, EntityType type = EntityType::Organization,
                     std::vector<std::string> aliases = {}) {
  Entity e;
  e.name = name;
  e.id = node_id_for(name);
  e.type = type;
  e.mention = name;
  e.aliases = std::move(aliases);
  return e;
}

inline Entity person(const std::string& name, std::vector<std::string> aliases = {}) {
  return entity(name, EntityType::Person, std::move(aliases));
}

inline Statement statement(Entity subject, const std::string& text, const std::string& lemma,
                           Entity object, const std::string& doc, std::uint32_t sentence,
                           double confidence = 0.5) {
  Statement st;
  st.subject = std::move(subject);
  st.relation = {text, lemma};
  st.object = std::move(object);
  st.confidence = confidence;
  st.sources.push_back({doc, sentence, sentence * 100, sentence * 100 + 50,
                        "Phrase " + std::to_string(sentence) + " de " + doc + "."});
  return st;
}

}  // namespace trame::test
