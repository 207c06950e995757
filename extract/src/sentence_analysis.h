// What the clause grammar finds in a sentence: the noun phrases that may stand for
// entities (mentions), the verb groups, and the sequence of chunks the clause rules walk.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "token.h"
#include "trame/extract/statement.h"

namespace trame::internal {

// Token indices [begin, end).
struct Span {
  int begin = 0;
  int end = 0;
  bool empty() const { return end <= begin; }
  int size() const { return end - begin; }
  bool contains(int i) const { return i >= begin && i < end; }
};

enum class MentionKind {
  Name,         // a proper name, maybe with a descriptor: "le milliardaire Elon Musk"
  Description,  // a definite noun phrase that may stand for a named entity: "l'entreprise"
  Pronoun,      // "il", "elle", "l'", "lui", "celle-ci"
  Concept,      // any other noun phrase: "une nouvelle fusée"
};

struct Mention {
  Span span;      // the whole noun phrase, determiner and modifiers included
  int head = -1;  // head noun, first word of the name, or the pronoun
  Span name;      // the proper name inside the phrase (empty if none)
  MentionKind kind = MentionKind::Concept;
  std::string descriptor;  // common noun that describes a named entity ("société", "milliardaire")
  std::string determiner;  // lemma of the determiner ("le", "un", "ce", "son", "aucun")
  bool definite = false;
  bool negative = false;  // "aucun", "nul": the phrase denies
  char gender = 0;        // 'm', 'f' or 0
  char number = 0;        // 's', 'p' or 0
  int person = 3;
  std::optional<EntityType> type;  // what the phrase's own words say of the entity's type
  bool type_from_dictionary = false;  // the type comes from Apertium's name classes only
  int complement = -1;  // mention of a "de" complement: "le patron d'Apple" -> Apple
  int coordinated = -1;  // next mention joined by "et"/"ou" ("SpaceX et Boeing")
  int owner = -1;        // possessive determiner's referent (set by coreference)
  int apposed_name = -1; // a name apposed to this description: "le patron d'Apple, Tim Cook"
  std::string text;      // the phrase as written
  int entity = -1;       // the document entity it stands for (coreference)
  bool latter = false;   // "ce dernier", "cette dernière": the last one mentioned
  // "délégué syndical CGT": the describing noun is a person's role in the named
  // organisation, not a description of it.
  bool role_in_name = false;
};

enum class VerbForm { Finite, Infinitive, PastParticiple, PresentParticiple, Gerund };

struct VerbGroup {
  Span span;                       // every word: negation, clitics, auxiliaries, verbs
  std::vector<int> relation_words;  // the words of the relation text, in order
  int main = -1;                   // the lexical verb whose lemma names the relation
  int first_verb = -1;             // first verb or auxiliary (bears tense and agreement)
  VerbForm form = VerbForm::Finite;
  bool negated = false;
  bool passive = false;
  bool conditional = false;
  bool reflexive = false;
  bool copula = false;             // être (or a copular verb) as the main verb
  int subject_clitic = -1;         // "il" before, "-il" after
  int object_clitic = -1;          // "le", "la", "l'", "les", "en"
  int dative_clitic = -1;          // "lui", "leur"
  std::string introducer;          // "de", "à", "pour", "sans", "en", "par" before a non-finite verb
  std::string lemma;
  char number = 0;                 // agreement of the first verb (finite) or participle
  char gender = 0;
  int person = 0;
};

// One word of a relation written anew: kept as written, or a lexical form for the generator
// ("présider<vblex><fti><p3><sg>" -> "présidera").
struct RelationWord {
  std::string text;
  bool generate = false;
  std::string seen;  // a form of the same verb in the sentence ("rachetées"), for its stems
};

enum class ChunkKind {
  Mention,      // index into mentions
  Preposition,  // token
  Verb,         // index into verb groups
  Relative,     // qui, que, dont, lequel, où (token)
  Subordinator, // que, si, quand, parce que, lorsque (token)
  Coordinator,  // et, ou, mais, ni (token)
  Comma,
  Colon,        // ":" and dashes, which open an explanation or a list
  OpenQuote,
  CloseQuote,
  OpenParen,
  CloseParen,
  Adverb,
  Other,
};

struct Chunk {
  ChunkKind kind = ChunkKind::Other;
  Span span;
  int index = -1;  // mention or verb-group index, or the token for word chunks
};

struct SentenceAnalysis {
  const Sentence* sentence = nullptr;
  std::vector<Mention> mentions;
  std::vector<VerbGroup> verb_groups;
  std::vector<Chunk> chunks;
  // "selon X": the mention every claim of the sentence is attributed to.
  int attribution = -1;
  // Quotations and who speaks them: [begin, end) token spans and the speaker's mention.
  struct Quotation {
    int begin = 0, end = 0;
    int speaker = -1;
  };
  std::vector<Quotation> quotations;
  bool question = false;

  const Token& token(int i) const { return sentence->tokens[static_cast<std::size_t>(i)]; }
  int token_count() const { return static_cast<int>(sentence->tokens.size()); }
};

}  // namespace trame::internal
