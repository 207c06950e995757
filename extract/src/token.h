// A word of an analysed sentence: one syntactic word in the sense of Universal
// Dependencies ("du" is two words, "de" and "le"; "dit-il" is "dit" and "-il").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "apertium_pipeline.h"

namespace trame::internal {

enum class Upos : unsigned char {
  Noun, Propn, Verb, Aux, Adj, Adv, Det, Pron, Adp, Cconj, Sconj, Num, Punct, Sym, Intj, Part, X
};

std::string_view to_string(Upos upos);
// The part of speech named by a UD tag ("NOUN"); X for any other name.
Upos upos_from_string(std::string_view name);

struct Token {
  std::string form;   // the word's own letters ("de" for the first half of "du")
  std::string lemma;  // lower case, except for proper nouns
  Upos upos = Upos::X;
  std::vector<std::string> tags;  // Apertium tags of the chosen reading ("vblex", "pp", "f", "sg")
  std::size_t begin = 0;  // byte offsets in the document (both halves of "du" share the span)
  std::size_t end = 0;
  bool unknown = false;      // the dictionary did not know it; upos and lemma were guessed
  // On the first word of a multiword token ("du", "dit-il"): how many words it holds and its
  // surface; 0 elsewhere.
  int mwt_words = 0;
  std::string mwt_form;
  bool space_after = true;
  // The other single-morpheme readings of the word, for corrections that overrule the
  // tagger.
  std::vector<Morpheme> alternatives;
  // How many of `alternatives`, at the front, CG-3 left standing (the others it ruled out).
  std::size_t kept_alternatives = 0;

  bool has(std::string_view tag) const;
  bool is(Upos u) const { return upos == u; }
  bool capitalised() const;
  // 'm', 'f' or 0; 's', 'p' or 0; 1-3 or 0.
  char gender() const;
  char number() const;
  int person() const;
  bool is_finite_verb() const;       // a verb or auxiliary with tense and person
  bool is_past_participle() const;   // <pp>
  bool is_infinitive() const;        // <inf>
  bool is_present_participle() const;  // <pprs> / <ger>
};

// A syntactic word of the sentence's dependency tree, in the sense of Universal
// Dependencies: written once by the parser (tree/sentence_parser.h), read-only afterwards.
struct Word {
  std::string form;    // "de" and "le" for "du"; "parce" and "que" for "parce que"
  std::string lemma;
  Upos upos = Upos::X;
  std::string feats;   // UD features, "Gender=Fem|Number=Sing", or "_"
  int head = 0;        // 1-based index of the head in Sentence::words, 0 for the root
  std::string deprel;  // UD relation with its subtype: "nsubj:pass", "obl:agent"
  std::size_t begin = 0;  // byte offsets in the document (the words of "du" share them)
  std::size_t end = 0;
  int token = -1;      // the index in Sentence::tokens of the token it is part of
  // On the first word of a multiword token ("du" = "de" + "le"): how many words it holds
  // and its surface; 0 elsewhere.
  int mwt_words = 0;
  std::string mwt_form;
  bool space_after = true;

  bool is(Upos u) const { return upos == u; }
};

// One sentence of a document.
struct Sentence {
  std::size_t number = 0;  // 1-based within the document
  std::size_t begin = 0;   // byte offsets of the sentence in the document
  std::size_t end = 0;
  std::string text;
  // The words of the sentence's tree.
  std::vector<Word> words;
  // The same text as the clause grammar reads it: multiword expressions ("parce que", "à
  // partir de") are one token; each token's reading follows the tagger's choice for its
  // word.
  std::vector<Token> tokens;
};

}  // namespace trame::internal
