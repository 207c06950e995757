#include "verb_groups.h"

#include <set>

#include "french_lexicon.h"
#include "text_util.h"

namespace trame::internal {
namespace {

using Tokens = std::vector<Token>;

bool is_verb(const Token& t) { return t.is(Upos::Verb) || t.is(Upos::Aux); }

std::string lower(const Token& t) { return to_lower(t.form); }

bool is_ne(const Token& t) {
  std::string l = lower(t);
  return (l == "ne" || l == "n'" || l == "n’") && !t.is(Upos::Noun);
}

// Clitic pronouns that sit between the subject and the verb: "se", "l'", "lui", "y", "en".
bool is_preverbal_clitic(const Token& t) {
  if (!t.is(Upos::Pron)) return false;
  static const std::set<std::string, std::less<>> kClitics = {
      "se", "s'", "s’", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous", "le", "la",
      "l'", "l’", "les", "lui", "leur", "y", "en"};
  return kClitics.count(lower(t)) > 0;
}

bool is_reflexive_clitic(const Token& t) {
  std::string l = lower(t);
  return t.has("ref") || l == "se" || l == "s'" || l == "s’";
}

bool is_subject_enclitic(const Token& t) {
  std::string l = lower(t);
  return t.is(Upos::Pron) && starts_with(l, "-") &&
         (ends_with(l, "il") || ends_with(l, "elle") || ends_with(l, "ils") ||
          ends_with(l, "elles") || ends_with(l, "on") || ends_with(l, "je") ||
          ends_with(l, "tu") || ends_with(l, "nous") || ends_with(l, "vous"));
}

// Adverbs that may stand inside a verb group: "n'a pas encore obtenu", "a finalement été".
bool is_inner_adverb(const Token& t) {
  return t.is(Upos::Adv) && !is_ne(t) && lower(t) != "en" && lower(t) != "y";
}

// The tense of a finite verb (imperative aside), or null.
const char* tense_of(const Token& t) {
  for (const char* tag : {"pri", "pii", "ifi", "fti", "cni", "prs", "pis"})
    if (t.has(tag)) return tag;
  return nullptr;
}

bool has_tense(const Token& t) { return tense_of(t) || t.has("imp"); }

bool is_chain_preposition(const Token& t) {
  std::string l = lower(t);
  return t.is(Upos::Adp) && t.mwt_words == 0 && (l == "de" || l == "d'" || l == "d’" || l == "à");
}

// Skips adverbs (and, when `clitics`, clitic pronouns) from i.
int skip(const Tokens& t, int i, bool clitics) {
  int n = static_cast<int>(t.size());
  while (i < n && (is_inner_adverb(t[static_cast<std::size_t>(i)]) ||
                   (clitics && is_preverbal_clitic(t[static_cast<std::size_t>(i)]))))
    ++i;
  return i;
}

// "nous"/"vous" where a clause begins (the sentence's start, after a quote, a comma, a
// conjunction or "que"), before a verb: the subject.
bool is_subject_nous(const Tokens& t, int i) {
  std::string l = lower(t[static_cast<std::size_t>(i)]);
  if (l != "nous" && l != "vous") return false;
  if (i > 0) {
    const Token& p = t[static_cast<std::size_t>(i - 1)];
    std::string pl = lower(p);
    bool opens = p.is(Upos::Punct) || p.is(Upos::Cconj) || p.is(Upos::Sconj) || pl == "que" ||
                 pl == "qu'" || pl == "qu’";
    if (!opens) return false;
  }
  // A verb follows, maybe after "ne" and clitics.
  int q = i + 1;
  while (q < static_cast<int>(t.size()) &&
         (is_ne(t[static_cast<std::size_t>(q)]) || is_preverbal_clitic(t[static_cast<std::size_t>(q)])))
    ++q;
  return q < static_cast<int>(t.size()) && is_verb(t[static_cast<std::size_t>(q)]);
}

// "ne pas", "n'... jamais" before an infinitive: the infinitive's index, or i when what
// follows "ne" at i is no denied infinitive.
int negated_infinitive(const Tokens& t, int i) {
  int n = static_cast<int>(t.size());
  int q = i + 1;
  bool negation = false;
  while (q < n && (is_inner_adverb(t[static_cast<std::size_t>(q)]) ||
                   is_preverbal_clitic(t[static_cast<std::size_t>(q)]))) {
    if (is_negation_adverb(to_lower(t[static_cast<std::size_t>(q)].lemma))) negation = true;
    ++q;
  }
  if (!(q < n && is_verb(t[static_cast<std::size_t>(q)]) &&
        t[static_cast<std::size_t>(q)].is_infinitive()))
    return i;
  // "n'avoir jamais reçu": the negation word after the auxiliary.
  if (!negation && q + 1 < n &&
      is_negation_adverb(to_lower(t[static_cast<std::size_t>(q + 1)].lemma)))
    negation = true;
  return negation ? q : i;
}

}  // namespace

std::vector<VerbGroup> find_verb_groups(const Sentence& sentence) {
  const Tokens& t = sentence.tokens;
  const int n = static_cast<int>(t.size());
  std::vector<VerbGroup> groups;
  std::vector<bool> used(static_cast<std::size_t>(n), false);

  for (int i = 0; i < n; ++i) {
    if (used[static_cast<std::size_t>(i)]) continue;
    // A group starts at "ne", at clitics before a verb, or at the verb itself.
    int start = i;
    int j = i;
    bool saw_ne = false;
    VerbGroup g;
    // "Nous" opening a clause is its subject, not a clitic: "« Nous conserverons ... »".
    if (j < n && is_subject_nous(t, j)) {
      ++i;
      if (i >= n) break;
      start = j = i;
    }
    bool negation_before = false;
    while (j < n && (is_ne(t[static_cast<std::size_t>(j)]) ||
                     is_preverbal_clitic(t[static_cast<std::size_t>(j)]) ||
                     // "ne pas avoir respecté": the negation before an infinitive
                     (saw_ne && is_inner_adverb(t[static_cast<std::size_t>(j)]) &&
                      is_negation_adverb(to_lower(t[static_cast<std::size_t>(j)].lemma))))) {
      if (is_ne(t[static_cast<std::size_t>(j)])) saw_ne = true;
      else if (t[static_cast<std::size_t>(j)].is(Upos::Adv)) negation_before = true;
      ++j;
    }
    if (negation_before && (j >= n || !t[static_cast<std::size_t>(j)].is_infinitive())) continue;
    if (j >= n || !is_verb(t[static_cast<std::size_t>(j)])) continue;
    // The clitics before the verb: objects, datives, reflexives.
    for (int k = start; k < j; ++k) {
      const Token& c = t[static_cast<std::size_t>(k)];
      if (is_ne(c)) continue;
      std::string l = lower(c);
      if (is_reflexive_clitic(c)) {
        g.reflexive = true;
      } else if (l == "lui" || l == "leur") {
        g.dative_clitic = k;
      } else if (l == "le" || l == "la" || l == "l'" || l == "l’" || l == "les") {
        g.object_clitic = k;
      }
    }
    // Introducer of a non-finite group: "de", "à", "pour", "sans", "par", "en".
    if (start > 0) {
      const Token& p = t[static_cast<std::size_t>(start - 1)];
      if (p.is(Upos::Adp) || (p.is(Upos::Sconj) && lower(p) == "afin")) g.introducer = lower(p);
      if (lower(p) == "d'" || lower(p) == "d’") g.introducer = "de";
    }

    std::vector<int> verbs;
    std::vector<int> chain_words;  // prepositions inside the chain ("de" in "proposé de")
    // The clitics before a chained infinitive: its object, its dative, and a reflexive
    // that belongs in the relation ("veut lui confier", "s'est proposé de le racheter").
    auto note_clitics = [&](int from, int to) {
      for (int c = from; c < to; ++c) {
        const Token& cl = t[static_cast<std::size_t>(c)];
        std::string l = lower(cl);
        if (l == "le" || l == "la" || l == "l'" || l == "l’" || l == "les") g.object_clitic = c;
        if (l == "lui" || l == "leur") g.dative_clitic = c;
        if (is_reflexive_clitic(cl)) chain_words.push_back(c);
      }
    };
    int k = j;
    bool negated = false;
    while (k < n && is_verb(t[static_cast<std::size_t>(k)])) {
      verbs.push_back(k);
      used[static_cast<std::size_t>(k)] = true;
      const Token& v = t[static_cast<std::size_t>(k)];
      int next = k + 1;
      // Negation, adverbs and an inverted subject inside the group.
      while (next < n) {
        const Token& w = t[static_cast<std::size_t>(next)];
        if (is_subject_enclitic(w)) {
          g.subject_clitic = next;
          ++next;
        } else if (is_inner_adverb(w)) {
          if (is_negation_adverb(to_lower(w.lemma)) && (saw_ne || lower(w) == "pas" || lower(w) == "jamais"))
            negated = true;
          ++next;
        } else {
          break;
        }
      }
      if (next >= n) {
        k = next;
        break;
      }
      const Token& w = t[static_cast<std::size_t>(next)];
      bool v_aux = v.lemma == "avoir" || v.lemma == "être";
      // Compound tenses and passives: auxiliary + participle.
      if (v_aux && is_verb(w) && w.is_past_participle()) {
        k = next;
        continue;
      }
      // Modal and aspectual verbs with a bare infinitive: "a voulu changer".
      if (is_verb(w) && w.is_infinitive() && !(v.lemma == "être")) {
        k = next;
        continue;
      }
      // ... with the infinitive's clitics before it: "est venue l'inaugurer", "veut lui
      // confier".
      if (is_preverbal_clitic(w) && !(v.lemma == "être") && !v_aux) {
        int q = next;
        while (q < n && is_preverbal_clitic(t[static_cast<std::size_t>(q)])) ++q;
        if (q < n && is_verb(t[static_cast<std::size_t>(q)]) &&
            t[static_cast<std::size_t>(q)].is_infinitive() &&
            !(is_object_control_verb(v.lemma) && g.object_clitic >= 0)) {
          note_clitics(next, q);
          k = q;
          continue;
        }
      }
      // ... denied: "assure n'avoir jamais reçu", "dit ne pas savoir".
      if (is_ne(w) && !(v.lemma == "être") && !v_aux) {
        int q = negated_infinitive(t, next);
        if (q > next) {
          negated = true;
          k = q;
          continue;
        }
      }
      // Verb + de/à + infinitive: "s'est proposé de racheter", "a contribué à cofonder",
      // unless the verb's object controls the infinitive ("l'accusant de trahir").
      // Only one such link, right after the verb: in "a contribué à faire émerger avant de
      // s'en éloigner" the second infinitive is another predicate.
      if (is_chain_preposition(w) && !v_aux && next == k + 1 && chain_words.empty()) {
        int q = skip(t, next + 1, true);
        // "envisage de ne pas renouveler"
        bool denied = false;
        if (q < n && is_ne(t[static_cast<std::size_t>(q)])) {
          int after = negated_infinitive(t, q);
          if (after > q) {
            denied = true;
            q = after;
          }
        }
        bool object_control = is_object_control_verb(v.lemma) &&
                              (g.object_clitic >= 0 || g.dative_clitic >= 0);
        if (q < n && is_verb(t[static_cast<std::size_t>(q)]) &&
            t[static_cast<std::size_t>(q)].is_infinitive() && !object_control &&
            !is_copular_verb(v.lemma)) {
          if (denied) negated = true;
          chain_words.push_back(next);
          note_clitics(next + 1, q);
          k = q;
          continue;
        }
      }
      k = next;
      break;
    }
    if (verbs.empty()) continue;
    // Trailing negation words after the last verb ("n'a rien", "ne ... jamais").
    int end = verbs.back() + 1;
    while (end < n && is_inner_adverb(t[static_cast<std::size_t>(end)]) &&
           is_negation_adverb(to_lower(t[static_cast<std::size_t>(end)].lemma)) && saw_ne) {
      negated = true;
      ++end;
    }
    if (g.subject_clitic >= end) end = g.subject_clitic + 1;

    g.span = {start, end};
    g.first_verb = verbs.front();
    g.main = verbs.back();
    const Token& first = t[static_cast<std::size_t>(g.first_verb)];
    const Token& main = t[static_cast<std::size_t>(g.main)];
    g.lemma = main.lemma;
    g.negated = negated || negation_before;
    if (saw_ne && !negated) {
      // "ne" alone before the verb ("ne ... que", literary "ne") only negates with a
      // negation word somewhere after it in the clause.
      for (int q = end; q < n && q < end + 6; ++q) {
        const Token& w = t[static_cast<std::size_t>(q)];
        if (w.is(Upos::Punct) || is_verb(w)) break;
        if (is_negation_adverb(to_lower(w.lemma)) && lower(w) != "personne") {
          g.negated = true;
          break;
        }
        if (to_lower(w.form) == "aucun" || to_lower(w.form) == "aucune" ||
            to_lower(w.form) == "rien" || to_lower(w.form) == "personne" ||
            to_lower(w.form) == "nul" || to_lower(w.form) == "nulle") {
          g.negated = true;
          break;
        }
      }
    }
    if (g.introducer == "sans") g.negated = true;
    for (int v : verbs)
      if (t[static_cast<std::size_t>(v)].has("cni")) g.conditional = true;

    // "« Marée basse », produit par le label X": a form both finite and past participle,
    // alone after a comma or a noun and before "par", is the participle.
    bool participle_before_agent = false;
    if (verbs.size() == 1 && start == j && has_tense(first) && end < n &&
        lower(t[static_cast<std::size_t>(end)]) == "par" && start > 0) {
      const Token& before = t[static_cast<std::size_t>(start - 1)];
      bool after_noun = before.form == "," || before.is(Upos::Noun) || before.is(Upos::Propn) ||
                        before.form == "»";
      for (const Morpheme& alt : first.alternatives)
        if (after_noun && alt.has("pp") && alt.lemma == first.lemma) participle_before_agent = true;
    }
    if (participle_before_agent) g.form = VerbForm::PastParticiple;
    else if (has_tense(first)) g.form = VerbForm::Finite;
    else if (first.is_infinitive()) g.form = VerbForm::Infinitive;
    else if (first.is_present_participle())
      g.form = g.introducer == "en" ? VerbForm::Gerund : VerbForm::PresentParticiple;
    else if (first.is_past_participle()) g.form = VerbForm::PastParticiple;
    else g.form = VerbForm::Finite;

    // Passive: être (or "été") directly before the main participle, for verbs that do not
    // conjugate with être and are not pronominal.
    if (verbs.size() >= 2 && main.is_past_participle() && !g.reflexive &&
        !is_etre_verb(main.lemma)) {
      const Token& before = t[static_cast<std::size_t>(verbs[verbs.size() - 2])];
      if (before.lemma == "être") g.passive = true;
    }
    if (g.form == VerbForm::PastParticiple && verbs.size() == 1 && !is_etre_verb(main.lemma))
      g.passive = true;  // "dirigée par", "fondée par"
    g.copula = (is_copular_verb(main.lemma) && !main.is_past_participle()) ||
               (main.lemma == "être" && verbs.size() >= 1 && !main.is_past_participle());
    if (main.lemma == "être" && main.is_past_participle() && verbs.size() == 2) g.copula = true;
    g.number = first.number();
    g.person = first.person();
    g.gender = main.is_past_participle() ? main.gender() : 0;
    if (g.form == VerbForm::PastParticiple) g.number = main.number();

    // Relation words: the verbs, the chain's prepositions and a reflexive clitic.
    std::set<int> words(verbs.begin(), verbs.end());
    words.insert(chain_words.begin(), chain_words.end());
    for (int c = start; c < j; ++c)
      if (is_reflexive_clitic(t[static_cast<std::size_t>(c)])) words.insert(c);
    g.relation_words.assign(words.begin(), words.end());
    groups.push_back(std::move(g));
    i = end - 1;
  }
  return groups;
}

std::string relation_text(const Sentence& sentence, const VerbGroup& g) {
  std::string text;
  const Tokens& t = sentence.tokens;
  const Token* previous = nullptr;
  for (int w : g.relation_words) {
    const Token& tok = t[static_cast<std::size_t>(w)];
    // The two words of one contraction share their unit: write the unit's word once.
    if (previous && previous->begin == tok.begin) continue;
    if (!text.empty() && !ends_with(text, "'") && !ends_with(text, "’")) text += ' ';
    // A verb capitalised only because it opens the sentence ("Fondée par X, ...").
    bool opens_sentence = w == 0 || (w > 0 && t[static_cast<std::size_t>(w - 1)].is(Upos::Punct));
    text += text.empty() && opens_sentence && starts_upper(tok.form) && !is_all_upper(tok.form)
                ? to_lower(tok.form)
                : tok.form;
    previous = &tok;
  }
  return text;
}

namespace {

// Verbs whose participle names a lasting state rather than a past act: "l'usine, détenue par
// X" is X's now ("détient"), "l'usine, construite par X" was X's act ("a construit").
bool is_state_verb(const std::string& lemma) {
  static const std::set<std::string> kStates = {
      "diriger",    "présider",   "détenir",    "posséder",  "contrôler",  "gérer",
      "piloter",    "animer",     "entraîner",  "financer",  "soutenir",   "représenter",
      "employer",   "occuper",    "habiter",    "exploiter", "administrer", "superviser",
      "coordonner", "encadrer",   "porter",     "menacer",   "viser",      "concerner",
      "accompagner", "mener",     "conduire",   "poursuivre", "accuser",   "soupçonner",
      "suivre",     "attendre",   "apprécier",  "aimer",     "craindre",   "redouter",
      "considérer", "utiliser",   "fréquenter", "parrainer", "sponsoriser", "commander",
      "réclamer",   "revendiquer", "contester", "critiquer", "dénoncer",   "défendre",
      "réclamer",   "dominer",    "incarner",   "préférer",  "regarder",   "lire",
      "écouter",    "connaître",  "composer",   "constituer", "gouverner", "administrer",
      "protéger",   "surveiller", "héberger",   "abriter",   "desservir",  "alimenter",
      "affecter",   "toucher",    "frapper",    "entourer",  "juger"};
  return kStates.count(lemma) > 0;
}

// Verbs that raise their infinitive's subject: "X doit être validé par Y" is "Y doit valider
// X". Control verbs ("accepter d'être", "souhaiter être") keep the patient as their subject.
bool is_raising_verb(const std::string& lemma) {
  static const std::set<std::string> kRaising = {
      "pouvoir", "devoir", "aller", "venir", "sembler", "paraître", "commencer",
      "continuer", "cesser", "recommencer"};
  return kRaising.count(lemma) > 0;
}

// The token's part of speech among Apertium's verb tags (vblex, vbmod, vbhaver, vbser).
std::string verb_tag(const Token& t) {
  for (const char* tag : {"vbmod", "vbhaver", "vbser", "vblex"})
    if (t.has(tag)) return tag;
  return "vblex";
}

std::string agreement(char number, int person) {
  return "<p" + std::to_string(person >= 1 && person <= 3 ? person : 3) + "><" +
         (number == 'p' ? "pl" : "sg") + ">";
}

}  // namespace

std::vector<RelationWord> active_voice(const Sentence& sentence, const VerbGroup& g,
                                       char agent_number, int agent_person) {
  if (!g.passive || g.main < 0) return {};
  const Tokens& t = sentence.tokens;
  const std::vector<int>& w = g.relation_words;
  if (w.empty() || w.back() != g.main) return {};
  const Token& main = t[static_cast<std::size_t>(g.main)];
  std::string lemma = main.lemma;
  if (lemma.empty() || lemma.find_first_of("<>^$") != std::string::npos) return {};
  std::string agree = agreement(agent_number, agent_person);
  std::string participle = lemma + "<vblex><pp><m><sg>";
  std::vector<RelationWord> out;
  // The verb that agreed with the patient now agrees with the agent.
  auto finite = [&](const Token& v) -> RelationWord {
    return {v.lemma + "<" + verb_tag(v) + "><" + tense_of(v) + ">" + agree, true, v.form};
  };
  // Words before the passive auxiliary: a raising chain ("doit", "a pu", "vient de"), its
  // first finite verb agreeing anew.
  auto chain = [&](std::size_t count) -> bool {
    bool raising = false;
    for (std::size_t i = 0; i < count; ++i) {
      const Token& v = t[static_cast<std::size_t>(w[i])];
      bool verb = v.is(Upos::Verb) || v.is(Upos::Aux);
      if (verb && v.lemma != "avoir" && !is_raising_verb(v.lemma)) return false;
      if (verb && is_raising_verb(v.lemma)) raising = true;
      if (verb && tense_of(v) && i == 0) out.push_back(finite(v));
      else out.push_back({to_lower(v.form), false});
    }
    return count == 0 || raising;
  };
  if (w.size() == 1) {
    // A participle alone: "X, fondée par Y", "X, dirigée par Y".
    if (is_state_verb(lemma)) {
      out.push_back({lemma + "<vblex><pri>" + agree, true, main.form});
    } else {
      out.push_back({"avoir<vbhaver><pri>" + agree, true});
      out.push_back({participle, true, main.form});
    }
    return out;
  }
  const Token& aux = t[static_cast<std::size_t>(w[w.size() - 2])];
  if (aux.lemma != "être") return {};
  if (tense_of(aux)) {
    // "sera présidée par" -> "présidera"
    if (w.size() != 2) return {};
    out.push_back({lemma + "<vblex><" + tense_of(aux) + ">" + agree, true, main.form});
    return out;
  }
  if (aux.is_past_participle()) {
    // "a été racheté par" -> "a racheté", "avoir été condamné par" -> "avoir condamné"
    if (w.size() < 3) return {};
    const Token& have = t[static_cast<std::size_t>(w[w.size() - 3])];
    if (have.lemma != "avoir") return {};
    if (!chain(w.size() - 3)) return {};
    if (tense_of(have) && w.size() == 3) out.push_back(finite(have));
    else out.push_back({to_lower(have.form), false});
    out.push_back({participle, true, main.form});
    return out;
  }
  if (aux.is_infinitive()) {
    // "doit être validé par" -> "doit valider", "pour être racheté par" -> "racheter"
    if (!chain(w.size() - 2)) return {};
    out.push_back({lemma + "<vblex><inf>", true});
    return out;
  }
  return {};
}

}  // namespace trame::internal
