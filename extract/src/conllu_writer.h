// Writes analysed sentences as CoNLL-U, tokenised the way Universal Dependencies French
// treebanks are: contractions as multiword tokens, multiword expressions as their words.
#pragma once

#include <string>
#include <vector>

#include "french_analyzer.h"
#include "token.h"

namespace trame::internal {

// `heads[i][k]`, when given, is the 1-based head of word k of sentence i in the sentence's
// words (0 for the root, -1 unknown), with its relation in `deprels`.
struct Dependencies {
  std::vector<int> heads;
  std::vector<std::string> deprels;
};

std::string write_conllu(const std::vector<Sentence>& sentences, FrenchAnalyzer& analyzer,
                         const std::vector<Dependencies>& dependencies = {});

// UD morphological features of an Apertium reading ("Gender=Masc|Number=Sing"), or "_".
std::string ud_features(const Token& token);

}  // namespace trame::internal
