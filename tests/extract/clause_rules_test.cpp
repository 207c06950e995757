// The clause grammar, coreference and entity typing, checked on sentences written for the
// purpose: tests/extract/clauses/*.txt (format in the README there), one test case a file.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "trame/extract/extractor.h"

using namespace trame;

namespace {

struct Expected {
  std::string subject, lemma, object;
  bool negated = false;
  std::optional<Modality> modality;
  std::string attribution;
  std::string text;  // the relation's text, when the block says it
  bool present = true;
  std::string line;
};

struct Block {
  std::string comment;
  std::string text;
  std::vector<Expected> statements;
  std::vector<std::pair<std::string, EntityType>> types;
  bool nothing = false;
};

std::string trim(std::string s) {
  s.erase(0, s.find_first_not_of(" \t"));
  s.erase(s.find_last_not_of(" \t\r") + 1);
  return s;
}

std::vector<std::string> split_bars(const std::string& s) {
  std::vector<std::string> parts;
  std::stringstream in(s);
  std::string part;
  while (std::getline(in, part, '|')) parts.push_back(trim(part));
  return parts;
}

std::vector<Block> read_blocks(const std::filesystem::path& file) {
  std::ifstream in(file);
  REQUIRE(in);
  std::vector<Block> blocks(1);
  std::string comment, line;
  auto close = [&] {
    if (!blocks.back().text.empty()) blocks.emplace_back();
  };
  while (std::getline(in, line)) {
    if (trim(line).empty()) {
      close();
      continue;
    }
    Block& b = blocks.back();
    char kind = line[0];
    std::string rest = trim(line.substr(1));
    if (kind == '#') {
      comment = rest;
    } else if (kind == '>') {
      if (b.text.empty()) b.comment = comment;
      b.text += rest + "\n";
    } else if (kind == '+' || kind == '-') {
      auto parts = split_bars(rest);
      REQUIRE(parts.size() >= 3);
      Expected e{parts[0], parts[1], parts[2]};
      e.present = kind == '+';
      e.line = line;
      for (std::size_t i = 3; i < parts.size(); ++i) {
        if (parts[i] == "neg") e.negated = true;
        else if (parts[i].rfind("text ", 0) == 0) e.text = parts[i].substr(5);
        else if (parts[i].rfind("reported by ", 0) == 0) {
          e.modality = Modality::Reported;
          e.attribution = parts[i].substr(12);
        } else {
          e.modality = modality_from_string(parts[i]);
          REQUIRE(e.modality.has_value());
        }
      }
      b.statements.push_back(e);
    } else if (kind == '=') {
      auto colon = rest.rfind(':');
      REQUIRE(colon != std::string::npos);
      auto type = entity_type_from_string(trim(rest.substr(colon + 1)));
      REQUIRE(type.has_value());
      b.types.emplace_back(trim(rest.substr(0, colon)), *type);
    } else if (kind == '0') {
      b.nothing = true;
    }
  }
  if (blocks.back().text.empty()) blocks.pop_back();
  return blocks;
}

bool matches(const Statement& st, const Expected& e) {
  if (st.subject.name != e.subject || st.relation.lemma != e.lemma || st.object.name != e.object)
    return false;
  if (!e.text.empty() && st.relation.text != e.text) return false;
  if (!e.present) return true;
  if (st.negated != e.negated) return false;
  if (e.modality && st.modality != *e.modality) return false;
  if (!e.attribution.empty() && (!st.attribution || st.attribution->name != e.attribution))
    return false;
  return true;
}

std::string describe(const std::vector<Statement>& statements) {
  std::string out;
  for (const Statement& st : statements)
    out += "  " + st.subject.name + " | " + st.relation.lemma + " (" + st.relation.text + ") | " +
           st.object.name + (st.negated ? " | neg" : "") + " | " +
           std::string(to_string(st.modality)) +
           (st.attribution ? " by " + st.attribution->name : "") + "\n";
  return out;
}

Extractor& extractor() {
  static Extractor instance;
  return instance;
}

void check_file(const std::string& name) {
  auto path = std::filesystem::path(TRAME_SOURCE_DIR) / "tests/extract/clauses" / (name + ".txt");
  int index = 0;
  for (const Block& b : read_blocks(path)) {
    // The text goes to INFO, not into the section's name: Catch2 wraps long names with
    // the indent of their first line and can loop forever on a long comment.
    DYNAMIC_SECTION(b.comment << " [" << ++index << "]") {
      INFO("text: " << b.text);
      Extraction ex = extractor().extract("test.txt", b.text);
      INFO("extracted:\n" << describe(ex.statements));
      if (b.nothing) CHECK(ex.statements.empty());
      for (const Expected& e : b.statements) {
        INFO(e.line);
        bool found = false;
        for (const Statement& st : ex.statements) found = found || matches(st, e);
        CHECK(found == e.present);
      }
      for (const auto& [entity, type] : b.types) {
        INFO("type of " << entity);
        bool found = false;
        for (const Statement& st : ex.statements)
          for (const Entity* side : {&st.subject, &st.object})
            if (side->name == entity) {
              found = true;
              CHECK(side->type == type);
            }
        CHECK(found);
      }
    }
  }
}

}  // namespace

TEST_CASE("active clauses", "[clauses]") { check_file("svo"); }
TEST_CASE("verb groups: chains and clitics", "[clauses]") { check_file("verb_groups"); }
TEST_CASE("passives and participles with agents", "[clauses]") { check_file("passive"); }
TEST_CASE("relative clauses", "[clauses]") { check_file("relatives"); }
TEST_CASE("gerunds and participle clauses", "[clauses]") { check_file("participles"); }
TEST_CASE("coordination", "[clauses]") { check_file("coordination"); }
TEST_CASE("negation and modality", "[clauses]") { check_file("polarity"); }
TEST_CASE("appositions, titles and roles", "[clauses]") { check_file("appositions"); }
TEST_CASE("coreference", "[clauses]") { check_file("coreference"); }
TEST_CASE("fragments without a verb", "[clauses]") { check_file("fragments"); }
