// Verb groups: a predicate's words from the negation and clitics before it to the last
// verb of its chain — compound tenses ("a été annulée"), modal and aspectual chains ("a
// voulu changer", "s'est proposé de racheter", "vient d'annoncer"), gerunds ("en
// portant") and participles ("dirigée par").
#pragma once

#include <vector>

#include "sentence_analysis.h"

namespace trame::internal {

std::vector<VerbGroup> find_verb_groups(const Sentence& sentence);

// The relation text of a verb group: its words as written, negation and object clitics
// left out ("ne l'a pas convaincu" -> "a convaincu").
std::string relation_text(const Sentence& sentence, const VerbGroup& group);

// The active form of a passive group, for a statement read from its agent, so that "agent
// — relation → patient" reads as French: "sera présidée par" -> "présidera", "a été racheté
// par" -> "a racheté", "doit être validé par" -> "doit valider", "fondée par" -> "a fondé"
// ("dirigée par" -> "dirige": verbs of lasting states read in the present). The finite verb
// agrees with the agent. Empty when the group is no passive or its chain would change
// meaning ("a accepté d'être racheté par": the patient accepted, not the agent).
std::vector<RelationWord> active_voice(const Sentence& sentence, const VerbGroup& group,
                                       char agent_number, int agent_person);

}  // namespace trame::internal
