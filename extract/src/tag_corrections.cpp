#include "tag_corrections.h"

#include <algorithm>
#include <set>

#include "french_lexicon.h"
#include "text_util.h"

namespace trame::internal {
namespace {

// Index of the next word that is not an adverb, from i.
std::size_t skip_adverbs(const std::vector<Token>& tokens, std::size_t i) {
  while (i < tokens.size() && tokens[i].is(Upos::Adv)) ++i;
  return i;
}

bool starts_noun_phrase(const Token* t) {
  return t && (t->is(Upos::Det) || t->is(Upos::Noun) || t->is(Upos::Propn) || t->is(Upos::Num) ||
               (t->is(Upos::Pron) && !t->has("enc")) || t->is(Upos::Adj));
}

bool nominal(const Token* t) {
  return t && (t->is(Upos::Noun) || t->is(Upos::Propn) || t->is(Upos::Adj) || t->is(Upos::Num));
}

// The sentence opens with a subject ("La Fédération", "Le gérant de cette société") and
// has no finite verb before i outside relative clauses and incises: its verb is still to
// come.
bool subject_waits_for_verb(const std::vector<Token>& tokens, std::size_t i) {
  if (tokens.empty() || !(tokens[0].is(Upos::Det) || tokens[0].is(Upos::Propn))) return false;
  bool in_relative = false;
  bool saw_comma = false;
  for (std::size_t k = 0; k < i; ++k) {
    const Token& w = tokens[k];
    if (w.form == ",") {
      in_relative = false;
      saw_comma = true;
      continue;
    }
    std::string l = to_lower(w.form);
    if (w.is(Upos::Pron) && (l == "qui" || l == "que" || l == "qu'" || l == "dont" || l == "où"))
      in_relative = true;
    if (w.is(Upos::Punct) && w.form != "," && w.form != "(" && w.form != ")") return false;
    if (!in_relative && (w.is(Upos::Verb) || w.is(Upos::Aux)) && w.is_finite_verb()) return false;
  }
  return saw_comma;
}

}  // namespace

// A noun of the dictionary that names the people of a place ("Roumaine", "Australien",
// "Tchèque"), by its reading and its ending.
bool is_demonym_noun(const Token& t) {
  std::string lower = to_lower(t.form);
  bool ending = false;
  for (const char* e : {"ais", "aise", "ois", "oise", "ain", "aine", "ien", "ienne", "éen", "éenne",
                        "and", "ande", "èque", "ol", "ole"})
    if (ends_with(lower, e) && char_count(lower) > char_count(e) + 2) ending = true;
  if (!ending) return false;
  bool noun = false, adjective = false;
  for (const Morpheme& m : t.alternatives) {
    if (!m.tags.empty() && m.tags.front() == "n") noun = true;
    if (!m.tags.empty() && m.tags.front() == "adj") adjective = true;
  }
  return noun && adjective;
}

// Whether the token has an adjective reading that agrees with the noun in gender and number.
bool agreeing_adjective(const Token& t, const Token& noun) {
  for (const Morpheme& m : t.alternatives) {
    if (m.tags.empty() || m.tags.front() != "adj") continue;
    Token reading;
    reading.tags = m.tags;
    bool gender = !reading.gender() || !noun.gender() || reading.gender() == noun.gender();
    bool number = !reading.number() || !noun.number() || reading.number() == noun.number();
    if (gender && number) return true;
  }
  return false;
}

// An adjective of the dictionary used as a noun ("Olympique", "génériques"): a noun reading
// made from the adjective's, the adjective staying an alternative.
void use_as_noun(Token& t) {
  const std::vector<std::string>* adjective = t.has("adj") ? &t.tags : nullptr;
  std::string lemma = t.lemma;
  for (const Morpheme& m : t.alternatives)
    if (!adjective && !m.tags.empty() && m.tags.front() == "adj") {
      adjective = &m.tags;
      lemma = m.lemma;
    }
  if (!adjective) return;
  std::vector<std::string> tags = *adjective;
  tags.front().assign(1, 'n');
  t.alternatives.push_back(Morpheme{t.lemma, t.tags});
  t.upos = Upos::Noun;
  t.lemma = to_lower(lemma);
  t.tags = std::move(tags);
}

// A capitalised common noun that opens a name of the form "X de ...", "X pour ...":
// "Olympique" (de Marseille), "Coalition" (pour l'énergie juste).
bool heads_institution_name(const Token& t, const Token& next) {
  std::string after = to_lower(next.form);
  if (after != "de" && after != "d'" && after != "d’" && after != "du" && after != "des" &&
      after != "pour")
    return false;
  bool noun = false;
  for (const Morpheme& m : t.alternatives) {
    if (m.tags.empty()) continue;
    if (m.tags.front() == "np" && m.lemma == t.form) return false;  // a name of its own
    if (m.tags.front() == "n" || m.tags.front() == "adj") noun = true;
  }
  return noun;
}

bool is_pronominal_adjective(std::string_view lemma) {
  static const std::set<std::string, std::less<>> kWords = {
      "premier", "dernier", "second", "autre", "même", "seul", "prochain", "suivant", "précédent"};
  return kWords.count(lemma) > 0 || ends_with(lemma, "ième");
}

namespace {

bool is_negation_word(std::string_view lemma) {
  static const std::set<std::string, std::less<>> kWords = {"pas",   "plus", "jamais",  "guère",
                                                            "point", "rien", "personne"};
  return kWords.count(lemma) > 0;
}

// Whether the participle at p is in an active compound tense (after avoir, or after a
// reflexive être): its "des" then opens an object.
bool active_participle(const std::vector<Token>& tokens, std::size_t p) {
  std::size_t q = p;
  auto skip_back = [&] {
    while (q > 0 && (tokens[q - 1].is(Upos::Adv) || tokens[q - 1].lemma == "ne")) --q;
  };
  skip_back();
  if (q == 0) return false;
  const Token& aux = tokens[q - 1];
  if (aux.lemma == "avoir") return true;
  if (aux.lemma != "être" || aux.has("pp")) return false;  // "été": a passive
  --q;
  skip_back();
  if (q == 0) return false;
  std::string clitic = to_lower(tokens[q - 1].form);
  return clitic == "se" || clitic == "s'" || clitic == "s’" || clitic == "me" || clitic == "m'" ||
         clitic == "te" || clitic == "t'" || clitic == "nous" || clitic == "vous";
}

// "des" is the indefinite plural determiner, not "de" + "les", where no noun or adjective
// governs it: after a verb, a preposition, punctuation or at the start.
void merge_indefinite_des(std::vector<Token>& tokens) {
  for (std::size_t i = 0; i + 1 < tokens.size(); ++i) {
    Token& t = tokens[i];
    if (t.mwt_words != 2 || to_lower(t.mwt_form) != "des") continue;
    const Token* prev = i > 0 ? &tokens[i - 1] : nullptr;
    bool governed = prev && (prev->is(Upos::Noun) || prev->is(Upos::Propn) || prev->is(Upos::Adj) ||
                             prev->is(Upos::Num) || prev->is(Upos::Pron) || prev->is(Upos::Cconj) ||
                             prev->is(Upos::Adv));
    if (governed) continue;
    // A participle that is no active compound tense takes "de" + "les": "chargé des
    // Transports", "a été accusée des faits", "issus des rangs" (but "a acheté des
    // actions", "s'est offert des vacances").
    if (prev && prev->is(Upos::Verb) && prev->has("pp") && !active_participle(tokens, i - 1))
      continue;
    Token merged = tokens[i + 1];
    merged.form = t.mwt_form;
    merged.lemma = "un";
    merged.tags = {"det", "ind", "mf", "pl"};
    merged.upos = Upos::Det;
    merged.alternatives.clear();
    tokens[i] = std::move(merged);
    tokens.erase(tokens.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
}

}  // namespace

namespace {
// Makes the first alternative whose part of speech is `pos` (and that carries `tag`, when
// one is given) the token's reading; the reading it replaces becomes an alternative.
bool switch_to(Token& t, std::string_view pos, std::string_view tag) {
  for (Morpheme& m : t.alternatives) {
    if (m.tags.empty() || m.tags.front() != pos || (!tag.empty() && !m.has(tag))) continue;
    Morpheme current{t.lemma, t.tags};
    t.upos = upos_of(m);
    t.lemma = lemma_of(m, t.upos);
    t.tags = m.tags;
    m = std::move(current);
    return true;
  }
  return false;
}
}  // namespace

bool switch_reading(Token& t, std::string_view pos) { return switch_to(t, pos, {}); }

namespace {
bool has_reading(const Token& t, std::string_view pos) {
  if (!t.tags.empty() && t.tags.front() == pos) return true;
  for (const Morpheme& m : t.alternatives)
    if (!m.tags.empty() && m.tags.front() == pos) return true;
  return false;
}
bool has_reading_with(const Token& t, std::string_view tag) {
  if (t.has(tag)) return true;
  for (const Morpheme& m : t.alternatives)
    if (m.has(tag)) return true;
  return false;
}
bool switch_reading_with(Token& t, std::string_view pos, std::string_view tag) {
  return switch_to(t, pos, tag);
}
}  // namespace

void correct_tags(std::vector<Token>& tokens) {
  merge_indefinite_des(tokens);
  bool negation_open = false;  // a "ne" earlier in the sentence awaits its second word
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    const Token* prev = i > 0 ? &tokens[i - 1] : nullptr;
    const Token* next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
    std::string lower = to_lower(t.form);

    if (t.lemma == "ne") negation_open = true;

    // The second word of a negation is an adverb (or "rien"/"personne", pronouns).
    if (negation_open && is_negation_word(lower) && !t.is(Upos::Adv) && lower != "rien" &&
        lower != "personne" && switch_reading(t, "adv"))
      negation_open = false;
    else if (negation_open && is_negation_word(lower))
      negation_open = false;

    // "ne ... que" is restrictive: an adverb.
    if ((lower == "que" || lower == "qu'") && negation_open) {
      t.upos = Upos::Adv;
      negation_open = false;
      continue;
    }

    // A pronoun reading directly before a noun is the determiner ("ce projet", "un an").
    if (t.is(Upos::Pron) && next &&
        (next->is(Upos::Noun) ||
         (next->is(Upos::Adj) && i + 2 < tokens.size() && tokens[i + 2].is(Upos::Noun))) &&
        has_reading(t, "det") && !t.has("enc"))
      switch_reading(t, "det");

    // Prepositions that can be adverbs ("après", "avant", "depuis") govern a following
    // noun phrase.
    if (t.is(Upos::Adv) && has_reading(t, "pr") && starts_noun_phrase(next))
      switch_reading(t, "pr");

    // A participle beside a noun is a verb in UD (acl), not an adjective.
    if (t.is(Upos::Adj) && has_reading_with(t, "pp")) switch_reading_with(t, "vblex", "pp");

    // avoir is an auxiliary when a past participle follows (adverbs and negation between).
    if (t.lemma == "avoir" && (t.has("vbhaver") || t.has("vblex"))) {
      std::size_t j = skip_adverbs(tokens, i + 1);
      // inverted subject: "a-t-il été", "ont-ils"
      if (j < tokens.size() && tokens[j].is(Upos::Pron) && starts_with(tokens[j].form, "-"))
        j = skip_adverbs(tokens, j + 1);
      if (j < tokens.size() && tokens[j].is_past_participle()) t.upos = Upos::Aux;
    }
    // Causative faire before an infinitive is an auxiliary in UD.
    if (t.lemma == "faire" && t.is(Upos::Verb)) {
      std::size_t j = skip_adverbs(tokens, i + 1);
      if (j < tokens.size() && tokens[j].is_infinitive()) t.upos = Upos::Aux;
    }

    // A determiner is followed by a noun: an adjective reading that no noun follows is the
    // noun ("le milliardaire a ..."). Ordinals and "autre", "même", "seul" stand alone as
    // adjectives ("le premier", "les autres").
    if (t.is(Upos::Adj) && prev && prev->is(Upos::Det) && !nominal(next) &&
        !is_pronominal_adjective(t.lemma))
      switch_reading(t, "n");
    // ... and a verb reading right after a determiner is a noun ("le président").
    if ((t.is(Upos::Verb) || t.is(Upos::Aux)) && prev && prev->is(Upos::Det) &&
        prev->lemma != "tout")
      if (!switch_reading(t, "n")) switch_reading(t, "adj");

    // After an auxiliary comes its participle: "a fait", "est composé".
    if (!t.is_past_participle() && has_reading_with(t, "pp") && prev &&
        (prev->lemma == "avoir" || prev->lemma == "être") && prev->is_finite_verb())
      switch_reading_with(t, "vblex", "pp") || switch_reading_with(t, "vbser", "pp") ||
          switch_reading_with(t, "vbhaver", "pp");

    // A noun that is the same in the singular and the plural ("fois", "cours", "fonds")
    // before the plural of a shorter noun ("foi", "cour", "fond"): the invariable noun is
    // far more common.
    if (t.is(Upos::Noun) && to_lower(t.lemma) != lower && !t.has("sp")) {
      for (Morpheme& m : t.alternatives)
        if (!m.tags.empty() && m.tags.front() == "n" && m.has("sp") && to_lower(m.lemma) == lower) {
          Morpheme current{t.lemma, t.tags};
          t.lemma = m.lemma;
          t.tags = m.tags;
          m = std::move(current);
          break;
        }
    }

    // An acronym the dictionary knows as a common noun names something ("l'ONU").
    if (t.is(Upos::Noun) && i > 0 && is_all_upper(t.form) && !t.unknown) {
      t.upos = Upos::Propn;
      t.lemma = t.form;
    }

    // A present participle used as an adjective ("important", "intéressant") unless it
    // takes an object or follows "en".
    if (t.is(Upos::Verb) && t.is_present_participle() && has_reading(t, "adj") &&
        !(prev && to_lower(prev->form) == "en") && !starts_noun_phrase(next))
      switch_reading(t, "adj");

    // "s'" before "il(s)" is "si".
    if (lower == "s'" && next && (to_lower(next->form) == "il" || to_lower(next->form) == "ils")) {
      t.upos = Upos::Sconj;
      t.lemma = "si";
      t.tags = {"cnjadv"};
    }

    // Partitive "de" after a negation, before a noun: "pas de contrat" (UD: DET).
    if ((lower == "de" || lower == "d'") && t.is(Upos::Adp) && t.mwt_words == 0 && prev &&
        is_negation_word(to_lower(prev->form)) && prev->is(Upos::Adv) && nominal(next)) {
      t.upos = Upos::Det;
      t.lemma = "un";
      t.tags = {"det", "ind", "mf", "sp"};
    }
  }
}

void correct_after_model(std::vector<Token>& tokens) {
  // A sentence that opens on a bare word with a participle reading, then a preposition, opens
  // on a participle phrase: "Arrivée en 2015 dans le groupe, elle ..." (a bare noun rarely
  // opens a sentence of prose).
  if (tokens.size() > 3 && tokens[0].is(Upos::Noun) && tokens[1].is(Upos::Adp) &&
      std::find_if(tokens.begin(), tokens.end(), [](const Token& t) { return t.form == ","; }) !=
          tokens.end())
    switch_reading_with(tokens[0], "vblex", "pp");
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    Token& t = tokens[i];
    const Token* next = i + 1 < tokens.size() ? &tokens[i + 1] : nullptr;
    // The grammar reads a name headed by a capitalised common noun as that noun with its
    // complements ("l'Olympique de Marseille", "la Coalition pour ..."): UD's PROPN goes
    // back to the dictionary's noun when the dictionary has no name of that spelling.
    if (t.is(Upos::Propn) && starts_upper(t.form) && !is_all_upper(t.form) && next &&
        !tokens[i - 1].is(Upos::Propn) && heads_institution_name(t, *next) &&
        !switch_reading(t, "n"))
      use_as_noun(t);
    // Inside a sentence, a capitalised word right after a name's word goes on with the name
    // ("le Collectif Facture Juste", "Lorraine Rail Avenir"), whatever else it could be.
    if ((t.is(Upos::Adv) || t.is(Upos::Adj) || t.is(Upos::Verb)) && starts_upper(t.form) &&
        !is_all_upper(t.form) && tokens[i - 1].is(Upos::Propn) && starts_upper(tokens[i - 1].form) &&
        t.form.find('\'') == std::string::npos && i >= 2 && !tokens[i - 2].is(Upos::Punct)) {
      t.upos = Upos::Propn;
      t.alternatives.push_back(Morpheme{t.lemma, t.tags});
      t.lemma = t.form;
      t.tags = {"np"};
    }
    // Right after a noun and before a comma or the end, a word that may be an adjective
    // agreeing with it is that adjective, not an adverb: "la Coalition pour l'énergie
    // juste, qui ..." (an adverb there is rare: "l'énergie seulement,").
    if (t.is(Upos::Adv) && tokens[i - 1].is(Upos::Noun) &&
        (!next || next->is(Upos::Punct)) && agreeing_adjective(t, tokens[i - 1]))
      switch_reading(t, "adj");
    // A word the dictionary does not know, read as a verb in -ais, agrees with
    // no "je" or "tu" and names no act right after a noun: an adjective ("l'entraîneur
    // valmontais Laurent Ferrand", a demonym of a town the dictionary lacks).
    if (t.is(Upos::Verb) && t.unknown && tokens[i - 1].is(Upos::Noun) &&
        (ends_with(to_lower(t.form), "ais") || ends_with(to_lower(t.form), "aise")) && next &&
        (starts_upper(next->form) || next->is(Upos::Punct))) {
      t.upos = Upos::Adj;
      t.lemma = to_lower(t.form);
      if (ends_with(t.lemma, "e")) t.lemma.pop_back();
      t.tags = {"adj", ends_with(to_lower(t.form), "aise") ? "f" : "m", "sg"};
    }
    // After a noun and "de", an adjective with no noun after it stands for a noun: "le
    // fabricant de génériques Medigen", "un marché de neufs".
    if (t.is(Upos::Adj) && i >= 2 && tokens[i - 2].is(Upos::Noun) &&
        (to_lower(tokens[i - 1].form) == "de" || to_lower(tokens[i - 1].form) == "d'") &&
        !(next && (next->is(Upos::Noun) || next->is(Upos::Adj))) && !switch_reading(t, "n"))
      use_as_noun(t);
    // A name is capitalised: a word in lower case the dictionary knows as a common noun is
    // that noun, describing the name after it ("le studio Lumen").
    if (t.is(Upos::Propn) && starts_lower(t.form)) switch_reading(t, "n");
    // A capitalised demonym between a determiner and a name describes the name: "la
    // Roumaine Elena Dumitru", "l'Australien Mark Pendleton" (the grammar reads the noun,
    // not a name of three words).
    if (t.is(Upos::Propn) && tokens[i - 1].is(Upos::Det) && next && starts_upper(next->form) &&
        !next->is(Upos::Punct) && is_demonym_noun(t))
      switch_reading(t, "n");
    // A determiner needs a noun: an adjective right after it with nothing nominal after
    // it is that noun ("le milliardaire estime"), unless it stands for one ("ce dernier").
    if (t.is(Upos::Adj) && tokens[i - 1].is(Upos::Det) && !nominal(next) &&
        !is_pronominal_adjective(t.lemma) && !t.is_past_participle())
      if (!switch_reading(t, "n")) {
        t.upos = Upos::Noun;
        // assign(), not = "n", which trips a false -Wrestrict alarm in GCC 12.
        if (!t.tags.empty()) t.tags.front().assign(1, 'n');
      }
    // A role the tagger took for a participle, before the organisation it is held in:
    // "Sandrine Vial, déléguée CGT,", "Karim Benali, délégué syndical CGT,".
    const Token* organisation =
        next && next->is(Upos::Adj) && i + 2 < tokens.size() ? &tokens[i + 2] : next;
    if (t.is(Upos::Verb) && t.is_past_participle() && organisation && tokens[i - 1].form == "," &&
        (organisation->is(Upos::Propn) || is_all_upper(organisation->form)) &&
        has_reading(t, "n")) {
      static const std::set<std::string, std::less<>> kRoles = {
          "délégué", "déléguée", "délégués", "déléguées", "chargé", "chargée", "élu", "élue",
          "employé", "employée", "salarié", "salariée", "associé", "associée", "adjoint"};
      if (kRoles.count(to_lower(t.form))) switch_reading(t, "n");
    }
    // Adjectives that stand before their noun: "son principal concurrent", "l'ancien
    // directeur" (not the nouns "le principal", "l'ancien").
    if (t.is(Upos::Noun) && tokens[i - 1].is(Upos::Det) && next && next->is(Upos::Noun) &&
        has_reading(t, "adj")) {
      static const std::set<std::string, std::less<>> kBefore = {
          "principal", "principale", "principaux", "principales", "ancien", "ancienne",
          "anciens", "anciennes", "nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles",
          "futur", "future", "futurs", "futures", "jeune", "jeunes", "grand", "grande",
          "grands", "grandes", "premier", "première", "premiers", "premières", "dernier",
          "dernière", "derniers", "dernières", "seul", "seule", "seuls", "seules"};
      if (kBefore.count(to_lower(t.form))) switch_reading(t, "adj");
    }
    // A role noun right after a determiner heads its phrase: "le directeur qualité" (the
    // adjective "directeur" comes after its noun: "le comité directeur").
    // (Before another role it is the adjective: "son principal concurrent".)
    if (t.is(Upos::Adj) && tokens[i - 1].is(Upos::Det) && next && next->is(Upos::Noun) &&
        is_role_noun(to_lower(t.lemma)) && !is_role_noun(to_lower(next->lemma)))
      switch_reading(t, "n");
    // "le maire sortant", "le champion sortant": adjectives of standing, not participles
    // taking the name after them as an object.
    if (t.is(Upos::Verb) && t.is_present_participle() && tokens[i - 1].is(Upos::Noun)) {
      static const std::set<std::string, std::less<>> kStanding = {
          "sortant", "sortante", "sortants", "sortantes", "entrant", "entrante", "entrants",
          "entrantes"};
      if (kStanding.count(to_lower(t.form))) switch_reading(t, "adj");
    }
    // "La Fédération ..., qui représente X, juge le dispositif ...": a bare noun after the
    // comma that closes the subject's incise is the verb the subject is waiting for.
    if (t.is(Upos::Noun) && tokens[i - 1].form == "," && next &&
        (next->is(Upos::Det) || next->is(Upos::Adv) || next->is(Upos::Adp)) &&
        subject_waits_for_verb(tokens, i)) {
      if (!switch_reading_with(t, "vblex", "pri") && t.unknown && ends_with(to_lower(t.form), "e") &&
          !starts_upper(t.form)) {
        t.upos = Upos::Verb;
        t.lemma = to_lower(t.form) + "r";  // "écope" -> "écoper"
        t.tags = {"vblex", "pri", "p3", "sg"};
      }
    }
    // A verb read as a noun before its "que": "X, ..., estime que ...", "affirme qu'il".
    if (t.is(Upos::Noun) && next && !tokens[i - 1].is(Upos::Det) && !tokens[i - 1].is(Upos::Adj) &&
        !tokens[i - 1].is(Upos::Adp)) {
      std::string nl = to_lower(next->form);
      if ((nl == "que" || nl == "qu'" || nl == "qu’") && has_reading_with(t, "pri"))
        switch_reading_with(t, "vblex", "pri");
    }
    // An acronym after an elided article is a name, not a verb: "l'ES Orthe-Gaves" is no
    // "l'es".
    if ((t.is(Upos::Verb) || t.is(Upos::Aux)) && is_all_upper(t.form)) {
      std::string before = to_lower(tokens[i - 1].form);
      if (before == "l'" || before == "l’" || tokens[i - 1].is(Upos::Det)) {
        t.upos = Upos::Propn;
        t.lemma = t.form;
        t.tags = {"np", "al"};
        if (tokens[i - 1].is(Upos::Pron)) {
          tokens[i - 1].upos = Upos::Det;
          if (!switch_reading(tokens[i - 1], "det")) tokens[i - 1].tags = {"det", "def", "sg"};
        }
      }
    }
  }

}

}  // namespace trame::internal
