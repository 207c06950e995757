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

}  // namespace trame::internal
