// Coreference within a document: which entity each mention stands for. Names are matched
// to names seen before ("Musk" after "Elon Musk", "la Commission" after "la Commission
// européenne"); pronouns to the most salient entity that agrees with them; definite
// descriptions ("le milliardaire", "l'entreprise") to an entity the text itself described
// that way before, or else to the most salient entity of a compatible type.
#pragma once

#include <set>
#include <string>
#include <vector>

#include "clause_grammar.h"
#include "sentence_analysis.h"
#include "trame/extract/statement.h"

namespace trame::internal {

struct DocumentEntity {
  std::string name;                  // canonical: the fullest name seen
  std::vector<std::string> aliases;  // other names the document used
  EntityType type = EntityType::Concept;
  bool named = false;                // a named entity (not a concept phrase)
  bool role = false;                 // named by a description and its complement ("patron d'Apple")
  bool type_from_text = false;       // the text said what it is (descriptor, first name)
  char gender = 0;
  char number = 0;
  std::vector<std::string> descriptors;  // common nouns the text used for it
  std::set<std::string> origins;         // nationalities the text gave it ("suédois")
  double salience = 0;
  int last_sentence = -1;
  int last_subject_sentence = -1;  // the last sentence it was a subject of
  int first_sentence = -1;
  int last_mention = -1;  // when it was last mentioned, counted in mentions of the document
  int mentions = 0;
};

class Coreference {
 public:
  // Resolves the mentions of one sentence (sentences in document order), using what the
  // clause grammar read for salience (subjects weigh more) and for binding (an object
  // clitic is not its own clause's subject).
  void resolve(SentenceAnalysis& analysis, const ClauseReading& reading);

  const std::vector<DocumentEntity>& entities() const { return entities_; }
  // Settles types left open once the whole document is read (fallbacks by name shape).
  void finish();

 private:
  int resolve_name(SentenceAnalysis& a, int m);
  bool is_institution_by_place(const std::string& name) const;
  int resolve_pronoun(SentenceAnalysis& a, int m, const ClauseReading& reading);
  int resolve_description(SentenceAnalysis& a, int m);
  int concept_entity(SentenceAnalysis& a, int m);
  int role_entity(SentenceAnalysis& a, int m);
  int new_entity(const std::string& name, bool named);
  void learn(SentenceAnalysis& a, int m, int entity);
  static void add_descriptor(DocumentEntity& e, const std::string& noun);
  static bool is_attribute(const SentenceAnalysis& a, int m);
  static std::set<int> opening_participants(const SentenceAnalysis& a, int m);
  static bool subject_after_opener(const SentenceAnalysis& a, int m);
  std::set<int> subjects_of_governing_verb(const SentenceAnalysis& a, int m,
                                           const ClauseReading& reading) const;
  void decay();

  std::vector<DocumentEntity> entities_;
  int sentence_ = 0;
  int mention_clock_ = 0;
  std::set<int> excluded_;  // entities the description being resolved cannot be
};

// The name of a mention's proper-name part, as written ("Elon Musk", "x.AI").
std::string name_text(const SentenceAnalysis& a, const Mention& m);

// A concept's name: the phrase without its determiner ("nouvelle fusée").
std::string concept_name(const SentenceAnalysis& a, const Mention& m);

}  // namespace trame::internal
