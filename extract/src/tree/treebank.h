// Universal Dependencies treebanks in CoNLL-U: what the parser is trained on and measured
// against.
#pragma once

#include <istream>
#include <string>
#include <vector>

namespace trame::internal {

struct TreebankWord {
  std::string form;
  std::string lemma;
  std::string upos;
  std::string feats;   // "Gender=Masc|Number=Sing" or "_"
  int head = -1;       // 0 for the root, -1 unknown
  std::string deprel;  // "nsubj:pass"
};

// A multiword token: words [first, last] (1-based) written as one ("du" = "de" + "le").
struct TreebankToken {
  int first = 0;
  int last = 0;
  std::string form;
};

struct TreebankSentence {
  std::string treebank;  // "gsd" for fr_gsd-ud-dev.conllu
  std::string id;
  std::string text;
  std::vector<TreebankWord> words;  // word k is id k + 1
  std::vector<TreebankToken> multiword_tokens;
};

// Reads every sentence (empty nodes "8.1" are skipped). Throws std::runtime_error naming
// the line on malformed input.
std::vector<TreebankSentence> read_conllu(std::istream& in, const std::string& name);
std::vector<TreebankSentence> read_conllu_file(const std::string& path);

}  // namespace trame::internal
