// Writes parsed sentences as CoNLL-U, tokenised the way Universal Dependencies French
// treebanks are: contractions as multiword tokens ("du" = "de" + "le"), multiword
// expressions as their words; every word with its head and relation.
#pragma once

#include <string>
#include <vector>

#include "token.h"

namespace trame::internal {

std::string write_conllu(const std::vector<Sentence>& sentences);

}  // namespace trame::internal
