// The sample subgraph the export tests use agrees with the invented articles it was read from:
// every source quotes its sentence at its character offsets and number, and every entity is
// one of the sample nodes.
#include <catch2/catch.hpp>
#include <map>
#include <optional>
#include <set>

#include "export_test_support.h"

using namespace trame;
using namespace trame::test;

namespace {

struct Sentence {
  std::uint32_t start = 0, end = 0;  // character (code point) offsets
  std::string text;
};

// The sentences of an article: each runs from its first non-blank character to a '.', '?' or
// '!' followed by a blank or the end of the text (the articles use no abbreviations).
std::vector<Sentence> sentences(const std::string& text) {
  auto blank = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
  std::vector<Sentence> out;
  std::uint32_t chars = 0;  // code points before byte i
  std::optional<Sentence> current;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (!current && !blank(c)) {
      current = Sentence{chars, 0, {}};
      begin = i;
    }
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++chars;
    if (current && (c == '.' || c == '?' || c == '!') &&
        (i + 1 == text.size() || blank(text[i + 1]))) {
      current->end = chars;
      current->text = text.substr(begin, i + 1 - begin);
      out.push_back(*current);
      current.reset();
    }
  }
  REQUIRE_FALSE(current);  // no unfinished sentence at the end
  return out;
}

}  // namespace

TEST_CASE("the sample statements quote the sample articles where they say", "[sample]") {
  Subgraph graph = sample_subgraph();
  std::map<std::string, std::vector<Sentence>> articles;
  std::size_t checked = 0;
  for (const Statement& st : graph.statements) {
    for (const Source& src : st.sources) {
      INFO(src.doc << " sentence " << src.sentence << ": " << src.text);
      auto it = articles.find(src.doc);
      if (it == articles.end())
        it = articles.emplace(src.doc, sentences(sample_article(src.doc))).first;
      REQUIRE(src.sentence >= 1);
      REQUIRE(src.sentence <= it->second.size());
      const Sentence& s = it->second[src.sentence - 1];
      CHECK(s.text == src.text);
      CHECK(s.start == src.start);
      CHECK(s.end == src.end);
      // The words that stood for the entities are in the sentence.
      CHECK(src.text.find(st.subject.mention) != std::string::npos);
      CHECK(src.text.find(st.object.mention) != std::string::npos);
      if (st.attribution) CHECK(src.text.find(st.attribution->mention) != std::string::npos);
      ++checked;
    }
  }
  CHECK(checked == 26);  // one statement was read twice
  CHECK(articles.size() == 4);
}

TEST_CASE("the sample statements name sample nodes, of every type", "[sample]") {
  Subgraph graph = sample_subgraph();
  std::map<std::string, const NodeRecord*> nodes;
  std::set<EntityType> types;
  for (const NodeRecord& n : graph.nodes) {
    CHECK(nodes.emplace(n.id, &n).second);
    types.insert(n.type);
  }
  CHECK(types.size() == 7);  // Person, Organization, Product, Place, Event, Work, Concept
  std::set<std::string> named;
  auto check = [&](const Entity& e) {
    INFO(e.id);
    REQUIRE(nodes.count(e.id));
    CHECK(nodes.at(e.id)->name == e.name);
    CHECK(nodes.at(e.id)->type == e.type);
    named.insert(e.id);
  };
  for (const Statement& st : graph.statements) {
    check(st.subject);
    check(st.object);
    if (st.attribution) check(*st.attribution);
  }
  CHECK(named.size() == nodes.size());  // no node is left unused
}
