#include "clause_grammar.h"

#include <algorithm>
#include <optional>
#include <map>
#include <set>
#include <sstream>

#include "french_lexicon.h"
#include "text_util.h"
#include "verb_groups.h"

namespace trame::internal {
namespace {

std::string lower(const Token& t) { return to_lower(t.form); }

// "de", "d'", or the "de" of "du"/"des".
bool is_de(const Token& t) {
  std::string l = lower(t);
  return t.is(Upos::Adp) && (l == "de" || l == "d'" || l == "d’");
}

// Verbs whose subject "il" stands for nothing: "il faut", "il convient de", "il s'agit".
bool is_impersonal_verb(std::string_view lemma) {
  static const std::set<std::string, std::less<>> kVerbs = {
      "falloir", "convenir", "agir", "s'agir", "sembler", "paraître", "suffire", "manquer",
      "rester", "arriver", "exister", "pleuvoir", "neiger", "importer", "valoir", "advenir"};
  return kVerbs.count(lemma) > 0;
}

// Reads the clauses of one sentence. Each read_* method is one ClauseRule.
class ClauseReader {
 public:
  explicit ClauseReader(SentenceAnalysis& a) : a_(a) {
    const auto& ch = a_.chunks;
    chunk_of_group_.assign(a_.verb_groups.size(), -1);
    chunk_of_mention_.assign(a_.mentions.size(), -1);
    for (std::size_t k = 0; k < ch.size(); ++k) {
      if (ch[k].kind == ChunkKind::Verb) chunk_of_group_[static_cast<std::size_t>(ch[k].index)] = static_cast<int>(k);
      if (ch[k].kind == ChunkKind::Mention) chunk_of_mention_[static_cast<std::size_t>(ch[k].index)] = static_cast<int>(k);
    }
    reading_.subjects.assign(a_.verb_groups.size(), {});
    reading_.governor.assign(a_.verb_groups.size(), -1);
    subject_done_.assign(a_.verb_groups.size(), false);
  }

  ClauseReading read() {
    find_attribution();
    a_.question = !a_.sentence->tokens.empty() && a_.sentence->tokens.back().form == "?";
    for (std::size_t g = 0; g < a_.verb_groups.size(); ++g) subjects_of(static_cast<int>(g));
    find_quotation_speakers();
    for (std::size_t g = 0; g < a_.verb_groups.size(); ++g) read_group(static_cast<int>(g));
    read_appositions();
    read_dont_roles();
    read_descriptor_roles();
    read_capacity_roles();
    read_fronted_roles();
    read_reciprocals();
    read_nominal_agents();
    for (auto [g, speaker] : incise_subject_) reading_.speakers.push_back(speaker);
    return std::move(reading_);
  }

 private:
  // --- chunk helpers -------------------------------------------------------------------
  int chunk_count() const { return static_cast<int>(a_.chunks.size()); }
  const Chunk& chunk(int k) const { return a_.chunks[static_cast<std::size_t>(k)]; }
  bool is(int k, ChunkKind kind) const { return k >= 0 && k < chunk_count() && chunk(k).kind == kind; }
  const Mention& mention(int m) const { return a_.mentions[static_cast<std::size_t>(m)]; }
  const VerbGroup& group(int g) const { return a_.verb_groups[static_cast<std::size_t>(g)]; }
  const Token& token_of_chunk(int k) const { return a_.token(chunk(k).span.begin); }

  int skip_adverbs_left(int k) const {
    while (k >= 0 && chunk(k).kind == ChunkKind::Adverb) --k;
    return k;
  }
  int skip_adverbs_right(int k) const {
    while (k < chunk_count() && chunk(k).kind == ChunkKind::Adverb) {
      ++k;
      // "en tout ou en partie", "peu à peu et sans bruit"
      if (is(k, ChunkKind::Coordinator) && is(k + 1, ChunkKind::Adverb)) ++k;
    }
    return k;
  }

  // A mention that is a time, a date, an amount or a bare idiom ("en justice") names no
  // participant.
  bool is_participant(int m) const {
    const Mention& x = mention(m);
    if (x.kind == MentionKind::Name || x.kind == MentionKind::Pronoun) return true;
    if (x.head < 0) return false;
    const Token& head = a_.token(x.head);
    if (is_time_or_measure_noun(head.lemma)) return false;
    if (x.determiner.empty() && x.kind == MentionKind::Concept &&
        !(x.span.begin > 0 && a_.token(x.span.begin).is(Upos::Num)))
      return x.span.size() > 1 || x.complement >= 0;  // bare nouns are idioms
    return true;
  }

  // A date or a moment: "le 23 septembre", "mardi", "ce week-end".
  bool is_date(int m) const {
    const Mention& x = mention(m);
    if (x.head < 0 || x.kind == MentionKind::Name || x.kind == MentionKind::Pronoun) return false;
    static const std::set<std::string, std::less<>> kMoments = {
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche", "week-end", "veille", "lendemain", "matin", "soir", "soirée",
        "nuit", "après-midi", "hier", "aujourd'hui", "demain"};
    // "une soirée", "un week-end de fête": an indefinite article makes an event, not a date.
    bool indefinite = x.determiner == "un" || x.determiner == "une" || x.determiner == "des";
    for (int t = x.span.begin; t < x.span.end; ++t)
      if ((kMoments.count(to_lower(a_.token(t).lemma)) || kMoments.count(lower(a_.token(t)))) &&
          !indefinite)
        return true;
    // "le même jour", "ce mois-ci", "chaque année", "l'an dernier"
    static const std::set<std::string, std::less<>> kPeriods = {
        "jour", "journée", "semaine", "mois", "année", "an", "siècle", "décennie", "heure",
        "instant", "moment", "époque", "saison", "trimestre", "semestre"};
    static const std::set<std::string, std::less<>> kDeictic = {
        "même", "prochain", "dernier", "suivant", "précédent", "ce", "chaque", "tout"};
    if (kPeriods.count(a_.token(x.head).lemma)) {
      if (kDeictic.count(x.determiner)) return true;
      for (int t = x.span.begin; t < x.span.end; ++t)
        if (kDeictic.count(to_lower(a_.token(t).lemma))) return true;
    }
    return false;
  }

  // A mention together with those coordinated with it ("X et Y").
  std::vector<int> with_coordinated(int m) const {
    std::vector<int> out;
    std::set<int> seen;
    while (m >= 0 && !seen.count(m)) {
      seen.insert(m);
      out.push_back(m);
      m = mention(m).coordinated;
    }
    return out;
  }

  // The head of "X de Y de Z" when chunk k is one of its complements.
  int head_of_complement_chain(int k) const {
    while (k >= 2 && is(k - 1, ChunkKind::Preposition) && is_de(token_of_chunk(k - 1)) &&
           is(k - 2, ChunkKind::Mention) &&
           mention(chunk(k - 2).index).complement == chunk(k).index)
      k -= 2;
    return k;
  }

  bool agrees(const VerbGroup& g, const std::vector<int>& subjects) const {
    if (subjects.empty()) return false;
    char n = subjects.size() > 1 ? 'p' : mention(subjects[0]).number;
    // "la plupart des patients recevaient": a quantity agrees with its complement.
    if (subjects.size() == 1 && is_quantity(subjects[0])) n = 0;
    if (g.form == VerbForm::Finite && g.number && n && g.number != n) return false;
    if (g.form == VerbForm::Finite && g.person && g.person != 3 &&
        mention(subjects[0]).kind != MentionKind::Pronoun)
      return false;
    return true;
  }

  // --- subjects ------------------------------------------------------------------------
  // Skips an incise ending at the comma at chunk k (", qui ... ,", ", dirigée par X ,",
  // ", présidente de Y ,"): returns the chunk before the opening comma, or -1 when what
  // lies between is no incise.
  int skip_incise(int k) const {
    int open = k - 1;
    while (open >= 0 && !is(open, ChunkKind::Comma) && !is(open, ChunkKind::Colon)) --open;
    if (open < 0 || !is(open, ChunkKind::Comma)) return -1;
    int first = open + 1;
    if (first >= k) return -1;
    ChunkKind kind = chunk(first).kind;
    bool incise_start = kind == ChunkKind::Relative || kind == ChunkKind::Mention ||
                        kind == ChunkKind::Preposition || kind == ChunkKind::Adverb ||
                        kind == ChunkKind::OpenParen || kind == ChunkKind::OpenQuote ||
                        (kind == ChunkKind::Verb && group(chunk(first).index).form != VerbForm::Finite);
    if (!incise_start) return -1;
    // A finite verb in it must belong to a relative clause.
    bool relative = kind == ChunkKind::Relative;
    for (int q = first; q < k; ++q) {
      if (is(q, ChunkKind::Relative)) relative = true;
      if (is(q, ChunkKind::Verb) && group(chunk(q).index).form == VerbForm::Finite && !relative)
        return -1;
      if (is(q, ChunkKind::Subordinator)) return -1;
    }
    return open - 1;
  }

  // The mention a relative pronoun at chunk k refers to.
  int antecedent_of_relative(int k) const {
    int p = k - 1;
    if (is(p, ChunkKind::Preposition)) --p;  // "contre lequel"
    if (is(p, ChunkKind::Comma)) --p;
    if (is(p, ChunkKind::CloseQuote)) --p;   // "« Pérouse amitié », qui"
    // A date or a year before the relative is no antecedent: "une affaire révélée le
    // 10 octobre 1979 qui impliquait".
    while (p > 0 && ((is(p, ChunkKind::Other) && token_of_chunk(p).is(Upos::Num)) ||
                     (is(p, ChunkKind::Mention) && (is_date(chunk(p).index) ||
                                                    is_amount(chunk(p).index)))))
      --p;
    if (!is(p, ChunkKind::Mention)) return -1;
    // After a role apposed to a name, the name: "Nadia Kerbrat, directrice générale
    // d'Hydrelis, qui a succédé ...".
    int head = head_of_complement_chain(p);
    if (head != p && is(head - 1, ChunkKind::Comma) && is(head - 2, ChunkKind::Mention) &&
        mention(chunk(head - 2).index).kind == MentionKind::Name &&
        mention(chunk(head).index).kind != MentionKind::Name &&
        mention(chunk(head).index).head >= 0 &&
        is_role_noun(a_.token(mention(chunk(head).index).head).lemma))
      return chunk(head - 2).index;
    // Behind a prepositional phrase other than "de" stands the noun it completes: "le
    // recours en grâce qui", "le premier établissement en France qui".
    return chunk(noun_before_modifier(p)).index;
  }

  // The noun a prepositional modifier at chunk k completes: for "N1 en N2", "N1 à N2" (N2
  // bare or a name), N1; k itself otherwise.
  int noun_before_modifier(int k) const {
    if (!is(k, ChunkKind::Mention) || !is(k - 1, ChunkKind::Preposition) ||
        !is(k - 2, ChunkKind::Mention))
      return k;
    const Mention& m = mention(chunk(k).index);
    std::string p = lower(token_of_chunk(k - 1));
    if (is_de(token_of_chunk(k - 1))) return k;
    // A place name after "en"/"dans" locates the noun before ("l'établissement en France");
    // other names are the verb's own complements ("confia X au révérend Y, qui").
    if (m.kind == MentionKind::Name) return (p == "en" || p == "dans") ? k - 2 : k;
    if (!m.determiner.empty()) return k;
    return k - 2;
  }

  // An amount or a duration: "50 ans", "110 km", "deux millions d'euros".
  bool is_amount(int m) const {
    const Mention& x = mention(m);
    return x.kind != MentionKind::Name && x.span.size() > 0 && a_.token(x.span.begin).is(Upos::Num) &&
           x.head >= 0 && is_time_or_measure_noun(a_.token(x.head).lemma);
  }

  // The antecedent of "qui" at chunk k for verb group vg: the nearest noun, or when the
  // verb does not agree with it, the head of its "de" chain or the noun a participle
  // phrase describes ("les patients traités par lépirudine qui ont développé").
  int agreeing_antecedent(int k, const VerbGroup& vg) const {
    int ante = antecedent_of_relative(k);
    if (ante < 0 || agrees(vg, {ante})) return ante;
    int at = chunk_of_mention_[static_cast<std::size_t>(ante)];
    int head = head_of_complement_chain(at);
    if (is(head, ChunkKind::Mention) && agrees(vg, {chunk(head).index})) return chunk(head).index;
    int described = skip_participle_phrase_left(at);
    if (described != at && is(described, ChunkKind::Mention) &&
        agrees(vg, {chunk(described).index}))
      return chunk(described).index;
    return ante;
  }

  // Nouns of quantity that let their complement decide agreement: "la plupart", "la
  // majorité", "un nombre", "la moitié".
  bool is_quantity(int m) const {
    const Mention& x = mention(m);
    if (x.head < 0 || x.kind == MentionKind::Name) return false;
    static const std::set<std::string, std::less<>> kQuantities = {
        "plupart", "majorité", "minorité", "nombre", "moitié", "tiers", "quart", "reste",
        "totalité", "ensemble", "partie", "dizaine", "douzaine", "vingtaine", "trentaine",
        "centaine", "millier", "foule", "série", "multitude", "poignée", "quantité"};
    return kQuantities.count(a_.token(x.head).lemma) > 0;
  }

  // The subject mentions of verb group g (empty if none is found). Also records, for a
  // verb in a "que" relative, the antecedent as its object.
  const std::vector<int>& subjects_of(int g) {
    if (subject_done_[static_cast<std::size_t>(g)]) return reading_.subjects[static_cast<std::size_t>(g)];
    subject_done_[static_cast<std::size_t>(g)] = true;  // guards against cycles
    std::vector<int> found = find_subjects(g);
    reading_.subjects[static_cast<std::size_t>(g)] = found;
    return reading_.subjects[static_cast<std::size_t>(g)];
  }

  std::vector<int> find_subjects(int g) {
    const VerbGroup& vg = group(g);
    int c = chunk_of_group_[static_cast<std::size_t>(g)];
    switch (vg.form) {
      case VerbForm::Finite:
        return finite_subjects(g, c);
      case VerbForm::Gerund:
        return clause_subject_near(g, c);
      case VerbForm::PresentParticiple: {
        int k = skip_adverbs_left(c - 1);
        // Right after a noun, even inside a prepositional phrase ("chez les patients
        // présentant une allergie"), the participle describes that noun — or the noun a
        // bare modifier completes ("des patients à haut risque nécessitant").
        if (is(k, ChunkKind::Mention)) return with_coordinated(chunk(noun_before_modifier(k)).index);
        // After a comma: inside a subject still waiting for its verb, the participle
        // describes the noun before the comma; after a clause, it shares its subject.
        if (is(k, ChunkKind::Comma) && previous_finite(c) < 0) {
          int p = skip_adverbs_left(k - 1);
          if (is(p, ChunkKind::Mention)) return {chunk(p).index};
        }
        return clause_subject_near(g, c);
      }
      case VerbForm::PastParticiple: {
        // Elliptic coordination: "n'a pas apprécié X et attaqué Y" shares the auxiliary.
        int k = skip_adverbs_left(c - 1);
        bool after_coordinator = is(k, ChunkKind::Coordinator);
        // "a gravi le talus, basculé de l'autre côté, traversé un champ": participles in a
        // row after a compound tense share its auxiliary, unless an agent follows
        // (", dirigée par X").
        // (With avoir the participle agrees with nothing after it: "spécialisée" is no
        // elliptic "a spécialisé".)
        bool after_comma = is(k, ChunkKind::Comma) && !has_agent_after(c) &&
                           !(vg.gender == 'f' || vg.number == 'p');
        if (after_coordinator || after_comma) {
          int prev = previous_finite(c);
          // With an agent after it the participle is passive: it shares a passive verb's
          // subject ("a été rachetée par X et dirigée par Y"), or describes a noun like
          // the participles before it ("a publié une lettre datée de mai et signée par X").
          if (has_agent_after(c) && prev >= 0 && same_clause(prev, c)) {
            if (group(prev).passive) return subjects_of(prev);
          }
          if (prev >= 0 && !has_agent_after(c) && group(prev).main != group(prev).first_verb &&
              a_.token(group(prev).first_verb).lemma == "avoir" && same_clause(prev, c)) {
            ellipsis_.insert(g);
            return subjects_of(prev);
          }
          // "arrive à recoller les morceaux et rejoint Dean": after a simple tense, a word
          // that can be a finite verb is one ("rejoint", "produit").
          if (after_coordinator && prev >= 0 && group(prev).main == group(prev).first_verb &&
              has_finite_reading(a_.token(vg.main)) && same_clause(prev, c)) {
            ellipsis_.insert(g);
            return subjects_of(prev);
          }
        }
        // "basée à Pont-Aven et dirigée par X": a participle coordinated with another
        // describes the same noun.
        if (after_coordinator) {
          for (int q = k - 1; q >= 0 && k - q <= 8; --q) {
            if (is(q, ChunkKind::Verb)) {
              const VerbGroup& before = group(chunk(q).index);
              if (before.form == VerbForm::PastParticiple && chunk(q).index != g)
                return subjects_of(chunk(q).index);
              break;
            }
            if (is(q, ChunkKind::Comma) || is(q, ChunkKind::Relative) ||
                is(q, ChunkKind::Subordinator))
              break;
          }
        }
        return participle_antecedent(g, c);
      }
      case VerbForm::Infinitive:
        return infinitive_subject(g, c);
    }
    return {};
  }

  std::vector<int> finite_subjects(int g, int c) {
    const VerbGroup& vg = group(g);
    int k = skip_adverbs_left(c - 1);
    // "« ... », a affirmé M. Benjamin": after a quote, a reporting verb has its subject
    // after it.
    bool after_quote = is(k, ChunkKind::CloseQuote) ||
                       (is(k, ChunkKind::Comma) && is(k - 1, ChunkKind::CloseQuote));
    // The speaker may follow a date or a place: "a déclaré mercredi soir le directeur".
    int speaker = c + 1;
    while ((is(speaker, ChunkKind::Mention) && is_date(chunk(speaker).index) &&
            is(speaker + 1, ChunkKind::Mention)) ||
           is(speaker, ChunkKind::Adverb))
      ++speaker;
    if (after_quote && quotes_speech(k) && is(speaker, ChunkKind::Mention) && vg.object_clitic < 0 &&
        !is_date(chunk(speaker).index) &&
        (is_reporting_verb(vg.lemma) || ends_incise(speaker))) {
      inverted_.insert(g);
      incise_subject_[g] = chunk(speaker).index;
      return with_coordinated(chunk(speaker).index);
    }
    // "L'hôpital ne paiera aucune rançon, a assuré son directeur.": a reporting verb after
    // a whole clause, its subject after it, ends the sentence or comes before a comma.
    if (is(k, ChunkKind::Comma) && is_reporting_verb(vg.lemma) && vg.object_clitic < 0 &&
        is(c + 1, ChunkKind::Mention) && could_be_speaker(chunk(c + 1).index) &&
        ends_incise(c + 1) && previous_finite(c) >= 0 && skip_incise(k) < 0 &&
        !is(skip_adverbs_left(k - 1), ChunkKind::Coordinator)) {
      inverted_.insert(g);
      incise_subject_[g] = chunk(c + 1).index;
      return with_coordinated(chunk(c + 1).index);
    }
    // Impersonal "il": "il faut", "il convient de", "il est possible de".
    if (is(k, ChunkKind::Mention) && mention(chunk(k).index).kind == MentionKind::Pronoun &&
        lower(a_.token(mention(chunk(k).index).head)) == "il") {
      const Token& first = a_.token(vg.first_verb);
      bool impersonal = is_impersonal_verb(first.lemma) || is_impersonal_verb(vg.lemma);
      // "il s'est produit un événement", "il se passe quelque chose"
      static const std::set<std::string, std::less<>> kReflexiveImpersonal = {
          "produire", "passer", "dérouler", "trouver", "agir", "écouler", "vendre", "dire"};
      if (vg.reflexive && kReflexiveImpersonal.count(vg.lemma) && is(c + 1, ChunkKind::Mention))
        impersonal = true;
      if (vg.copula && vg.span.end < a_.token_count() && a_.token(vg.span.end).is(Upos::Adj))
        impersonal = true;
      for (int t = vg.span.begin; t < vg.span.end; ++t)
        if (lower(a_.token(t)) == "y" && (first.lemma == "avoir" || vg.lemma == "avoir")) impersonal = true;
      if (impersonal) return {};
    }
    // Subject pronoun inverted after the verb ("a-t-il"), unless a noun phrase precedes.
    if (vg.subject_clitic >= 0) {
      if (is(k, ChunkKind::Mention) && mention(chunk(k).index).kind != MentionKind::Pronoun &&
          !is(k - 1, ChunkKind::Preposition))
        return with_coordinated(chunk(k).index);
      int m = mention_for_token(vg.subject_clitic);
      return m >= 0 ? std::vector<int>{m} : std::vector<int>{};
    }
    for (int guard = 0; guard < 8 && k >= 0; ++guard) {
      k = skip_participle_phrase_left(k);
      const Chunk& ck = chunk(k);
      switch (ck.kind) {
        case ChunkKind::Mention: {
          // A date before the verb is no subject: "le 28 décembre, X accuse ...".
          if (is_date(ck.index)) {
            k = skip_adverbs_left(k - 1);
            continue;
          }
          // The complements of a relative clause end before the verb: "une lettre qu'il
          // adressa au ministre donne ...".
          if (is(k - 1, ChunkKind::Preposition))
            if (int ante = antecedent_across_relative(first_of_coordination(k)); ante >= 0)
              return with_coordinated_if_plural(ante, vg);
          if (is(k - 1, ChunkKind::Preposition)) {
            if (is_de(token_of_chunk(k - 1))) {
              int head = head_of_complement_chain(k);
              if (head != k && (!is(head - 1, ChunkKind::Preposition) ||
                                lower(token_of_chunk(head - 1)) == "comme")) {
                std::vector<int> subjects = with_coordinated(chunk(head).index);
                // The nearer complement when only it agrees ("les clients de Novaterra ont").
                if (!agrees(vg, subjects) && agrees(vg, {ck.index})) return {ck.index};
                note_relative_object(g, head);
                return subjects;
              }
            }
            // An adverbial phrase between the subject and its verb ("qui dans le même
            // temps a fondé", "Leblanc, en mai, a proposé") is passed over.
            k = skip_adverbs_left(k - 2);
            continue;
          }
          // The noun may close a relative clause: in "la société qui fabrique Aclasta
          // fournira", Aclasta is the relative verb's object and the antecedent is the
          // subject.
          if (int ante = antecedent_across_relative(first_of_coordination(k)); ante >= 0)
            return with_coordinated_if_plural(ante, vg);
          // "le rapprochement entre X et Y donnera": the coordination is a prepositional
          // phrase's; the subject is before it.
          {
            int first = first_of_coordination(k);
            if (first == k && is(k - 1, ChunkKind::Coordinator) && is(k - 2, ChunkKind::Mention))
              first = k - 2;
            if (first != k && is(first - 1, ChunkKind::Preposition) &&
                !is_approximation(first - 1)) {
              k = first;
              continue;
            }
          }
          std::vector<int> subjects = subjects_starting_at(k);
          // A singular verb takes the nearest noun alone: in "prouvent X et Novaterra
          // préfèrerait", X belongs to the clause before.
          if (subjects.size() > 1 && vg.form == VerbForm::Finite && vg.number == 's')
            subjects = {ck.index};
          note_relative_object(g, first_of_coordination(k));
          return subjects;
        }
        case ChunkKind::Relative: {
          std::string l = lower(token_of_chunk(k));
          if (l == "qui") {
            // "au mouvement des coopératives, qui maintient": the verb agrees with the
            // head of the "de" chain, not with its complement.
            int ante = agreeing_antecedent(k, vg);
            if (ante < 0) return {};
            return with_coordinated_if_plural(ante, vg);
          }
          // "le maillot jaune, que portait depuis mardi Giulia Ferri": after "que" the
          // subject may follow its verb.
          if ((l == "que" || l == "qu'" || l == "qu’") && vg.object_clitic < 0 &&
              (!vg.reflexive || takes_object_when_pronominal(vg.lemma))) {
            int q = skip_adverbs_right(c + 1);
            while (true) {
              if (is(q, ChunkKind::Mention) && is_date(chunk(q).index)) {
                q = skip_adverbs_right(q + 1);
              } else if (is(q, ChunkKind::Preposition) &&
                         (is(q + 1, ChunkKind::Adverb) ||
                          (is(q + 1, ChunkKind::Mention) && is_date(chunk(q + 1).index)))) {
                q = skip_adverbs_right(q + 2);
              } else {
                break;
              }
            }
            int ante = antecedent_of_relative(k);
            if (ante >= 0 && is(q, ChunkKind::Mention) &&
                mention(chunk(q).index).kind != MentionKind::Pronoun && ends_incise(q) &&
                agrees(vg, {chunk(q).index})) {
              inverted_.insert(g);
              relative_object_[g] = ante;
              return {chunk(q).index};
            }
          }
          return {};
        }
        case ChunkKind::Comma: {
          int before = skip_incise(k);
          if (before < 0) return {};
          k = skip_adverbs_left(before);
          // An age or an amount between commas after a name: "Lucas Vermeulen, 23 ans,".
          if (is(k, ChunkKind::Mention) && is_amount(chunk(k).index) && is(k - 1, ChunkKind::Comma) &&
              is(k - 2, ChunkKind::Mention))
            k = k - 2;
          // Landing inside an earlier incise (", fournissant le combustible, liée à ..."):
          // skip it too.
          while (is(k, ChunkKind::Mention)) {
            int seg = k;
            while (seg > 0 && !is(seg - 1, ChunkKind::Comma) && !is(seg - 1, ChunkKind::Colon)) --seg;
            if (seg == k || seg == 0 || !is(seg - 1, ChunkKind::Comma)) break;
            ChunkKind first = chunk(seg).kind;
            bool incise = first == ChunkKind::Relative ||
                          (first == ChunkKind::Verb && group(chunk(seg).index).form != VerbForm::Finite);
            if (!incise) break;
            k = skip_adverbs_left(seg - 2);
          }
          continue;
        }
        case ChunkKind::CloseQuote: {
          // A quoted name: « Pérouse amitié », qui ..., voit
          if (is(k - 1, ChunkKind::Mention) && is(k - 2, ChunkKind::OpenQuote)) {
            k = k - 1;
            continue;
          }
          return {};
        }
        case ChunkKind::CloseParen: {
          int q = k;
          while (q >= 0 && !is(q, ChunkKind::OpenParen)) --q;
          if (q < 0) return {};
          k = skip_adverbs_left(q - 1);
          continue;
        }
        case ChunkKind::Coordinator: {
          // "la chute des commandes en Grèce et en Italie explique": coordinated phrases of a
          // subject are passed over.
          if (is(k + 1, ChunkKind::Preposition) && is(k - 1, ChunkKind::Mention) &&
              (is(k - 2, ChunkKind::Preposition) || is_de(token_of_chunk(k + 1)))) {
            k = k - 1;
            continue;
          }
          // "X a fondé Y et dirige Z": the subject of the verb before.
          int prev = previous_finite(c);
          if (prev >= 0) return subjects_of(prev);
          return {};
        }
        case ChunkKind::Other: {
          // "depuis 1914": a preposition with a number is passed over like any adverbial.
          const Token& t = token_of_chunk(k);
          if ((t.is(Upos::Num) || t.is(Upos::Sym)) && is(k - 1, ChunkKind::Preposition)) {
            k = skip_adverbs_left(k - 2);
            continue;
          }
          return {};
        }
        default:
          return {};
      }
    }
    return {};
  }

  // The quotation closing at chunk k (or just before the comma at k) holds speech, a verb,
  // not only a name ("« Marée basse », a reçu").
  bool quotes_speech(int k) const {
    int q = is(k, ChunkKind::Comma) ? k - 1 : k;
    for (--q; q >= 0 && !is(q, ChunkKind::OpenQuote); --q)
      if (is(q, ChunkKind::Verb)) return true;
    return q < 0;  // the quotation opened in an earlier sentence
  }

  // What follows the subject of a reporting incise: the end of the sentence, a comma, or
  // a complement of the reporting verb ("a déclaré X à La Presse").
  bool ends_incise(int k) const {
    if (!is(k, ChunkKind::Mention)) return false;
    int q = chunk_of_mention_[static_cast<std::size_t>(with_coordinated(chunk(k).index).back())] + 1;
    while (is(q, ChunkKind::Preposition) && is_de(token_of_chunk(q)) && is(q + 1, ChunkKind::Mention))
      q += 2;
    if (q >= chunk_count()) return true;
    switch (chunk(q).kind) {
      case ChunkKind::Comma:
      case ChunkKind::CloseParen:
      case ChunkKind::Colon:
        return true;
      case ChunkKind::Other:
        return token_of_chunk(q).is(Upos::Punct);
      case ChunkKind::Preposition:
        return !is_de(token_of_chunk(q));
      default:
        return false;
    }
  }

  // A mention that may stand for who speaks: a name, or a person or an organisation
  // described ("le ministre", "son directeur", "la direction").
  bool could_be_speaker(int m) const {
    const Mention& x = mention(m);
    if (x.kind == MentionKind::Name) return x.type != EntityType::Place;
    if (x.kind == MentionKind::Pronoun || x.head < 0) return false;
    const std::string& noun = a_.token(x.head).lemma;
    auto type = descriptor_type(noun);
    return is_role_noun(noun) || type == EntityType::Person || type == EntityType::Organization ||
           noun == "direction" || noun == "entourage";
  }

  // When the mention at chunk k is a complement of a finite verb inside a relative clause
  // ("qui fabrique Aclasta", "qui ont fait l'objet d'une évaluation"), the antecedent of
  // that relative; -1 otherwise.
  int antecedent_across_relative(int k) const {
    int q = k - 1;
    // Back over the complements of the verb before: prepositions, mentions, adverbs.
    while (q >= 0 && (is(q, ChunkKind::Mention) || is(q, ChunkKind::Preposition) ||
                      is(q, ChunkKind::Adverb)))
      --q;
    if (!is(q, ChunkKind::Verb) || group(chunk(q).index).form != VerbForm::Finite) return -1;
    if (group(chunk(q).index).copula) return -1;
    int r = skip_adverbs_left(q - 1);
    // "que" relatives have their own subject between: "X que Y a V Z W".
    if (is(r, ChunkKind::Mention) && is(r - 1, ChunkKind::Relative)) --r;
    if (!is(r, ChunkKind::Relative)) return -1;
    std::string l = lower(token_of_chunk(r));
    if (l != "qui" && l != "que" && l != "qu'" && l != "qu’") return -1;
    return antecedent_of_relative(r);
  }

  // A participle phrase that modifies the noun before it ("une administration répétée",
  // "les pensionnaires nés en avril", "la perte observée chez les hommes") is passed over:
  // returns the chunk of that noun, or k unchanged.
  int skip_participle_phrase_left(int k) const {
    int q = k;
    // (Prep Mention)* after the participle
    while (is(q, ChunkKind::Mention) && is(q - 1, ChunkKind::Preposition)) q -= 2;
    // A noun right after a past participle is its complement whose "du"/"des" was read as
    // an article ("chargé du Numérique"): a passive participle takes no direct object.
    bool direct = false;
    if (is(q, ChunkKind::Mention) && is(q - 1, ChunkKind::Verb) &&
        group(chunk(q - 1).index).form == VerbForm::PastParticiple &&
        group(chunk(q - 1).index).passive) {
      --q;
      direct = true;
    }
    if (!is(q, ChunkKind::Verb)) return k;
    const VerbGroup& p = group(chunk(q).index);
    if (p.form != VerbForm::PastParticiple && p.form != VerbForm::PresentParticiple) return k;
    if (p.form == VerbForm::PresentParticiple && q != k) return k;
    int noun = skip_adverbs_left(q - 1);  // "les patients précédemment traités par"
    if (!is(noun, ChunkKind::Mention)) return k;
    if (q == k || direct || is(q + 1, ChunkKind::Preposition)) return noun;
    return k;
  }

  std::vector<int> with_coordinated_if_plural(int m, const VerbGroup& vg) const {
    std::vector<int> all = with_coordinated(m);
    if (all.size() > 1 && vg.number == 's') return {m};
    return all;
  }

  // Mentions coordinated up to chunk k when k ends "X et Y" / "X, Y et Z".
  int first_of_coordination(int k) const {
    int first = k;
    while (true) {
      int p = first - 2;
      // "La maire, Catherine Hurstel, et son homologue": a comma before "et".
      if (is(first - 1, ChunkKind::Coordinator) && is(first - 2, ChunkKind::Comma)) p = first - 3;
      if (p >= 0 && is(p, ChunkKind::Mention) &&
          mention(chunk(p).index).coordinated == chunk(first).index)
        first = p;
      else
        break;
    }
    return first;
  }

  std::vector<int> subjects_starting_at(int k) const {
    return with_coordinated(chunk(first_of_coordination(k)).index);
  }

  // In "X que Y a V", X is the object of V.
  void note_relative_object(int g, int subject_chunk) {
    // A pronominal verb has no object to take from "que" ("qu'il s'illustre", "que les
    // nationalistes s'unissent"), unless it is one of the few that do ("que Navalis s'offre").
    if (group(g).reflexive && !takes_object_when_pronominal(group(g).lemma)) return;
    int r = skip_adverbs_left(subject_chunk - 1);
    if (is(r, ChunkKind::Relative)) {
      std::string l = lower(token_of_chunk(r));
      if (l == "que" || l == "qu'" || l == "qu’") {
        int ante = antecedent_of_relative(r);
        // "la première fois qu'on nous consulte", "le jour que": a time, not an object.
        if (ante >= 0 && mention(ante).head >= 0 &&
            is_time_or_measure_noun(to_lower(a_.token(mention(ante).head).lemma)))
          ante = -1;
        if (ante >= 0) relative_object_[g] = ante;
      }
    }
  }

  static bool takes_object_when_pronominal(std::string_view lemma) {
    static const std::set<std::string, std::less<>> kVerbs = {
        "offrir", "payer", "partager", "disputer", "arracher", "donner", "fixer", "accorder",
        "réserver", "attribuer", "procurer", "approprier", "octroyer", "permettre", "poser",
        "rappeler", "imaginer", "demander", "acheter", "construire", "forger", "assurer"};
    return kVerbs.count(lemma) > 0;
  }

  int mention_for_token(int token) const {
    for (std::size_t i = 0; i < a_.mentions.size(); ++i)
      if (a_.mentions[i].span.contains(token)) return static_cast<int>(i);
    return -1;
  }

  static bool has_finite_reading(const Token& t) {
    for (const Morpheme& m : t.alternatives)
      for (const char* tense : {"pri", "pii", "ifi", "fti", "cni"})
        if (m.has(tense)) return true;
    return false;
  }

  // The mention at chunk k is followed by a finite verb (after its coordinated mentions):
  // it is that verb's subject.
  bool starts_clause(int k) const {
    if (!is(k, ChunkKind::Mention)) return false;
    int q = chunk_of_mention_[static_cast<std::size_t>(with_coordinated(chunk(k).index).back())] + 1;
    q = skip_adverbs_right(q);
    return is(q, ChunkKind::Verb) && group(chunk(q).index).form == VerbForm::Finite;
  }

  int first_comma() const {
    for (int q = 0; q < chunk_count(); ++q)
      if (is(q, ChunkKind::Comma)) return q;
    return -1;
  }

  bool has_agent_after(int c) const {
    int k = skip_adverbs_right(c + 1);
    return is(k, ChunkKind::Preposition) && lower(token_of_chunk(k)) == "par";
  }

  // No subordinate or relative clause, and no other finite verb, comes between verb group
  // g and chunk c.
  bool same_clause(int g, int c) const {
    for (int k = chunk_of_group_[static_cast<std::size_t>(g)] + 1; k < c; ++k) {
      if (is(k, ChunkKind::Relative) || is(k, ChunkKind::Subordinator)) return false;
      if (is(k, ChunkKind::Verb) && group(chunk(k).index).form == VerbForm::Finite) return false;
    }
    return true;
  }

  int previous_finite(int c) const {
    for (int k = c - 1; k >= 0; --k)
      if (is(k, ChunkKind::Verb) && group(chunk(k).index).form == VerbForm::Finite)
        return chunk(k).index;
    return -1;
  }

  int next_finite(int c) const {
    for (int k = c + 1; k < chunk_count(); ++k)
      if (is(k, ChunkKind::Verb) && group(chunk(k).index).form == VerbForm::Finite)
        return chunk(k).index;
    return -1;
  }

  // Gerunds and detached participles share the subject of their clause: the finite verb
  // before them, or after them when they open the sentence.
  std::vector<int> clause_subject_near(int g, int c) {
    int k = skip_adverbs_left(c - 1);
    bool opens = k < 0 || (is(k, ChunkKind::Preposition) && skip_adverbs_left(k - 1) < 0);
    int governor = opens ? next_finite(c) : previous_finite(c);
    if (governor < 0) governor = opens ? previous_finite(c) : next_finite(c);
    if (governor < 0 || governor == g) return {};
    reading_.governor[static_cast<std::size_t>(g)] = governor;
    return subjects_of(governor);
  }

  // "SpaceX, dirigée par X", "offre déclinée par Y": the noun the participle follows;
  // "Pilotée par X, elle ...": the subject of the clause it opens.
  std::vector<int> participle_antecedent(int g, int c) {
    const VerbGroup& vg = group(g);
    int k = skip_adverbs_left(c - 1);
    if (is(k, ChunkKind::Comma)) k = skip_adverbs_left(k - 1);
    // A quoted name: "son album, « Marée basse », produit par X".
    if (is(k, ChunkKind::CloseQuote) && is(k - 1, ChunkKind::Mention) && is(k - 2, ChunkKind::OpenQuote))
      k = k - 1;
    if (k < 0) {
      int governor = next_finite(c);
      if (governor < 0) return {};
      reading_.governor[static_cast<std::size_t>(g)] = governor;
      return subjects_of(governor);
    }
    if (!is(k, ChunkKind::Mention)) return {};
    int m = chunk(k).index;
    // Agreement picks between a complement and the head it completes.
    auto fits = [&](int x) {
      const Mention& mm = mention(x);
      if (vg.gender && mm.gender && vg.gender != mm.gender) return false;
      if (vg.number && mm.number && vg.number != mm.number) return false;
      return true;
    };
    if (!fits(m)) {
      int head = head_of_complement_chain(k);
      if (head != k && fits(chunk(head).index)) return {chunk(head).index};
      return {};
    }
    // Inside a prepositional phrase a participle describes its noun only in a chain of
    // agents: "rédigé par une équipe dirigée par X". Elsewhere it may as well describe the
    // noun the phrase completes ("son appartenance à l'extrême droite affirmée par X").
    if (is(k - 1, ChunkKind::Preposition) && !is_de(token_of_chunk(k - 1)) &&
        !(lower(token_of_chunk(k - 1)) == "par" && has_agent_after(c))) {
      // "une levée de fonds de 45 millions d'euros en série B, menée par X": the noun the
      // phrase follows, when it agrees.
      bool detached = is(skip_adverbs_left(c - 1), ChunkKind::Comma);
      int head = is(k - 2, ChunkKind::Mention) ? head_of_complement_chain(k - 2) : -1;
      if (detached && head >= 0 && is(head, ChunkKind::Mention) && fits(chunk(head).index) &&
          !is_amount(chunk(head).index) && has_agent_after(c))
        return {chunk(head).index};
      return {};
    }
    return {m};
  }

  // Who does an infinitive: the object of verbs like "accuser", "appeler", "empêcher";
  // otherwise the subject of the governing verb ("pour transporter", "sans tenir").
  std::vector<int> infinitive_subject(int g, int c) {
    const VerbGroup& vg = group(g);
    if (vg.introducer.empty()) return {};
    // The governing verb: the nearest verb group before, within its clause.
    int k = c - 1;
    if (is(k, ChunkKind::Preposition)) --k;
    int object_mention = -1;
    int scan = k;
    for (int steps = 0; scan >= 0 && steps < 8; ++steps, --scan) {
      if (is(scan, ChunkKind::Verb)) break;
      // "reproche à la ministre, Élisabeth Corvin, de vouloir": an apposed name.
      if (is(scan, ChunkKind::Comma) && is(scan - 1, ChunkKind::Mention) &&
          mention(chunk(scan - 1).index).kind == MentionKind::Name && is(scan - 2, ChunkKind::Comma)) {
        if (object_mention < 0) object_mention = chunk(scan - 1).index;
        scan -= 2;
        continue;
      }
      if (is(scan, ChunkKind::Mention) && object_mention < 0 && !is_date(chunk(scan).index))
        object_mention = chunk(scan).index;
      if (is(scan, ChunkKind::Comma) && !(vg.introducer == "pour" || vg.introducer == "sans"))
        return {};
      if (is(scan, ChunkKind::Subordinator) || is(scan, ChunkKind::Relative)) return {};
    }
    int governor = -1;
    if (is(scan, ChunkKind::Verb)) governor = chunk(scan).index;
    bool opens = scan < 0;
    if (opens && (vg.introducer == "pour" || vg.introducer == "sans" || vg.introducer == "afin" ||
                  vg.introducer == "avant" || vg.introducer == "après")) {
      governor = next_finite(c);
    }
    if (governor < 0 || governor == g) return {};
    reading_.governor[static_cast<std::size_t>(g)] = governor;
    const VerbGroup& gov = group(governor);
    // "a sanctionné X d'une amende pour s'être entendu avec Y", "a félicité X pour avoir
    // sauvé ...": verbs that judge someone give the cause to their object.
    if (vg.introducer == "pour" && is_judging_verb(gov.lemma)) {
      if (gov.object_clitic >= 0) {
        int m = mention_for_token(gov.object_clitic);
        if (m >= 0) return {m};
      }
      int q = skip_adverbs_right(scan + 1);
      while (is(q, ChunkKind::Mention) && is_date(chunk(q).index)) q = skip_adverbs_right(q + 1);
      if (is(q, ChunkKind::Mention) && q < c) return {chunk(q).index};
    }
    bool subject_control = vg.introducer == "pour" || vg.introducer == "sans" ||
                           vg.introducer == "afin" || vg.introducer == "avant" ||
                           vg.introducer == "après" || vg.introducer == "par";
    if (!subject_control && is_object_control_verb(gov.lemma)) {
      for (int clitic : {gov.object_clitic, gov.dative_clitic}) {
        if (clitic < 0) continue;
        int m = mention_for_token(clitic);
        if (m >= 0) return {m};
      }
      if (object_mention >= 0) return {object_mention};
      // With no object, the subject does it: "avait menacé l'an dernier de bloquer le
      // projet".
      if (gov.object_clitic < 0 && gov.dative_clitic < 0 && !gov.passive &&
          (vg.introducer == "de" || vg.introducer == "d'"))
        return subjects_of(governor);
      return {};
    }
    if (!subject_control && object_mention >= 0) return {};  // a noun's complement: "le droit de"
    return subjects_of(governor);
  }

  // --- objects and obliques ------------------------------------------------------------
  struct Complements {
    std::vector<int> objects;
    std::vector<std::pair<int, int>> obliques;  // (preposition token, mention)
    std::vector<int> agents;
    std::vector<int> dative;  // clitic "lui", "leur": an oblique with "à"
    int object_chunk = -1;
    std::string idiom;  // a bare prepositional noun of the predicate: "en cause", "en examen"
  };

  Complements complements_of(int g) {
    const VerbGroup& vg = group(g);
    int c = chunk_of_group_[static_cast<std::size_t>(g)];
    Complements out;
    // A neuter "le" stands for a clause, not an entity: "si elle le souhaite".
    if (vg.object_clitic >= 0 && !a_.token(vg.object_clitic).has("nt")) {
      int m = mention_for_token(vg.object_clitic);
      if (m >= 0) out.objects.push_back(m);
    }
    if (vg.dative_clitic >= 0) {
      int m = mention_for_token(vg.dative_clitic);
      if (m >= 0) out.dative.push_back(m);  // "lui a confié": "a confié à"
    }
    std::optional<int> relative_object;
    if (auto it = relative_object_.find(g); it != relative_object_.end())
      relative_object = it->second;
    bool bare_participle = vg.form == VerbForm::PastParticiple && !ellipsis_.count(g);
    bool passive = vg.passive && !ellipsis_.count(g);
    int k = skip_adverbs_right(c + 1);
    // ... and between commas: "a condamné, jeudi, Frédéric Almeida".
    if (is(k, ChunkKind::Comma) && is(k + 1, ChunkKind::Mention) && is_date(chunk(k + 1).index) &&
        is(k + 2, ChunkKind::Comma) && is(k + 3, ChunkKind::Mention) && !vg.copula)
      k = k + 3;
    // A date right after the verb is adverbial: "a annoncé lundi le rachat", "a défendu
    // mardi devant le Sénat sa réforme".
    bool after_date = false;
    while (is(k, ChunkKind::Mention) && is_date(chunk(k).index) &&
           (is(k + 1, ChunkKind::Mention) || is(k + 1, ChunkKind::Preposition) ||
            is(k + 1, ChunkKind::Comma))) {
      k = skip_adverbs_right(k + 1);
      after_date = true;
    }
    // An adverbial between commas (or quoted) before the object: "a adopté jeudi, par 312
    // voix contre 198, le projet de loi", "assure suivre « avec attention » la situation".
    if ((is(k, ChunkKind::Comma) || is(k, ChunkKind::OpenQuote)) && !vg.passive && !vg.copula &&
        vg.object_clitic < 0 &&
        (is(k + 1, ChunkKind::Preposition) || is(k + 1, ChunkKind::Adverb))) {
      ChunkKind closing = is(k, ChunkKind::Comma) ? ChunkKind::Comma : ChunkKind::CloseQuote;
      int q = k + 1;
      bool adverbial = true;
      for (; q < chunk_count() && !is(q, closing); ++q) {
        ChunkKind kind = chunk(q).kind;
        if (q - k > 6 || (kind != ChunkKind::Preposition && kind != ChunkKind::Mention &&
                          kind != ChunkKind::Adverb && kind != ChunkKind::Other)) {
          adverbial = false;
          break;
        }
      }
      if (adverbial && is(q, closing) && is(q + 1, ChunkKind::Mention) &&
          mention(chunk(q + 1).index).kind != MentionKind::Pronoun &&
          !(is(q + 2, ChunkKind::Verb) && group(chunk(q + 2).index).form == VerbForm::Finite))
        k = q + 1;
    }
    // "a publié jeudi des résultats": after a date, "des" and "du" are articles.
    if (after_date && is(k, ChunkKind::Preposition) && is(k + 1, ChunkKind::Mention) &&
        !vg.passive && !vg.copula) {
      std::string unit = to_lower(token_of_chunk(k).mwt_form);
      if (unit == "des" || unit == "du") k = k + 1;
    }
    // An approximate amount is an object: "a versé près de 2 millions d'euros", "a
    // déboursé plus de 15 millions".
    if (is(k, ChunkKind::Preposition) && is(k + 1, ChunkKind::Mention) && !vg.passive &&
        !vg.copula && a_.token(mention(chunk(k + 1).index).span.begin).is(Upos::Num)) {
      std::string p;
      for (int t = chunk(k).span.begin; t < chunk(k).span.end; ++t) p += lower(a_.token(t)) + " ";
      bool after_more = is(k - 1, ChunkKind::Adverb) &&
                        (lower(token_of_chunk(k - 1)) == "plus" || lower(token_of_chunk(k - 1)) == "moins");
      if (p == "près de " || p == "près d' " || p == "près d’ " || (after_more && is_de(token_of_chunk(k))))
        k = k + 1;
    }
    // "a recueilli 53 % des suffrages": a share of something is that thing.
    if (is(k, ChunkKind::Other) && token_of_chunk(k).is(Upos::Num) && is(k + 1, ChunkKind::Other) &&
        (token_of_chunk(k + 1).form == "%" || token_of_chunk(k + 1).is(Upos::Sym)) &&
        is(k + 2, ChunkKind::Preposition) && is_de(token_of_chunk(k + 2)) &&
        is(k + 3, ChunkKind::Mention) && !vg.passive && !vg.copula)
      k = k + 3;
    // A preposition and a bare noun right after the verb belong to the predicate: "met en
    // cause la Chine", "mis en examen par le juge", "poursuivi en justice par X".
    if (is(k, ChunkKind::Preposition) && is(k + 1, ChunkKind::Mention) &&
        (is(k + 2, ChunkKind::Mention) || is(k + 2, ChunkKind::Preposition) || vg.passive)) {
      const Mention& bare = mention(chunk(k + 1).index);
      std::string p = lower(token_of_chunk(k));
      if (bare.kind == MentionKind::Concept && bare.determiner.empty() && bare.span.size() == 1 &&
          (p == "en" || p == "à" || p == "sous" || p == "hors") && !is_date(chunk(k + 1).index) &&
          !a_.token(bare.span.begin).is(Upos::Num)) {
        out.idiom = token_of_chunk(k).form + " " + a_.token(bare.span.begin).form;
        k = skip_adverbs_right(k + 2);
      }
    }
    // A prepositional phrase may precede a heavier object: "attaqué en justice Velotrix",
    // "fêtent avec leurs clients la Saint-Honoré". Its own object is then an oblique.
    int early_oblique = -1;
    // A date before the object: "créait en 1450 la première forge".
    if (is(k, ChunkKind::Preposition) && is(k + 1, ChunkKind::Other) &&
        token_of_chunk(k + 1).is(Upos::Num) && is(k + 2, ChunkKind::Mention))
      k += 2;
    // An adverbial "de manière X" before the object: "allonge de manière nette le temps".
    if (is(k, ChunkKind::Preposition) && is_de(token_of_chunk(k)) && is(k + 1, ChunkKind::Mention) &&
        mention(chunk(k + 1).index).determiner.empty() && is(k + 2, ChunkKind::Mention) &&
        !passive && !vg.copula)
      k += 2;
    // A quoted adverbial before the object: "a dégelé « aujourd'hui même » un milliard".
    if (is(k, ChunkKind::OpenQuote)) {
      int q = k + 1;
      while (is(q, ChunkKind::Adverb)) ++q;
      if (q > k + 1 && is(q, ChunkKind::CloseQuote)) k = q + 1;
      // An object in quotes: "dénonce « un système clientéliste »".
      else if (is(k + 1, ChunkKind::Mention) && mention(chunk(k + 1).index).kind != MentionKind::Name)
        k = k + 1;
    }
    if (is(k, ChunkKind::Preposition) && !is_de(token_of_chunk(k)) && is(k + 1, ChunkKind::Mention) &&
        !passive && !vg.copula) {
      // "invente avec ses amis X et Y, le cycle à quatre temps"
      int last = chunk_of_mention_[static_cast<std::size_t>(with_coordinated(chunk(k + 1).index).back())];
      int q = last + 1;
      bool comma = is(q, ChunkKind::Comma);
      if (comma) ++q;
      // After a comma, a noun followed by its own verb opens the next clause: "Peter lut
      // dans ses pensées, Adam la détacha".
      // (A name between commas there is apposed to the phrase: "à la ministre, Élisabeth
      // Corvin, de ...".)
      // (So is a list of names between commas: "avec deux concurrents, Polaris Froid et la
      // société Iceberg, sur les prix".)
      bool apposed_list = comma && is(names_listed_from(q), ChunkKind::Comma);
      if (is(q, ChunkKind::Mention) && !(comma && starts_clause(q)) && !apposed_list &&
          !(comma && mention(chunk(q).index).kind == MentionKind::Name && is(q + 1, ChunkKind::Comma))) {
        early_oblique = k;
        k = q;
      }
    }
    // ... or an incise between commas: "n'a pas connu, à Fains, le succès", "encourage,
    // dans la région, les éleveurs".
    if (is(k, ChunkKind::Comma) && !passive && !vg.copula) {
      int q = skip_adverbs_right(k + 1);
      if (is(q, ChunkKind::Preposition) && is(q + 1, ChunkKind::Mention)) {
        int r = q + 2;
        // "a acheté, lors d'une vente organisée mardi à Drouot, un pastel": the incise may
        // hold participles, dates and further complements.
        while ((is(r, ChunkKind::Preposition) && is(r + 1, ChunkKind::Mention)) ||
               (is(r, ChunkKind::Verb) && group(chunk(r).index).form == VerbForm::PastParticiple) ||
               (is(r, ChunkKind::Mention) && is_date(chunk(r).index)) || is(r, ChunkKind::Adverb))
          r += is(r, ChunkKind::Preposition) ? 2 : 1;
        if (is(r, ChunkKind::Comma) && is(skip_adverbs_right(r + 1), ChunkKind::Mention) &&
            !starts_clause(skip_adverbs_right(r + 1))) {
          early_oblique = q;
          k = skip_adverbs_right(r + 1);
        }
      }
    }
    bool copula = vg.copula;
    // Correlative "soit ... soit", "ni ... ni" before the objects.
    if (is(k, ChunkKind::Coordinator) && (lower(token_of_chunk(k)) == "soit" || lower(token_of_chunk(k)) == "ni"))
      ++k;
    // The partitive "de" of a negated object: "n'a jamais utilisé d'intelligence
    // artificielle", "ne publie pas de chiffres".
    if (vg.negated && is(k, ChunkKind::Preposition) && is_de(token_of_chunk(k)) &&
        is(k + 1, ChunkKind::Mention) && mention(chunk(k + 1).index).determiner.empty())
      ++k;
    // A time phrase before the object is adverbial: "a organisé ce week-end le tournoi".
    if (is(k, ChunkKind::Mention) && is(k + 1, ChunkKind::Mention) && mention(chunk(k).index).head >= 0 &&
        is_time_or_measure_noun(a_.token(mention(chunk(k).index).head).lemma))
      ++k;
    if (is(k, ChunkKind::Mention) && !copula && !passive && !bare_participle &&
        !is_date(chunk(k).index) && !inverted_.count(g)) {
      int m = chunk(k).index;
      if (mention(m).kind != MentionKind::Pronoun || starts_with(lower(a_.token(mention(m).head)), "lui-")) {
        out.object_chunk = k;
        for (int x : with_coordinated(m)) out.objects.push_back(x);
        // Skip the coordinated mentions' chunks.
        int last = chunk_of_mention_[static_cast<std::size_t>(with_coordinated(m).back())];
        k = last + 1;
      }
    } else if (is(k, ChunkKind::Mention) && copula) {
      out.object_chunk = k;  // an attribute: read by the copula rule
      k = k + 1;
    }
    // "explora et cartographia la côte": a verb with nothing after it but "et" and another
    // verb shares that verb's object.
    if (out.objects.empty() && !passive && !copula && is(c + 1, ChunkKind::Coordinator) &&
        is(c + 2, ChunkKind::Verb) && group(chunk(c + 2).index).form == vg.form &&
        !sharing_.count(g)) {
      sharing_.insert(g);
      Complements next = complements_of(chunk(c + 2).index);
      sharing_.erase(g);
      out.objects = next.objects;
      out.object_chunk = next.object_chunk;
    }
    // "X que Y a V": X is V's object, unless V has one after it ("au moment que Y
    // inventait l'imprimerie").
    if (relative_object && out.object_chunk < 0) out.objects.push_back(*relative_object);
    if (early_oblique >= 0) {
      int m = chunk(early_oblique + 1).index;
      if (is_participant(m)) out.obliques.push_back({chunk(early_oblique).span.begin, m});
    }
    // Prepositional complements, in a row.
    bool had_noun_before = out.object_chunk >= 0;
    std::string last_preposition;
    for (int guard = 0; guard < 6; ++guard) {
      k = skip_adverbs_right(k);
      // "depuis l'an dernier", "à nouveau": a preposition with an adverb is adverbial.
      if (is(k, ChunkKind::Preposition) && is(k + 1, ChunkKind::Adverb)) {
        k = skip_adverbs_right(k + 1);
        continue;
      }
      // "par X et par Y", "à X ou à Y": the same preposition again after a conjunction.
      if (is(k, ChunkKind::Coordinator) && is(k + 1, ChunkKind::Preposition) &&
          lower(token_of_chunk(k + 1)) == last_preposition && is(k + 2, ChunkKind::Mention))
        ++k;
      // Amounts are no participants but do not end the complements: "à 50 % par X".
      if (is(k, ChunkKind::Preposition) && is(k + 1, ChunkKind::Other) &&
          (a_.token(chunk(k + 1).span.begin).is(Upos::Num) || a_.token(chunk(k + 1).span.begin).is(Upos::Sym))) {
        k += 2;
        auto number = [&](int q) {
          return is(q, ChunkKind::Other) && (a_.token(chunk(q).span.begin).is(Upos::Num) ||
                                             a_.token(chunk(q).span.begin).is(Upos::Sym));
        };
        while (number(k) || (is(k, ChunkKind::Coordinator) && number(k + 1)))  // "entre 493 et 526"
          ++k;
        continue;
      }
      if (!(is(k, ChunkKind::Preposition) && is(k + 1, ChunkKind::Mention))) break;
      const Token& prep = token_of_chunk(k);
      const int prep_begin = chunk(k).span.begin;
      int m = chunk(k + 1).index;
      std::string p = lower(prep);
      last_preposition = p;
      // "une enquête de la Commission": the noun's complement, not the verb's. What comes
      // after it may still be the verb's ("une amende de 12 millions d'euros à la banque").
      if (is_de(prep) && had_noun_before) {
        k = chunk_of_mention_[static_cast<std::size_t>(with_coordinated(m).back())] + 1;
        continue;
      }
      bool is_agent = p == "par" && passive;
      // "listés par classe": a bare noun after "par" is a distribution, not an agent.
      if (is_agent && mention(m).kind == MentionKind::Concept && mention(m).determiner.empty()) break;
      // A bare participle ("située à", "connu de") describes its noun: only its agent
      // makes a statement.
      if (!is_agent && bare_participle) {
        k = chunk_of_mention_[static_cast<std::size_t>(with_coordinated(m).back())] + 1;
        continue;
      }
      if (out.obliques.size() >= 3) break;
      for (int x : with_coordinated(m)) {
        if (!is_participant(x)) continue;
        if (is_agent)
          out.agents.push_back(x);
        else
          out.obliques.push_back({prep_begin, x});
      }
      k = chunk_of_mention_[static_cast<std::size_t>(with_coordinated(m).back())] + 1;
      had_noun_before = true;
      // "avec deux concurrents, Polaris Froid et la société Iceberg,": the names listed
      // after the phrase are what it counts.
      if (is(k, ChunkKind::Comma) && !is_agent) {
        int after = names_listed_from(k + 1);
        if (after >= 0 && (is(after, ChunkKind::Comma) || after >= chunk_count() ||
                           (is(after, ChunkKind::Other) && token_of_chunk(after).is(Upos::Punct)))) {
          for (int x : with_coordinated(chunk(k + 1).index)) out.obliques.push_back({prep_begin, x});
          k = after;
        }
      }
    }
    return out;
  }

  // When chunk q opens a list of two or more coordinated names ("Polaris Froid et la
  // société Iceberg"), the chunk after the list; else -1.
  int names_listed_from(int q) const {
    if (!is(q, ChunkKind::Mention)) return -1;
    std::vector<int> list = with_coordinated(chunk(q).index);
    if (list.size() < 2) return -1;
    for (int m : list)
      if (mention(m).kind != MentionKind::Name) return -1;
    return chunk_of_mention_[static_cast<std::size_t>(list.back())] + 1;
  }

  // --- statements ------------------------------------------------------------------------
  Modality modality_for(int g, int& attribution) const {
    attribution = a_.attribution;
    if (a_.question) return Modality::Question;
    if (g >= 0 && !incise_subject_.count(g)) {
      int c = chunk_of_group_[static_cast<std::size_t>(g)];
      for (auto [r, speaker] : incise_subject_)
        if (chunk_of_group_[static_cast<std::size_t>(r)] > c) {
          attribution = speaker;
          return Modality::Reported;
        }
    }
    // What a speaker says in quotation marks is the speaker's claim.
    if (g >= 0)
      for (const auto& q : a_.quotations)
        if (group(g).span.begin >= q.begin && group(g).span.begin < q.end) {
          attribution = q.speaker;
          return Modality::Reported;
        }
    int reporter = reporting_governor(g);
    if (reporter >= 0) {
      const auto& subjects = reading_.subjects[static_cast<std::size_t>(reporter)];
      if (!subjects.empty()) attribution = subjects.front();
      return Modality::Reported;
    }
    if (a_.attribution >= 0) return Modality::Reported;
    if (g >= 0 && group(g).conditional) return Modality::Conditional;
    return Modality::Asserted;
  }

  // The reporting verb whose "que" clause holds verb group g ("X estime que ...").
  int reporting_governor(int g) const {
    if (g < 0) return -1;
    int c = chunk_of_group_[static_cast<std::size_t>(g)];
    for (int k = c - 1; k >= 0; --k) {
      if (is(k, ChunkKind::Subordinator)) {
        std::string l = lower(token_of_chunk(k));
        if (l != "que" && l != "qu'" && l != "qu’") return -1;
        int v = skip_adverbs_left(k - 1);
        if (is(v, ChunkKind::Verb) && is_reporting_verb(group(chunk(v).index).lemma))
          return chunk(v).index;
        return -1;
      }
      if (is(k, ChunkKind::Colon) || is(k, ChunkKind::OpenQuote)) return -1;
    }
    return -1;
  }

  void emit(int subject, int g, int object, std::string relation, std::string lemma,
            bool negated, double confidence, const char* rule) {
    if (subject < 0 || object < 0 || subject == object) return;
    Predication p;
    p.subject = subject;
    p.object = object;
    p.group = g;
    p.relation = std::move(relation);
    p.lemma = std::move(lemma);
    p.negated = negated || mention(object).negative;
    p.modality = modality_for(g, p.attribution);
    if (p.attribution == subject || p.attribution == object) {
      p.attribution = -1;
      if (p.modality == Modality::Reported && a_.attribution < 0)
        p.modality = g >= 0 && group(g).conditional ? Modality::Conditional : Modality::Asserted;
    }
    p.confidence = confidence;
    p.rule = rule;
    reading_.predications.push_back(std::move(p));
  }

  // The words of an object that belong in the relation of a prepositional complement
  // ("a ouvert une enquête contre"): short concept phrases only.
  std::string object_words(int m) const {
    const Mention& x = mention(m);
    if (x.kind != MentionKind::Concept && x.kind != MentionKind::Description) return {};
    if (x.span.size() > 4) return {};
    return x.text;
  }

  void read_group(int g) {
    const VerbGroup& vg = group(g);
    std::vector<int> subjects = reading_.subjects[static_cast<std::size_t>(g)];
    std::string text = relation_text(*a_.sentence, vg);
    if (vg.lemma == "avoir" && vg.object_clitic < 0) {
      // "il y a" is existential; it links no participants.
      for (int t = vg.span.begin; t < vg.span.end; ++t)
        if (lower(a_.token(t)) == "y") return;
    }
    Complements comp = complements_of(g);
    if (!comp.idiom.empty()) text += " " + comp.idiom;
    bool passive = vg.passive && !ellipsis_.count(g);
    double base = 0.75;
    const char* rule = "clause";
    switch (vg.form) {
      case VerbForm::Finite: break;
      case VerbForm::Gerund: base = 0.6; rule = "gerund"; break;
      case VerbForm::PresentParticiple: base = 0.6; rule = "participle"; break;
      case VerbForm::PastParticiple: base = 0.7; rule = ellipsis_.count(g) ? "ellipsis" : "participle"; break;
      case VerbForm::Infinitive: base = 0.55; rule = "infinitive"; break;
    }
    if (vg.copula) {
      read_copula(g, subjects, comp);
      // "X reste une énigme", "X devient une université": copular verbs other than être
      // state what the subject is or becomes.
      if (vg.lemma != "être" && comp.object_chunk >= 0) {
        int attribute = chunk(comp.object_chunk).index;
        for (int s : subjects)
          if (mention(attribute).kind != MentionKind::Pronoun)
            emit(s, g, attribute, text, vg.lemma, vg.negated, base - 0.1, "copula");
      }
      return;
    }
    if (passive) {
      // The agent does the act; the grammatical subject (or the participle's noun)
      // undergoes it.
      for (int agent : comp.agents)
        for (int patient : subjects) {
          std::size_t before = reading_.predications.size();
          emit(agent, g, patient, text + " par", vg.lemma, vg.negated, base, "passive");
          if (reading_.predications.size() == before) continue;
          // Each of coordinated agents does the act on its own: "par les fonds X et Y" ->
          // "X détient", "Y détient".
          bool conjunct = mention(agent).coordinated >= 0;
          for (const Mention& other : a_.mentions)
            if (other.coordinated == agent) conjunct = true;
          std::vector<RelationWord> active = active_voice(
              *a_.sentence, vg, conjunct ? 's' : mention(agent).number, mention(agent).person);
          if (active.empty()) continue;
          std::istringstream idiom(comp.idiom);
          for (std::string word; idiom >> word;) active.push_back({word, false});
          reading_.predications.back().active = std::move(active);
        }
      for (auto [prep, m] : comp.obliques)
        for (int patient : subjects)
          emit(patient, g, m, text + " " + a_.token(prep).form, vg.lemma, vg.negated, base - 0.15,
               "passive-oblique");
      return;
    }
    // Purpose infinitives ("pour transporter des astronautes vers X") borrow a subject that
    // need not do the act: their direct objects only.
    // (Not the cause after a verb that judges: "sanctionné X pour s'être entendu avec Y".)
    int governor = reading_.governor[static_cast<std::size_t>(g)];
    bool judged = vg.introducer == "pour" && governor >= 0 && is_judging_verb(group(governor).lemma);
    bool borrowed_subject = vg.form == VerbForm::Infinitive && vg.introducer != "de" &&
                            vg.introducer != "d'" && vg.introducer != "à" && !judged;
    // A subject the verb borrows from its clause (gerunds, detached participles,
    // infinitives) is less certain: it is kept only for names and what stands for them.
    bool controlled = vg.form == VerbForm::Gerund || vg.form == VerbForm::Infinitive ||
                      (vg.form == VerbForm::PresentParticiple && !adjacent_subject(g));
    std::size_t first_new = reading_.predications.size();
    for (int s : subjects) {
      if (controlled && mention(s).kind == MentionKind::Concept) continue;
      for (int o : comp.objects) {
        emit(s, g, o, text, vg.lemma, vg.negated, base, rule);
        // "a annoncé le rachat des Laiteries", "a finalisé l'acquisition de Maison
        // Verlaine": an act named by a noun relates the subject to what it acts on.
        int target = mention(o).complement;
        if (target >= 0 && is_action_noun(o) && is_participant(target) &&
            mention(target).kind != MentionKind::Pronoun)
          emit(s, g, target, text + " " + nominal_words(o) + " de",
               a_.token(mention(o).head).lemma, vg.negated, base - 0.15, "nominal");
      }
      if (borrowed_subject) continue;
      for (int m : comp.dative) emit(s, g, m, text + " à", vg.lemma, vg.negated, base - 0.15, "dative");
      for (auto [prep, m] : comp.obliques) {
        std::string words = text;
        // Adverbs right after the verb belong to the predicate before a preposition:
        // "met fin à", "a affaire à".
        int c = chunk_of_group_[static_cast<std::size_t>(g)];
        for (int k = c + 1; is(k, ChunkKind::Adverb) && chunk(k).span.begin < prep; ++k) {
          const Token& adv = token_of_chunk(k);
          if (!is_negation_adverb(adv.lemma)) words += " " + adv.form;
        }
        if (comp.object_chunk >= 0 && !comp.objects.empty()) {
          std::string ow = object_words(comp.objects.front());
          if (!ow.empty()) words += " " + ow;
        }
        words += " " + a_.token(prep).form;
        emit(s, g, m, words, vg.lemma, vg.negated, base - 0.15, "oblique");
        // "X a fondé Y avec Z": Z did it too.
        bool agent_like = !mention(m).type || *mention(m).type == EntityType::Person ||
                          *mention(m).type == EntityType::Organization;
        if (lower(a_.token(prep)) == "avec" && mention(m).kind == MentionKind::Name && agent_like &&
            mention(s).kind != MentionKind::Concept)
          for (int o : comp.objects) emit(m, g, o, text, vg.lemma, vg.negated, base - 0.1, "comitative");
      }
    }
    if (controlled) mark_controlled(first_new);
  }

  // Marks the predications from `first` on as read with a borrowed subject.
  void mark_controlled(std::size_t first) {
    for (std::size_t i = first; i < reading_.predications.size(); ++i)
      reading_.predications[i].controlled = true;
  }

  // A present participle right after its noun ("un vélo intégrant une batterie").
  bool adjacent_subject(int g) const {
    int c = chunk_of_group_[static_cast<std::size_t>(g)];
    int k = skip_adverbs_left(c - 1);
    return is(k, ChunkKind::Mention);
  }

  // "X est le patron d'Y", "X est devenu président de Y": a role between X and Y.
  void read_copula(int g, const std::vector<int>& subjects, const Complements& comp) {
    if (comp.object_chunk < 0) return;
    int b = chunk(comp.object_chunk).index;
    const Mention& role = mention(b);
    if (role.kind == MentionKind::Name || role.complement < 0 || role.head < 0) return;
    const Token& head = a_.token(role.head);
    if (!is_role_noun(head.lemma)) return;
    std::string text = relation_text(*a_.sentence, group(g)) + " " + role.text + " de";
    for (int s : subjects)
      emit(s, g, role.complement, text, head.lemma, group(g).negated, 0.7, "copula-role");
  }

  // "Gwynne Shotwell, présidente de SpaceX," and "le patron d'Apple, Tim Cook,": an
  // apposed role noun with its complement states a relation.
  void read_appositions() {
    for (int k = 0; k + 2 < chunk_count(); ++k) {
      if (!is(k, ChunkKind::Mention)) continue;
      // "la nouvelle entité, baptisée Alliance Grand Est": a naming participle gives the
      // description its name.
      {
        int v = is(k + 1, ChunkKind::Comma) ? k + 2 : k + 1;
        static const std::set<std::string, std::less<>> kNaming = {
            "baptiser", "rebaptiser", "dénommer", "surnommer", "appeler", "renommer"};
        if (is(v, ChunkKind::Verb) && is(v + 1, ChunkKind::Mention)) {
          const VerbGroup& naming = group(chunk(v).index);
          Mention& described = a_.mentions[static_cast<std::size_t>(chunk(k).index)];
          const Mention& name = mention(chunk(v + 1).index);
          if (naming.form == VerbForm::PastParticiple && kNaming.count(naming.lemma) &&
              name.kind == MentionKind::Name && described.kind != MentionKind::Name &&
              described.kind != MentionKind::Pronoun && described.apposed_name < 0 &&
              (!described.number || !name.number || described.number == name.number))
            described.apposed_name = chunk(v + 1).index;
        }
      }
      // "l'Autorité de contrôle prudentiel et de résolution (ACPR)": an acronym in brackets
      // after a name is another name of it.
      if (is(k + 1, ChunkKind::OpenParen) && is(k + 2, ChunkKind::Mention) &&
          is(k + 3, ChunkKind::CloseParen)) {
        const Mention& full = mention(chunk(k).index);
        Mention& acronym = a_.mentions[static_cast<std::size_t>(chunk(k + 2).index)];
        // (Acronyms are not always in capitals: "(Finma)", "(Insee)".)
        // (After a person's name the acronym is a party or an employer: "Gérard Blanchon
        // (LR)".)
        if (full.kind == MentionKind::Name && acronym.kind == MentionKind::Name &&
            acronym.name.size() == 1 && starts_upper(a_.token(acronym.name.begin).form) &&
            full.name.size() > 1 && full.type != EntityType::Person)
          acronym.apposed_name = chunk(k).index;
        continue;
      }
      // Names in quotes on either side: "« La Maison des sables », un roman", "son album,
      // « Marée basse »,".
      int comma = is(k + 1, ChunkKind::CloseQuote) ? k + 2 : k + 1;
      if (!is(comma, ChunkKind::Comma)) continue;
      int kb = comma + 1;
      int kb_end = kb;  // the chunk that ends b (its closing quote)
      if (is(kb, ChunkKind::OpenQuote) && is(kb + 1, ChunkKind::Mention) &&
          is(kb + 2, ChunkKind::CloseQuote)) {
        kb = kb + 1;
        kb_end = kb + 1;
      }
      if (!is(kb, ChunkKind::Mention)) continue;
      int a = chunk(k).index, b = chunk(kb).index;
      // "Lucas Vermeulen, 23 ans, vainqueur de ...": the age is passed over.
      if (is_amount(a) && is(k - 1, ChunkKind::Comma) && is(k - 2, ChunkKind::Mention) &&
          mention(chunk(k - 2).index).kind == MentionKind::Name)
        a = chunk(k - 2).index;
      const Mention& ma = mention(a);
      const Mention& mb = mention(b);
      int after_b = kb_end + 1;
      // "Karim Benali, délégué syndical CGT,": a role in the organisation the acronym names.
      if (ma.kind == MentionKind::Name && mb.kind == MentionKind::Name && mb.role_in_name &&
          closes_apposition(kb_end)) {
        std::string words;
        for (int t = mb.span.begin; t < mb.name.begin; ++t) {
          const Token& w = a_.token(t);
          if (w.is(Upos::Det) && t == mb.span.begin) continue;
          if (!words.empty()) words += ' ';
          words += w.form;
        }
        int head = mb.span.begin;
        while (head < mb.name.begin && a_.token(head).is(Upos::Det)) ++head;
        emit(a, -1, b, words, a_.token(head).lemma, false, 0.7, "apposition");
        continue;
      }
      // Name, role-of-Y. After a preposition only a person's role is apposed to the name
      // ("le procès de Marc Delaunay, ancien PDG de Bâtiplus"; "par X, le PDG de Y").
      if (ma.kind == MentionKind::Name && mb.kind != MentionKind::Name &&
          mb.kind != MentionKind::Pronoun && mb.complement >= 0 && closes_apposition(kb_end) &&
          (!is(k - 1, ChunkKind::Preposition) || (is_person_role(b) && person_like(a)))) {
        a_.mentions[static_cast<std::size_t>(b)].apposed_name = a;
        role_relation(a, b, "apposition");
        continue;
      }
      // "Christian Bouvier, son président, ...": a role of the possessive's owner.
      if (ma.kind == MentionKind::Name && mb.kind == MentionKind::Description &&
          (mb.determiner == "son" || mb.determiner == "leur") && mb.complement < 0 &&
          mb.head >= 0 && is_role_noun(a_.token(mb.head).lemma) && closes_apposition(kb_end)) {
        a_.mentions[static_cast<std::size_t>(b)].apposed_name = a;
        Predication p;
        p.subject = a;
        p.object = b;
        p.object_is_owner = true;
        p.relation = role_words(mb) + " de";
        p.lemma = a_.token(mb.head).lemma;
        p.modality = a_.attribution >= 0 ? Modality::Reported : Modality::Asserted;
        p.attribution = a_.attribution;
        p.confidence = 0.6;
        p.rule = "possessive-role";
        reading_.predications.push_back(std::move(p));
        continue;
      }
      // Name, a describing noun: "« La Maison des sables », un roman qui retrace ...",
      // "Nordvik, le groupe suédois,": the description is the name's entity.
      // (Not after a participle phrase opening the sentence: in "Fondée par la famille X,
      // l'entreprise ..." the description is the subject the phrase describes.)
      bool closes_opener = is(0, ChunkKind::Verb) &&
                           group(chunk(0).index).form != VerbForm::Finite &&
                           first_comma() == k + 1;
      if (!closes_opener && ma.kind == MentionKind::Name && (mb.kind == MentionKind::Concept ||
                                           mb.kind == MentionKind::Description) &&
          mb.head >= 0 && mb.complement < 0 && mb.determiner != "son" && mb.determiner != "leur" &&
          descriptor_type(a_.token(mb.head).lemma) &&
          (is(after_b, ChunkKind::Relative) || is(after_b, ChunkKind::Comma) ||
           after_b >= chunk_count() ||
           // "Cliqo, le réseau social lyonnais fondé en 2016 par X"
           (is(after_b, ChunkKind::Verb) && group(chunk(after_b).index).form != VerbForm::Finite) ||
           (is(after_b, ChunkKind::Other) && token_of_chunk(after_b).is(Upos::Punct)))) {
        a_.mentions[static_cast<std::size_t>(b)].apposed_name = a;
        continue;
      }
      // role-of-Y, Name: "le patron d'Apple, Tim Cook", "la commissaire à la Concurrence,
      // Ingrid Halvorsen", "son avocate, Me Julie Caron" — the role phrase, with the
      // complements it heads, is the same entity as the name.
      bool apposed_then_coordinated = is(kb_end + 1, ChunkKind::Comma) &&
                                      is(kb_end + 2, ChunkKind::Coordinator);
      if (mb.kind == MentionKind::Name && (mb.coordinated < 0 || apposed_then_coordinated) &&
          closes_apposition(kb_end)) {
        // "la vice-présidente chargée des finances, Anne-Laure Guérin": a participle with its
        // complement completes the role.
        // (Not an agent's: in "l'étude réalisée par l'exploitant, la société X" the name is
        // the agent's.)
        int last = k;
        if (is(k - 1, ChunkKind::Verb) && group(chunk(k - 1).index).form == VerbForm::PastParticiple &&
            is(k - 2, ChunkKind::Mention))
          last = k - 2;
        else if (is(k - 1, ChunkKind::Preposition) && lower(token_of_chunk(k - 1)) != "par" &&
                 is(k - 2, ChunkKind::Verb) &&
                 group(chunk(k - 2).index).form == VerbForm::PastParticiple && is(k - 3, ChunkKind::Mention))
          last = k - 3;
        int head = head_of_modifier_chain(last);
        // The role is the chain's head when it is a person's ("la mère de la victime,
        // Sylvie Tessier"), else its nearest person's noun: "le départ de sa directrice
        // générale, Béatrice Aubineau" is about the directrice.
        auto person_noun = [&](int q) {
          const Mention& qm = mention(chunk(q).index);
          return qm.kind != MentionKind::Name && qm.kind != MentionKind::Pronoun && qm.head >= 0 &&
                 is_role_noun(a_.token(qm.head).lemma) &&
                 descriptor_type(a_.token(qm.head).lemma) == EntityType::Person;
        };
        bool head_is_person = is(head, ChunkKind::Mention) && person_noun(head);
        for (int q = last; !head_is_person && q > head && is(q, ChunkKind::Mention); q -= 2) {
          const Mention& qm = mention(chunk(q).index);
          if (qm.kind != MentionKind::Name && qm.kind != MentionKind::Pronoun && qm.head >= 0 &&
              is_role_noun(a_.token(qm.head).lemma) &&
              descriptor_type(a_.token(qm.head).lemma) == EntityType::Person) {
            head = q;
            break;
          }
          if (!is(q - 1, ChunkKind::Preposition)) break;
        }
        if (!is(head, ChunkKind::Mention)) continue;
        int role = chunk(head).index;
        Mention& rm = a_.mentions[static_cast<std::size_t>(role)];
        if (rm.kind == MentionKind::Name || rm.kind == MentionKind::Pronoun || rm.head < 0) continue;
        if (rm.number == 'p') continue;
        const std::string& noun = a_.token(rm.head).lemma;
        bool describes = is_role_noun(noun) || descriptor_type(noun) == EntityType::Person ||
                         ((head != k || kb_end != kb) && descriptor_type(noun).has_value());
        // A description set between commas before a name is that name: "son concepteur,
        // Orbivue,", "l'exploitant, la société Normandie GNL,". Possessive descriptions,
        // agent nouns ("-eur", "-ant", "-aire") and names with a describing noun of their own
        // are sure enough.
        if (!describes && head == k && kb_end == kb && is(kb + 1, ChunkKind::Comma) &&
            rm.complement < 0) {
          bool possessive = rm.determiner == "son" || rm.determiner == "leur";
          bool definite = rm.determiner == "le";
          bool named_with_noun = mb.name.begin > mb.span.begin + 1;
          bool person_noun_for_organisation =
              descriptor_type(noun) == EntityType::Person && mb.type &&
              *mb.type != EntityType::Person;
          describes = !person_noun_for_organisation &&
                      (possessive || (definite && (is_agent_noun(noun) || named_with_noun)));
        }
        if (last != k && !is_role_noun(noun)) continue;
        if (!describes) continue;
        rm.apposed_name = b;
        if (rm.complement >= 0) role_relation(b, role, "apposition");
        // "Sa directrice des opérations, Mariam Touré": also a role of the owner.
        bool concept_complement =
            rm.complement < 0 || mention(rm.complement).kind == MentionKind::Concept ||
            mention(rm.complement).kind == MentionKind::Description;
        if (concept_complement && (rm.determiner == "son" || rm.determiner == "leur") &&
            is_role_noun(noun)) {
          // "son directeur, Pascal Guérin": a role of the possessive's owner.
          Predication p;
          p.subject = b;
          p.object = role;
          p.object_is_owner = true;
          p.relation = role_words(rm) + " de";
          p.lemma = noun;
          p.modality = a_.attribution >= 0 ? Modality::Reported : Modality::Asserted;
          p.attribution = a_.attribution;
          p.confidence = 0.6;
          p.rule = "possessive-role";
          reading_.predications.push_back(std::move(p));
        }
      }
    }
  }

  // "près de", "plus de", "environ": a preposition that only approximates an amount.
  bool is_approximation(int k) const {
    if (!is(k, ChunkKind::Preposition)) return false;
    std::string p;
    for (int t = chunk(k).span.begin; t < chunk(k).span.end; ++t) p += lower(a_.token(t)) + " ";
    return p == "près de " || p == "près d' " || p == "près d’ " ||
           (is(k - 1, ChunkKind::Adverb) &&
            (lower(token_of_chunk(k - 1)) == "plus" || lower(token_of_chunk(k - 1)) == "moins"));
  }

  // A name that may be a person's: typed so, or a proper noun the text did not type.
  bool person_like(int m) const {
    const Mention& x = mention(m);
    if (x.kind != MentionKind::Name || x.name.empty()) return false;
    if (x.type) return *x.type == EntityType::Person;
    return a_.token(x.name.begin).is(Upos::Propn);
  }

  // A noun that names an act on something: "le rachat de", "l'acquisition de", "le
  // lancement de", "la fermeture de", "l'arrivée de".
  bool is_action_noun(int m) const {
    const Mention& x = mention(m);
    if (x.head < 0 || x.kind == MentionKind::Name || x.kind == MentionKind::Pronoun) return false;
    std::string noun = to_lower(a_.token(x.head).lemma);
    static const std::set<std::string, std::less<>> kActs = {
        "rachat", "achat", "vente", "cession", "arrivée", "départ", "retour", "report",
        "abandon", "retrait", "recrutement", "transfert", "rachats", "prise", "rejet",
        "soutien", "financement", "lancement", "projet de rachat", "offre", "renvoi", "limogeage",
        "sauvetage", "démantèlement", "rapprochement"};
    if (kActs.count(noun)) return true;
    if (is_time_or_measure_noun(noun) || descriptor_type(noun)) return false;
    // Nouns with the endings of acts that name states, places and things.
    static const std::set<std::string, std::less<>> kNotActs = {
        "situation", "position",   "condition", "population", "nation",    "attention",
        "question",  "direction",  "relation",  "génération", "station",   "section",
        "portion",   "proportion", "mention",   "tradition",  "ambition",  "intention",
        "gouvernement", "parlement", "département", "appartement", "bâtiment", "document",
        "moment",    "élément",    "argument",  "instrument", "monument",  "segment",
        "sentiment", "équipement", "structure", "culture",    "nature",    "voiture",
        "procédure", "figure",     "mesure",    "village",    "message",   "personnage",
        "paysage",   "avantage",   "héritage",  "patrimoine"};
    if (kNotActs.count(noun)) return false;
    for (const char* ending : {"tion", "sion", "ment", "ure", "age"})
      if (ends_with(noun, ending) && char_count(noun) > 6) return true;
    return false;
  }

  // An object's words up to its "de" complement, without the determiner kept by the verb:
  // "le rachat", "l'acquisition".
  std::string nominal_words(int m) const {
    const Mention& x = mention(m);
    std::string words;
    for (int t = x.span.begin; t < x.span.end; ++t) {
      const Token& w = a_.token(t);
      if (!words.empty() && !ends_with(words, "'") && !ends_with(words, "’")) words += ' ';
      words += w.form;
    }
    return words;
  }

  // A person's role noun: "le PDG de Y", "ancien directeur de Y".
  bool is_person_role(int m) const {
    const Mention& x = mention(m);
    if (x.head < 0) return false;
    const std::string& noun = a_.token(x.head).lemma;
    return is_role_noun(noun) && descriptor_type(noun) == EntityType::Person;
  }

  // The head of "N1 P N2 P N3" when chunk k is its last noun, across any preposition: "la
  // commissaire à la Concurrence", "le directeur du musée". Stops at a noun the chain
  // does not complete (a verb's complement before it).
  int head_of_modifier_chain(int k) const {
    // "le ministre de l'Économie et de l'Énergie": back over coordinated complements.
    while (k >= 4 && is(k - 1, ChunkKind::Preposition) && is(k - 2, ChunkKind::Coordinator) &&
           is(k - 3, ChunkKind::Mention) && is(k - 4, ChunkKind::Preposition))
      k -= 3;
    while (k >= 2 && is(k - 1, ChunkKind::Preposition) && is(k - 2, ChunkKind::Mention)) {
      const Mention& before = mention(chunk(k - 2).index);
      if (before.kind == MentionKind::Name || before.kind == MentionKind::Pronoun) break;
      if (is_date(chunk(k - 2).index)) break;
      // Prepositions that complete nouns; "par", "dans", "pendant" complete verbs.
      std::string p = lower(token_of_chunk(k - 1));
      if (!is_de(token_of_chunk(k - 1)) && p != "à" && p != "pour" && p != "chez") break;
      k -= 2;
    }
    return k;
  }

  // The role's words without its determiner: "présidente", "directeur général".
  std::string role_words(const Mention& role) const {
    std::string words;
    for (int t = role.span.begin; t < role.span.end; ++t) {
      const Token& w = a_.token(t);
      if (w.is(Upos::Det) && t == role.span.begin) continue;
      if (!words.empty() && !ends_with(words, "'")) words += ' ';
      words += w.form;
    }
    return words;
  }

  // After an apposed phrase (and its complements) comes a comma, a verb or the end.
  bool closes_apposition(int k) const {
    int q = k + 1;
    // "Jean-Paul Rioux (divers droite),": a bracket after the name is passed over.
    if (is(q, ChunkKind::OpenParen)) {
      while (q < chunk_count() && !is(q, ChunkKind::CloseParen)) ++q;
      ++q;
    }
    while (true) {
      if (is(q, ChunkKind::Preposition) && is(q + 1, ChunkKind::Mention)) {
        q += 2;
      } else if (is(q, ChunkKind::Preposition) && is(q + 1, ChunkKind::Other) &&
                 token_of_chunk(q + 1).is(Upos::Num)) {
        q += 2;  // "directrice générale d'Aerovia depuis 2022,"
      } else {
        break;
      }
    }
    while (is(q, ChunkKind::Adverb)) ++q;
    if (q >= chunk_count()) return true;
    ChunkKind kind = chunk(q).kind;
    return kind == ChunkKind::Comma || kind == ChunkKind::Verb || kind == ChunkKind::Other ||
           kind == ChunkKind::CloseParen || kind == ChunkKind::Colon;
  }

  void role_relation(int entity, int role_mention, const char* rule) {
    const Mention& role = mention(role_mention);
    if (role.head < 0 || role.complement < 0) return;
    const Token& head = a_.token(role.head);
    bool role_noun = is_role_noun(head.lemma) || descriptor_type(head.lemma).has_value();
    if (!role_noun) return;
    int target = role.complement;
    if (mention(target).kind == MentionKind::Concept && !is_role_noun(head.lemma)) return;
    // "secrétaire d'État", "ministre d'État": a title, not a role in the State.
    const Mention& t = mention(target);
    if (t.determiner.empty() && t.span.size() == 1 && a_.token(t.span.begin).form == "État")
      return;
    emit(entity, -1, target, role_words(role) + " de", head.lemma, false, 0.7, rule);
  }

  // "la Coopérative du Haut-Poitou, dont le président, Jean-Michel Bonnin, avait ...":
  // "dont" makes the antecedent the owner of the role named after it.
  void read_dont_roles() {
    for (int k = 1; k + 1 < chunk_count(); ++k) {
      if (!is(k, ChunkKind::Relative) || lower(token_of_chunk(k)) != "dont") continue;
      if (!is(k + 1, ChunkKind::Mention)) continue;
      int ante = antecedent_of_relative(k);
      if (ante < 0 || !is_participant(ante)) continue;
      Mention& role = a_.mentions[static_cast<std::size_t>(chunk(k + 1).index)];
      int holder = -1;
      std::string noun;
      if (role.kind == MentionKind::Description && role.complement < 0 && role.head >= 0 &&
          role.number != 'p' && is(k + 2, ChunkKind::Comma) && is(k + 3, ChunkKind::Mention) &&
          mention(chunk(k + 3).index).kind == MentionKind::Name && is(k + 4, ChunkKind::Comma)) {
        // "dont le président, Jean-Michel Bonnin,"
        noun = a_.token(role.head).lemma;
        holder = chunk(k + 3).index;
        if (!is_role_noun(noun)) continue;
        if (role.apposed_name < 0) role.apposed_name = holder;
      } else if (role.kind == MentionKind::Name && !role.descriptor.empty() &&
                 is_role_noun(role.descriptor)) {
        // "dont le président Jean-Michel Bonnin"
        noun = role.descriptor;
        holder = chunk(k + 1).index;
      }
      if (holder < 0) continue;
      const Mention& hm = mention(holder);
      if (hm.type && *hm.type != EntityType::Person) continue;
      std::string words = role.kind == MentionKind::Name ? role.descriptor : role_words(role);
      emit(holder, -1, ante, words + " de", noun, false, 0.65, "dont-role");
    }
  }

  // "son dirigeant Karim Benali", "le PDG Karim Benali": a role noun before a name, with a
  // possessive owner, relates the name to the owner (resolved by coreference).
  void read_descriptor_roles() {
    for (std::size_t m = 0; m < a_.mentions.size(); ++m) {
      const Mention& x = a_.mentions[m];
      if (x.kind != MentionKind::Name || x.descriptor.empty()) continue;
      if (!is_role_noun(x.descriptor)) continue;
      if (x.determiner == "son" || x.determiner == "leur") {
        Predication p;
        p.subject = static_cast<int>(m);
        p.object = static_cast<int>(m);
        p.object_is_owner = true;
        p.relation = x.descriptor + " de";
        p.lemma = x.descriptor;
        p.modality = a_.attribution >= 0 ? Modality::Reported : Modality::Asserted;
        p.attribution = a_.attribution;
        p.confidence = 0.6;
        p.rule = "possessive-role";
        reading_.predications.push_back(std::move(p));
      }
    }
  }

  // "Partenaire historique du festival depuis 2011, le groupe Girardon a annoncé ...": a
  // role without article opening the sentence is the subject's.
  void read_fronted_roles() {
    if (!is(0, ChunkKind::Mention)) return;
    const Mention& role = mention(chunk(0).index);
    if (role.kind != MentionKind::Concept || !role.determiner.empty() || role.complement < 0 ||
        role.head < 0 || !is_role_noun(a_.token(role.head).lemma))
      return;
    int k = 1;
    while (k < chunk_count() && !is(k, ChunkKind::Comma) && !is(k, ChunkKind::Verb)) ++k;
    if (!is(k, ChunkKind::Comma) || !is(k + 1, ChunkKind::Mention) || !starts_clause(k + 1)) return;
    int governor = next_finite(k);
    if (governor < 0) return;
    for (int s : reading_.subjects[static_cast<std::size_t>(governor)])
      role_relation(s, chunk(0).index, "fronted-role");
  }

  // "Alpina Air et Skylane fusionnent", "X et Y ont annoncé leur rapprochement": what two
  // do together relates them.
  void read_reciprocals() {
    static const std::set<std::string, std::less<>> kVerbs = {
        "fusionner", "s'allier", "allier", "s'associer", "associer", "rapprocher", "unir",
        "s'unir", "coopérer", "collaborer", "s'affronter", "affronter", "se rencontrer",
        "rencontrer", "s'entendre", "divorcer", "se marier", "marier", "négocier", "s'opposer",
        "rompre", "se séparer", "séparer", "s'accorder"};
    static const std::set<std::string, std::less<>> kNouns = {
        "rapprochement", "fusion", "alliance", "mariage", "partenariat", "union", "accord",
        "association", "coopération", "collaboration", "divorce", "séparation", "rupture",
        "entente", "rencontre", "négociation", "négociations", "coentreprise"};
    for (std::size_t g = 0; g < a_.verb_groups.size(); ++g) {
      const auto& subjects = reading_.subjects[g];
      if (subjects.size() < 2) continue;
      const VerbGroup& vg = a_.verb_groups[g];
      std::vector<int> names;
      for (int s : subjects)
        if (mention(s).kind == MentionKind::Name) names.push_back(s);
      if (names.size() < 2) continue;
      std::string text = relation_text(*a_.sentence, vg);
      std::string lemma = vg.lemma;
      bool reciprocal = kVerbs.count(vg.lemma) > 0 && !vg.passive;
      int c = chunk_of_group_[g];
      int k = skip_adverbs_right(c + 1);
      while (is(k, ChunkKind::Mention) && is_date(chunk(k).index)) k = skip_adverbs_right(k + 1);
      if (reciprocal && is(k, ChunkKind::Mention) && mention(chunk(k).index).kind != MentionKind::Pronoun)
        reciprocal = false;  // "rencontrer X": not each other
      if (!reciprocal && is(k, ChunkKind::Mention)) {
        const Mention& o = mention(chunk(k).index);
        if (o.determiner == "leur" && o.head >= 0 && kNouns.count(to_lower(a_.token(o.head).lemma))) {
          reciprocal = true;
          text += " " + o.text + " avec";
          lemma = a_.token(o.head).lemma;
        }
      }
      if (!reciprocal) continue;
      for (std::size_t i = 0; i + 1 < names.size(); ++i)
        emit(names[i], static_cast<int>(g), names[i + 1], text, lemma, vg.negated, 0.6, "reciprocal");
    }
  }

  // "une absorption de Skylane par Alpina Air", "le rachat de X par Y": the agent of an act
  // named by a noun does it to the noun's complement.
  void read_nominal_agents() {
    for (int k = 0; k + 4 < chunk_count(); ++k) {
      if (!is(k, ChunkKind::Mention) || !is(k + 1, ChunkKind::Preposition) ||
          !is_de(token_of_chunk(k + 1)) || !is(k + 2, ChunkKind::Mention) ||
          !is(k + 3, ChunkKind::Preposition) || lower(token_of_chunk(k + 3)) != "par" ||
          !is(k + 4, ChunkKind::Mention))
        continue;
      int act = chunk(k).index, patient = chunk(k + 2).index, agent = chunk(k + 4).index;
      if (!is_action_noun(act) || mention(agent).kind == MentionKind::Concept ||
          mention(patient).kind == MentionKind::Pronoun)
        continue;
      std::string words;
      for (int t = mention(act).span.begin; t < mention(act).span.end; ++t) {
        const Token& w = a_.token(t);
        if (w.is(Upos::Det) && t == mention(act).span.begin) continue;
        if (!words.empty()) words += ' ';
        words += w.form;
      }
      emit(agent, -1, patient, words + " de", a_.token(mention(act).head).lemma, false, 0.6,
           "nominal-agent");
    }
  }

  // "X, en tant que cofondateur de Y, ...": the capacity in which the clause's subject acts
  // is a role it holds.
  void read_capacity_roles() {
    for (int k = 0; k + 1 < chunk_count(); ++k) {
      if (!is(k, ChunkKind::Adverb) && !is(k, ChunkKind::Subordinator)) continue;
      std::string words;
      for (int t = chunk(k).span.begin; t < chunk(k).span.end; ++t)
        words += (words.empty() ? "" : " ") + lower(a_.token(t));
      if (words != "en tant que" && words != "en qualité de") continue;
      if (!is(k + 1, ChunkKind::Mention)) continue;
      int role = chunk(k + 1).index;
      if (mention(role).complement < 0 || mention(role).kind == MentionKind::Name) continue;
      // Whose capacity: the name just before ("Musk, en tant que ..."), else the subject
      // of the clause.
      std::vector<int> holders;
      int before = skip_adverbs_left(k - 1);
      if (is(before, ChunkKind::Comma)) before = skip_adverbs_left(before - 1);
      if (is(before, ChunkKind::Mention) && mention(chunk(before).index).kind == MentionKind::Name &&
          !is(before - 1, ChunkKind::Preposition)) {
        holders.push_back(chunk(before).index);
      } else {
        int governor = previous_finite(k);
        if (governor < 0) governor = next_finite(k);
        if (governor >= 0) holders = reading_.subjects[static_cast<std::size_t>(governor)];
      }
      for (int h : holders) role_relation(h, role, "capacity");
    }
  }

  // "X ne cache pas son inquiétude : « Sans ce partenaire, nous devrons ... »": a
  // quotation after a colon is spoken by the subject of the clause before it; one before
  // a reporting incise by the incise's subject.
  void find_quotation_speakers() {
    for (int k = 0; k < chunk_count(); ++k) {
      if (!is(k, ChunkKind::OpenQuote)) continue;
      int close = k + 1;
      while (close < chunk_count() && !is(close, ChunkKind::CloseQuote)) ++close;
      SentenceAnalysis::Quotation q;
      q.begin = chunk(k).span.begin;
      q.end = close < chunk_count() ? chunk(close).span.begin : a_.token_count();
      if (is(k - 1, ChunkKind::Colon)) {
        int before = previous_finite(k);
        if (before >= 0 && !reading_.subjects[static_cast<std::size_t>(before)].empty())
          q.speaker = reading_.subjects[static_cast<std::size_t>(before)].front();
      }
      for (auto [g, speaker] : incise_subject_)
        if (chunk_of_group_[static_cast<std::size_t>(g)] > close && q.speaker < 0) q.speaker = speaker;
      if (q.speaker >= 0) a_.quotations.push_back(q);
    }
  }

  // "Selon X, ...": every claim of the sentence is X's.
  void find_attribution() {
    for (int k = 0; k + 1 < chunk_count(); ++k) {
      std::string p = is(k, ChunkKind::Preposition) ? lower(token_of_chunk(k)) : "";
      if (!p.empty() && chunk(k).span.size() > 1) {  // "d'après" is one chunk of two words
        p.clear();
        for (int t = chunk(k).span.begin; t < chunk(k).span.end; ++t) p += lower(a_.token(t));
      }
      if ((p == "selon" || p == "d'après" || p == "d’après") &&
          is(k + 1, ChunkKind::Mention) &&
          mention(chunk(k + 1).index).kind != MentionKind::Concept) {
        a_.attribution = chunk(k + 1).index;
        return;
      }
    }
  }

  SentenceAnalysis& a_;
  ClauseReading reading_;
  std::vector<int> chunk_of_group_;
  std::vector<int> chunk_of_mention_;
  std::vector<bool> subject_done_;
  std::map<int, int> relative_object_;
  std::set<int> ellipsis_;
  std::set<int> inverted_;  // verb groups whose subject follows them
  // Reporting incises ("..., a déclaré X"): verb group -> the speaker's mention. What the
  // sentence says before them is X's claim.
  std::map<int, int> incise_subject_;
  std::set<int> sharing_;   // verb groups borrowing the next verb's object (no loops)
};

}  // namespace

ClauseReading read_clauses(SentenceAnalysis& analysis) { return ClauseReader(analysis).read(); }

}  // namespace trame::internal
