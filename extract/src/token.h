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

// One sentence of a document.
struct Sentence {
  std::size_t number = 0;  // 1-based within the document
  std::size_t begin = 0;   // byte offsets of the sentence in the document
  std::size_t end = 0;
  std::string text;
  std::vector<Token> tokens;
};

}  // namespace trame::internal
