// Lays a sentence out as a sequence of chunks (mentions, verb groups, prepositions,
// relatives, conjunctions, punctuation), the level at which the clause rules work.
#pragma once

#include "sentence_analysis.h"

namespace trame::internal {

// Fills analysis.chunks from the sentence, its mentions and its verb groups, and links
// mentions joined by "et"/"ou" and the "de" complements of noun phrases.
void build_chunks(SentenceAnalysis& analysis);

// The mention whose span holds token i, or -1.
int mention_at(const SentenceAnalysis& analysis, int token);

}  // namespace trame::internal
