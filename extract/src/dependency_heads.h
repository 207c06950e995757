// The dependency heads the clause grammar knows, in Universal Dependencies' terms: verbs
// and their auxiliaries, subjects, objects, obliques with their prepositions, and the
// inside of noun phrases. Words the grammar did not attach keep no head.
#pragma once

#include "clause_grammar.h"
#include "conllu_writer.h"
#include "sentence_analysis.h"

namespace trame::internal {

Dependencies dependency_heads(const SentenceAnalysis& analysis, const ClauseReading& reading);

}  // namespace trame::internal
