// Tagging of French sentences written for these tests: UD tokenisation, parts of speech
// and lemmas in `trame tag`'s CoNLL-U, and how a token's reading follows the tagger.
#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "conllu_writer.h"
#include "french_analyzer.h"
#include "token_readings.h"
#include "tree/sentence_parser.h"

using namespace trame::internal;

namespace {

FrenchAnalyzer& analyzer() {
  static FrenchAnalyzer instance(TRAME_APERTIUM_DIR, TRAME_APERTIUM_PREFIX);
  return instance;
}

struct TaggedWord {
  std::string form, lemma, upos;
};

// The syntactic words (not multiword-token lines) of a sentence's CoNLL-U.
std::vector<TaggedWord> tag(const std::string& sentence) {
  std::vector<Sentence> sentences = analyzer().analyse(sentence, true);
  std::istringstream conllu(write_conllu(sentences));
  std::vector<TaggedWord> words;
  for (std::string line; std::getline(conllu, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::istringstream fields(line);
    for (std::string c; std::getline(fields, c, '\t');) cols.push_back(c);
    if (cols.size() < 4 || cols[0].find('-') != std::string::npos) continue;
    words.push_back(TaggedWord{cols[1], cols[2], cols[3]});
  }
  return words;
}

std::string forms_of(const std::vector<TaggedWord>& words) {
  std::string out;
  for (const TaggedWord& w : words) out += (out.empty() ? "" : " ") + w.form;
  return out;
}

struct Expectation {
  const char* sentence;
  const char* form;  // the first word with this form is checked
  const char* upos;
  const char* lemma;  // "" when the lemma is not checked
};

void check(const Expectation& e) {
  std::vector<TaggedWord> words = tag(e.sentence);
  INFO(e.sentence << "  ->  " << forms_of(words));
  const TaggedWord* found = nullptr;
  for (const TaggedWord& w : words)
    if (w.form == e.form) {
      found = &w;
      break;
    }
  REQUIRE(found != nullptr);
  CHECK(found->upos == e.upos);
  if (*e.lemma) CHECK(found->lemma == e.lemma);
}

}  // namespace

TEST_CASE("words are tokenised the way UD French writes them", "[tagging]") {
  struct Case {
    const char* sentence;
    const char* words;
  };
  const Case cases[] = {
      // An abbreviation keeps its period; an initial before a name too.
      {"M. Durand est arrivé hier.", "M. Durand est arrivé hier ."},
      {"Il cite John F. Kennedy.", "Il cite John F. Kennedy ."},
      // ... but a capital letter before a sentence is no initial.
      {"Il a quitté le réseau X. Dans sa plainte, il parle.",
       "Il a quitté le réseau X . Dans sa plainte , il parle ."},
      {"On vend des pommes, des poires, etc.", "On vend des pommes , des poires , etc."},
      // Hyphenated names, compounds with a prefix, dates.
      {"Jean-Pierre habite à Saint-Étienne.", "Jean-Pierre habite à Saint-Étienne ."},
      {"Une crise politico-financière éclate.", "Une crise politico-financière éclate ."},
      {"La réunion du 2021-03-04 est annulée.", "La réunion de le 2021-03-04 est annulée ."},
      // An inverted subject keeps its hyphen, apart from its verb.
      {"Est-ce vrai ?", "Est -ce vrai ?"},
      // Fixed expressions ending in a contraction are their words.
      {"Il travaille au sein du parti.", "Il travaille à le sein de le parti ."},
      {"Elle marche jusqu'aux remparts.", "Elle marche jusqu' à les remparts ."},
      {"Nous verrons d'autres villes.", "Nous verrons d' autres villes ."},
      {"Nous verrons d’autres villes.", "Nous verrons d’ autres villes ."},
      // Relative pronouns contracted with their preposition.
      {"Le projet auquel il pense avance.", "Le projet à lequel il pense avance ."},
      {"Les villes desquelles il vient sont loin.",
       "Les villes de lesquelles il vient sont loin ."},
      // Words UD keeps whole.
      {"Il faut que l'on parte.", "Il faut que l'on parte ."},
      {"Le vote, c'est-à-dire le choix, compte.", "Le vote , c'est-à-dire le choix , compte ."},
      {"Il hésita... puis partit.", "Il hésita ... puis partit ."},
      {"La ville compte 80\u00a0000 habitants.", "La ville compte 80\u00a0000 habitants ."},
      {"La ville compte 80 000 habitants.", "La ville compte 80 000 habitants ."},
      {"Il fait 30 °C dehors.", "Il fait 30 °C dehors ."},
      // Times: the hours, the hour sign and the minutes.
      {"Ouvert de 14h30 à 18 h.", "Ouvert de 14 h 30 à 18 h ."},
      // Numbers and codes joined by a slash are one word; words keep the slash apart.
      {"La dose passe à 1/10 le 23/12/2006.", "La dose passe à 1/10 le 23/12/2006 ."},
      {"Il lit et/ou écrit.", "Il lit et / ou écrit ."},
  };
  for (const Case& c : cases) {
    INFO(c.sentence);
    CHECK(forms_of(tag(c.sentence)) == c.words);
  }
}

TEST_CASE("parts of speech and lemmas follow UD French", "[tagging]") {
  const Expectation cases[] = {
      {"M. Durand est arrivé hier.", "M.", "NOUN", "monsieur"},
      {"Une crise politico-financière éclate.", "politico-financière", "ADJ", "politico-financier"},
      {"Jean-Pierre habite à Saint-Étienne.", "Saint-Étienne", "PROPN", "Saint-Étienne"},
      {"La réunion du 2021-03-04 est annulée.", "2021-03-04", "NUM", ""},
      {"Est-ce vrai ?", "-ce", "PRON", "ce"},
      {"Il travaille au sein du parti.", "sein", "NOUN", "sein"},
      {"Elle marche jusqu'aux remparts.", "jusqu'", "ADP", "jusque"},
      {"Il faut que l'on parte.", "l'on", "PRON", "on"},
      {"Il hésita... puis partit.", "...", "PUNCT", "..."},
      // Auxiliaries before participles, participles of compound tenses as verbs.
      {"Le ministre a signé le décret.", "a", "AUX", "avoir"},
      {"Le ministre a signé le décret.", "signé", "VERB", "signer"},
      {"Le ministre a signé le décret.", "ministre", "NOUN", "ministre"},
      {"Les électeurs ont voté dimanche.", "ont", "AUX", "avoir"},
      // avoir with an object is a verb.
      {"Le maire a une maison.", "a", "VERB", "avoir"},
      // être as a copula is an auxiliary in UD.
      {"La décision est importante.", "est", "AUX", "être"},
      {"La décision est importante.", "importante", "ADJ", "important"},
      // A word after an article is a noun, not a verb.
      {"Le président parle aux journalistes.", "président", "NOUN", "président"},
      {"Nous verrons d’autres villes.", "autres", "ADJ", "autre"},
      // An adjective reading right after a determiner with no noun after it is the noun.
      {"Dans sa plainte, le milliardaire estime que le contrat est rompu.", "milliardaire", "NOUN",
       "milliardaire"},
      {"Ces derniers mois, les ventes ont baissé.", "derniers", "ADJ", "dernier"},
      // A past participle after an article names people.
      {"Les déportés sont revenus en 1945.", "déportés", "NOUN", "déporté"},
      // Partitive "de" after a negation is a determiner.
      {"Il n'a pas de voiture.", "de", "DET", ""},
      {"Il n'a pas de voiture.", "pas", "ADV", "pas"},
      // Subordinating and relative "que".
      {"Il pense que le projet avance.", "que", "SCONJ", "que"},
      {"Le projet que nous présentons avance.", "que", "PRON", "que"},
      // Ordinals and "dernier" standing for a noun stay adjectives; compass points are nouns.
      {"Le ministre a reçu le maire, puis ce dernier est parti.", "dernier", "ADJ", "dernier"},
      {"Elle est arrivée la première.", "première", "ADJ", "premier"},
      {"Le vent souffle du nord.", "nord", "NOUN", "nord"},
      // Invariable nouns keep their own lemma; so do the words of fixed expressions.
      {"Il est venu une fois par semaine.", "fois", "NOUN", "fois"},
      {"Au cours de la réunion, il a parlé.", "cours", "NOUN", "cours"},
      // Inside a fixed expression, an adjective before its noun stays an adjective.
      {"Dans un premier temps, il a refusé.", "premier", "ADJ", "premier"},
      {"Il habite à l'intérieur de la ville.", "intérieur", "NOUN", "intérieur"},
      // The first word of "afin de", "quant à", "parce que" is an adverb.
      {"Il part tôt afin de travailler.", "afin", "ADV", "afin"},
      {"Quant à la ville, elle attend.", "Quant", "ADV", "quant"},
      {"Il reste parce qu'il pleut.", "parce", "ADV", "parce"},
      // Words of a stretch of English are foreign words (X).
      {"Il a lu The Wall Street Journal of Commerce hier.", "of", "X", ""},
      {"Le groupe publie Songs for the Deaf en 2002.", "for", "X", ""},
      // Words the dictionary does not know, by their endings.
      {"Les zorglubs arrivent demain.", "zorglubs", "NOUN", "zorglub"},
      {"Elle aime la musique zorglubienne.", "zorglubienne", "ADJ", "zorglubien"},
      {"Des plantes zorglubales poussent ici.", "zorglubales", "ADJ", "zorglubal"},
      // "y" of fixed expressions is the pronoun, not the letter.
      {"Tous sont venus, y compris les enfants.", "y", "PRON", ""},
      // Typographic signs are punctuation.
      {"• Le projet avance.", "•", "PUNCT", "•"},
      // Among the dictionary's readings: "faut" is falloir, not faillir.
      {"Il faut le faire.", "faut", "VERB", "falloir"},
      // A verbal fixed expression starts with its verb.
      {"Il fait partie du groupe.", "fait", "VERB", "faire"},
      {"Il fait partie du groupe.", "partie", "NOUN", "partie"},
      // "des" is the indefinite determiner before a noun it introduces, "de" + "les" after
      // a noun it complements.
      {"Il mange des pommes.", "des", "DET", "un"},
      {"La fin des vacances approche.", "les", "DET", "le"},
      // A name inside the sentence.
      {"Hier, Marie a rencontré Paul.", "Paul", "PROPN", "Paul"},
  };
  for (const Expectation& e : cases) check(e);
}

TEST_CASE("a text analysed after another is analysed as if alone", "[tagging]") {
  // The analyser used to keep the last word of a call pending and print it in the next.
  std::vector<TaggedWord> alone = tag("Les enfants jouent dehors.");
  tag("Est-ce vrai ?");
  tag("Il a vu M. Dupont");
  CHECK(forms_of(tag("Les enfants jouent dehors.")) == forms_of(alone));
  CHECK(forms_of(alone) == "Les enfants jouent dehors .");
}

TEST_CASE("a new part of speech brings its reading, lemma and tags", "[tagging]") {
  SECTION("a dictionary reading with that part of speech is taken") {
    Token t;
    t.form = "est";
    t.lemma = "est";
    t.upos = Upos::Noun;
    t.tags = {"n", "m", "sg"};
    t.alternatives = {Morpheme{"être", {"vbser", "pri", "p3", "sg"}}};
    apply_upos(t, Upos::Aux);
    CHECK(t.lemma == "être");
    CHECK(t.tags.front() == "vbser");
    // ... and the noun reading stays available.
    apply_upos(t, Upos::Noun);
    CHECK(t.lemma == "est");
  }
  SECTION("a past participle used as an adjective has its masculine singular as lemma") {
    Token t;
    t.form = "élevées";
    t.lemma = "élever";
    t.upos = Upos::Verb;
    t.tags = {"vblex", "pp", "f", "pl"};
    apply_upos(t, Upos::Adj);
    CHECK(t.upos == Upos::Adj);
    CHECK(t.lemma == "élevé");
  }
  SECTION("partitive de is the indefinite determiner") {
    Token t;
    t.form = "de";
    t.lemma = "de";
    t.upos = Upos::Adp;
    t.tags = {"pr"};
    apply_upos(t, Upos::Det);
    CHECK(t.lemma == "un");
  }
  SECTION("the reading whose features agree with the tagger's is taken") {
    Token t;
    t.form = "porte";
    t.lemma = "porte";
    t.upos = Upos::Noun;
    t.tags = {"n", "f", "sg"};
    t.alternatives = {Morpheme{"porter", {"vblex", "imp", "p2", "sg"}},
                      Morpheme{"porter", {"vblex", "pri", "p3", "sg"}},
                      Morpheme{"porter", {"vblex", "prs", "p3", "sg"}}};
    Word w;
    w.form = "porte";
    w.upos = Upos::Verb;
    w.lemma = "porter";
    w.feats = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin";
    take_reading(t, w);
    CHECK(t.upos == Upos::Verb);
    CHECK(t.has("pri"));
    w.feats = "Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin";
    take_reading(t, w);
    CHECK(t.has("prs"));
  }
  SECTION("among readings that agree alike, the tagger's lemma decides") {
    Token t;
    t.form = "faut";
    t.lemma = "faillir";
    t.upos = Upos::Verb;
    t.tags = {"vblex", "pri", "p3", "sg"};
    t.alternatives = {Morpheme{"falloir", {"vblex", "pri", "p3", "sg"}}};
    Word w;
    w.form = "faut";
    w.upos = Upos::Verb;
    w.lemma = "falloir";
    w.feats = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin";
    take_reading(t, w);
    CHECK(t.lemma == "falloir");
  }
}

namespace {

struct TreeWord {
  std::string form, upos, deprel;
  int head = -1;
};

std::vector<TreeWord> parse(const std::string& sentence) {
  std::vector<Sentence> sentences = analyzer().analyse(sentence, true);
  std::vector<TreeWord> words;
  for (const Word& w : sentences.at(0).words) words.push_back({w.form, std::string(to_string(w.upos)), w.deprel, w.head});
  return words;
}

// The head's form and the relation of the first word with this form: "chat nsubj dort".
std::string arc(const std::vector<TreeWord>& words, const std::string& form) {
  for (const TreeWord& w : words)
    if (w.form == form)
      return w.form + " " + w.deprel + " " +
             (w.head == 0 ? std::string("ROOT") : words[static_cast<std::size_t>(w.head - 1)].form);
  return form + " missing";
}

}  // namespace

TEST_CASE("every sentence is one tree: every word has a head and a relation", "[tagging][tree]") {
  const char* sentences[] = {
      "Le chat dort.",
      "La start-up lyonnaise Nova AI a levé 40 millions d'euros auprès du fonds Brightwave.",
      "« Nous ne vendrons pas », a déclaré mardi la présidente du groupe, qui refuse l'offre.",
      "Fondée en 2019 par Héloïse Martin, la société, dont le siège est à Lyon, emploie 40 personnes.",
      "Si Grok parvient à séduire les utilisateurs, OpenAI devra-t-elle réagir ?",
      "Les enfants des voisins jouent dehors et les parents les regardent.",
      "Euh... bon, voilà.",
      "Paris",
  };
  for (const char* s : sentences) {
    std::vector<TreeWord> words = parse(s);
    INFO(s);
    REQUIRE_FALSE(words.empty());
    int roots = 0;
    for (std::size_t k = 0; k < words.size(); ++k) {
      const TreeWord& w = words[k];
      INFO(w.form);
      CHECK(w.head >= 0);
      CHECK(w.head <= static_cast<int>(words.size()));
      CHECK(w.head != static_cast<int>(k) + 1);
      CHECK_FALSE(w.deprel.empty());
      CHECK((w.head == 0) == (w.deprel == "root"));
      roots += w.head == 0;
      // Every word reaches the root.
      int at = static_cast<int>(k) + 1, steps = 0;
      while (at != 0 && steps++ <= static_cast<int>(words.size()))
        at = words[static_cast<std::size_t>(at - 1)].head;
      CHECK(at == 0);
    }
    CHECK(roots == 1);
  }
}

TEST_CASE("the parser attaches what a French reader attaches", "[tagging][tree]") {
  // Sentences written for this test; each relation is one UD French annotates.
  auto simple = parse("Le chat de la voisine dort sur le canapé.");
  CHECK(arc(simple, "chat") == "chat nsubj dort");
  CHECK(arc(simple, "voisine") == "voisine nmod chat");
  CHECK(arc(simple, "canapé").rfind("canapé obl", 0) == 0);  // obl:mod or obl:arg
  CHECK(arc(simple, "canapé").substr(arc(simple, "canapé").rfind(' ')) == " dort");
  CHECK(arc(simple, "dort") == "dort root ROOT");

  auto passive = parse("L'entreprise a été rachetée par un fonds américain.");
  CHECK(arc(passive, "entreprise") == "entreprise nsubj:pass rachetée");
  CHECK(arc(passive, "été") == "été aux:pass rachetée");
  CHECK(arc(passive, "fonds") == "fonds obl:agent rachetée");

  auto relative = parse("Le ministre, qui a signé le décret, a démissionné.");
  CHECK(arc(relative, "signé") == "signé acl:relcl ministre");
  CHECK(arc(relative, "qui") == "qui nsubj signé");
  CHECK(arc(relative, "ministre") == "ministre nsubj démissionné");

  auto names = parse("Marie Curie a rencontré Pierre.");
  CHECK(arc(names, "Curie") == "Curie flat:name Marie");
  CHECK(arc(names, "Pierre") == "Pierre obj rencontré");

  auto coordination = parse("Il achète des pommes et des poires.");
  CHECK(arc(coordination, "poires") == "poires conj pommes");
  CHECK(arc(coordination, "et") == "et cc poires");
  CHECK(arc(coordination, "des") == "des det pommes");
}
