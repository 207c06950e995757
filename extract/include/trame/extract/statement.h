// The statement: trame's unit of knowledge, as the extractor produces it and as every later
// stage (store, graph, export) consumes it. Its JSON form is the public contract
// (../shared/docs/contract.md, "A statement as JSON").
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace trame {

// The kinds of node a statement links. Concept is a noun phrase that is no named entity.
enum class EntityType : std::uint8_t { Person, Organization, Product, Place, Event, Work, Concept };

std::string_view to_string(EntityType type);
// Parses the contract's spelling ("Person", …); nullopt for anything else.
std::optional<EntityType> entity_type_from_string(std::string_view text);

// How the text commits to a statement.
enum class Modality : std::uint8_t { Asserted, Conditional, Reported, Question };

std::string_view to_string(Modality modality);
std::optional<Modality> modality_from_string(std::string_view text);

// One side of a statement (or its attribution): the node it stands for and the words that
// stood for it in this sentence.
struct Entity {
  std::string id;       // stable node id; the extractor derives it from the canonical name
  std::string name;     // canonical name, shared by every mention of the entity
  EntityType type = EntityType::Concept;
  std::string mention;  // the words of the sentence that named it (may be a pronoun)
  std::vector<std::string> aliases;  // other names the document used for it

  bool operator==(const Entity&) const = default;
};

struct Relation {
  std::string text;   // the relation's words as they stand, negation words left out
  std::string lemma;  // lemma of the main verb or noun

  bool operator==(const Relation&) const = default;
};

// One place a statement was read.
struct Source {
  std::string doc;              // document path as given
  std::uint32_t sentence = 0;   // 1-based sentence number within the document
  std::uint32_t start = 0;      // character offsets of the sentence in the document
  std::uint32_t end = 0;
  std::string text;             // the sentence

  bool operator==(const Source&) const = default;
};

struct Statement {
  Entity subject;
  Relation relation;
  Entity object;
  bool negated = false;
  Modality modality = Modality::Asserted;
  std::optional<Entity> attribution;  // who a reported statement is attributed to
  double confidence = 0.5;
  std::vector<Source> sources;

  bool operator==(const Statement&) const = default;
};

// A node id derived from a canonical name: lower case, accents and punctuation folded to
// ASCII words joined by '-' ("Elon Musk" -> "elon-musk"). Stable across runs and stores.
std::string node_id_for(std::string_view name);

// The key under which names are looked up: case and accents ignored, apostrophes and
// spacing normalised ("L’Élysée " -> "l'elysee").
std::string name_key(std::string_view name);

}  // namespace trame
