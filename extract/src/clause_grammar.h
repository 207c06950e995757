// trame's clause grammar: from the chunks of a sentence to predications — who does what to
// whom — with the polarity and stance the sentence gives them.
//
// Each ClauseRule reads one construction of French: the finite clause with its subject
// (found across incises, relatives and coordination), passives and their agents,
// participial and gerund phrases, relative clauses, infinitives with their controllers,
// appositions and role nouns ("X, patron d'Y").
#pragma once

#include <string>
#include <vector>

#include "sentence_analysis.h"
#include "trame/extract/statement.h"

namespace trame::internal {

struct Predication {
  int subject = -1;  // mention indices
  int object = -1;
  int group = -1;    // verb group, or -1 for a nominal relation
  std::string relation;  // relation text
  // A passive read from its agent: the relation's active form, to generate ("a racheté"
  // for "a été racheté par"); empty when `relation` stands as written.
  std::vector<RelationWord> active;
  std::string lemma;
  bool negated = false;
  Modality modality = Modality::Asserted;
  int attribution = -1;  // mention the claim is attributed to
  double confidence = 0.5;
  const char* rule = "";  // the rule that read it
  bool object_is_owner = false;  // object is the owner of `object`'s possessive ("son dirigeant")
  // The subject was borrowed from the clause (gerunds, detached participles, infinitives):
  // the statement is kept only between named entities.
  bool controlled = false;
};

// What the grammar read in a sentence: predications, and the subject found for each verb
// group (for coreference salience and CoNLL-U heads).
struct ClauseReading {
  std::vector<Predication> predications;
  std::vector<std::vector<int>> subjects;  // per verb group, its subject mentions
  std::vector<int> governor;               // per verb group, the verb group it depends on
  // Speakers of reporting incises ("..., a assuré la ministre"): their mentions.
  std::vector<int> speakers;
};

ClauseReading read_clauses(SentenceAnalysis& analysis);

}  // namespace trame::internal
