#include "coreference.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <sstream>

#include "french_lexicon.h"
#include "text_util.h"

namespace trame::internal {
namespace {

std::vector<std::string> words_of(const std::string& name) {
  std::vector<std::string> out;
  std::istringstream in(name);
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

// Nouns that describe the same kind of thing: a company is "l'entreprise", "la société",
// "la firme" alike; a film director "le réalisateur" or "le cinéaste".
int synonym_class(std::string_view noun) {
  static const std::map<std::string, int, std::less<>> kClasses = [] {
    std::map<std::string, int, std::less<>> m;
    int next = 1;
    for (std::initializer_list<const char*> group : {
             std::initializer_list<const char*>{"entreprise", "société", "firme", "groupe",
                                                "compagnie", "multinationale", "industriel",
                                                "établissement"},
             {"start-up", "startup", "jeune pousse", "entreprise", "société", "pépite"},
             {"constructeur", "fabricant", "industriel"},
             {"studio", "label", "maison"},
             {"homme", "femme", "personne", "individu"},
             {"ville", "commune", "cité", "métropole", "capitale", "agglomération"},
             {"pays", "état", "nation"},
             {"club", "équipe", "formation"},
             {"organisation", "organisme", "association", "ong", "fondation"},
             {"application", "appli", "app", "logiciel", "outil", "plateforme", "service"},
             {"assistant", "chatbot", "robot", "ia", "modèle", "agent"},
             {"film", "long-métrage", "œuvre", "oeuvre", "long métrage"},
             {"livre", "roman", "ouvrage", "œuvre", "oeuvre", "récit"},
             {"réalisateur", "réalisatrice", "cinéaste", "metteur en scène"},
             {"patron", "patronne", "pdg", "dirigeant", "dirigeante", "président-directeur",
              "directeur général", "ceo", "boss", "chef d'entreprise"},
             {"milliardaire", "millionnaire", "homme d'affaires", "femme d'affaires",
              "entrepreneur", "entrepreneuse", "magnat", "investisseur", "fondateur",
              "fondatrice", "cofondateur", "cofondatrice"},
             {"écrivain", "écrivaine", "auteur", "autrice", "romancier", "romancière"},
             {"acteur", "actrice", "comédien", "comédienne", "star", "vedette"},
             {"chanteur", "chanteuse", "artiste", "musicien", "musicienne", "rappeur",
              "rappeuse"},
             {"joueur", "joueuse", "footballeur", "attaquant", "milieu", "défenseur",
              "capitaine", "international"},
             {"ministre", "secrétaire d'état", "membre du gouvernement"},
             {"élu", "élue", "maire", "édile", "député", "députée", "sénateur", "sénatrice",
              "conseiller municipal", "conseillère municipale", "parlementaire"},
             {"lauréat", "lauréate", "vainqueur", "gagnant", "gagnante", "champion",
              "championne"},
             {"journal", "quotidien", "hebdomadaire", "magazine", "média", "titre"}}) {
      for (const char* w : group) m.emplace(w, next);  // a word keeps its first class
      ++next;
    }
    return m;
  }();
  auto it = kClasses.find(to_lower(noun));
  return it == kClasses.end() ? 0 : it->second;
}

bool same_description(std::string_view a, std::string_view b) {
  if (to_lower(a) == to_lower(b)) return true;
  int ca = synonym_class(a), cb = synonym_class(b);
  return ca != 0 && ca == cb;
}

// Public institutions a definite description names by itself: "le tribunal", "le
// gouvernement", "le parquet" are rarely an organisation named before under another noun.
bool is_institution_noun(std::string_view noun) {
  static const std::set<std::string, std::less<>> kNouns = {
      "tribunal", "cour", "conseil", "parlement", "assemblée", "sénat", "gouvernement",
      "ministère", "mairie", "police", "gendarmerie", "armée", "justice", "préfecture",
      "parquet", "administration", "état", "région", "département", "jury", "présidence",
      "opposition", "majorité", "commission", "douane", "fisc", "hôpital", "université",
      "école", "exécutif", "municipalité", "comité", "direction", "bureau", "office",
      "chambre", "caisse", "musée", "clinique", "théâtre", "bibliothèque", "lycée", "collège",
      "centre", "conseil municipal", "conseil régional"};
  return kNouns.count(to_lower(noun)) > 0;
}

// The parts people play in a case or an event, rather than offices they hold.
bool is_case_role(std::string_view noun) {
  static const std::set<std::string, std::less<>> kNouns = {
      "prévenu", "prévenue", "accusé", "accusée", "victime", "suspect", "suspecte", "témoin",
      "plaignant", "plaignante", "otage", "détenu", "détenue", "patient", "patiente", "client",
      "cliente", "lauréat", "lauréate", "vainqueur", "gagnant", "gagnante"};
  return kNouns.count(to_lower(noun)) > 0;
}

// Kinds of organisations that one noun cannot take up for another: a company is not the
// union, the regulator, the newspaper or the club named before.
enum class OrgKind { None, Company, Union, Association, Public, Media, Sports, Party, School, Health, Culture };

OrgKind org_kind(std::string_view noun) {
  static const std::map<std::string, OrgKind, std::less<>> kKinds = [] {
    std::map<std::string, OrgKind, std::less<>> m;
    auto add = [&m](OrgKind k, std::initializer_list<const char*> words) {
      for (const char* w : words) m.emplace(w, k);
    };
    add(OrgKind::Company,
        {"entreprise", "société", "firme", "groupe", "compagnie", "start-up", "startup",
         "jeune pousse", "pépite", "constructeur", "fabricant", "industriel", "éditeur",
         "opérateur", "banque", "assureur", "laboratoire", "labo", "studio", "label", "enseigne",
         "marque", "filiale", "holding", "conglomérat", "géant", "multinationale", "distributeur",
         "diffuseur", "producteur", "transporteur", "pétrolier", "promoteur", "équipementier",
         "exploitant", "brasseur", "négociant", "joaillier", "maison", "plateforme", "fonds",
         "cabinet", "armateur", "concessionnaire", "hébergeur", "courtier", "fournisseur",
         "prestataire", "sous-traitant", "électricien", "chimiste", "sidérurgiste", "usine",
         "biscuiterie", "brasserie", "imprimerie", "fonderie", "verrerie", "papeterie"});
    add(OrgKind::Union, {"syndicat", "centrale", "intersyndicale"});
    add(OrgKind::Association, {"association", "ong", "fondation", "collectif", "mouvement"});
    add(OrgKind::Public,
        {"autorité", "agence", "régulateur", "office", "commission", "ministère", "inspection",
         "haute autorité", "observatoire", "parquet", "tribunal", "cour", "conseil", "parlement",
         "assemblée", "sénat", "gouvernement", "préfecture", "mairie", "police", "gendarmerie",
         "justice", "état", "région", "département", "collectivité", "municipalité", "exécutif",
         "administration", "armée"});
    add(OrgKind::Media, {"journal", "quotidien", "hebdomadaire", "magazine", "chaîne", "média",
                         "radio", "titre", "site", "télévision"});
    add(OrgKind::Sports, {"club", "équipe", "sélection", "écurie", "franchise"});
    add(OrgKind::Party, {"parti"});
    add(OrgKind::School, {"université", "école", "lycée", "collège", "institut"});
    add(OrgKind::Health, {"hôpital", "clinique", "centre hospitalier", "chu"});
    add(OrgKind::Culture, {"musée", "théâtre", "bibliothèque", "opéra", "orchestre"});
    return m;
  }();
  auto it = kKinds.find(to_lower(noun));
  return it == kKinds.end() ? OrgKind::None : it->second;
}

// Nouns of organisations that as often name a thing: "la marque", "le site", "la chaîne".
bool names_a_thing(std::string_view noun) {
  static const std::set<std::string, std::less<>> kNouns = {
      "marque", "enseigne", "label", "site", "réseau", "plateforme", "chaîne", "maison",
      "fonds", "cabinet", "titre", "formation", "sélection", "direction", "bureau", "service",
      "union", "alliance", "collectif", "centre", "office"};
  return kNouns.count(to_lower(noun)) > 0;
}

bool is_person_or_organisation(std::string_view noun) {
  auto t = descriptor_type(noun);
  return t == EntityType::Person || t == EntityType::Organization;
}

// "le maire", "l'entreprise": a determiner and one noun, singular.
bool is_bare_description(const SentenceAnalysis& a, const Mention& m) {
  if (m.number == 'p') return false;
  int words = 0;
  for (int t = m.span.begin; t < m.span.end; ++t)
    if (!a.token(t).is(Upos::Det)) ++words;
  return words <= 1;
}

bool compatible(char a, char b) { return a == 0 || b == 0 || a == b; }

// The nationality an adjective of the phrase gives it, before its name: "le fonds
// d'investissement suédois Kastell" -> "suédois". Empty when none.
std::string origin_of(const SentenceAnalysis& a, const Mention& x) {
  int end = x.name.size() > 0 ? x.name.begin : x.span.end;
  for (int t = x.span.begin; t < end; ++t) {
    const Token& w = a.token(t);
    if (w.is(Upos::Adj) && is_nationality_adjective(to_lower(w.lemma))) return to_lower(w.lemma);
  }
  return {};
}

bool has_word_shape_of_person(const std::string& name) {
  auto w = words_of(name);
  if (w.size() < 2 || w.size() > 4) return false;
  // "Biscuiterie Kerlann", "Fromagerie Morin": a trade's noun opens no person's name.
  std::string first = to_lower(w.front());
  if (ends_with(first, "erie") || ends_with(first, "eries") || ends_with(first, "tion")) return false;
  for (const std::string& x : w) {
    if (has_digit(x)) return false;
    if (!starts_upper(x) && !is_name_particle(to_lower(x))) return false;
    if (is_all_upper(x)) return false;
  }
  return true;
}

// The initials of a name's words, particles left out, hyphenated words counted apart:
// "Olympique de Marseille" -> "om", "Paris Saint-Germain" -> "psg".
std::string initials(const std::string& key) {
  std::string out;
  for (const std::string& w : words_of(key)) {
    if (is_name_particle(w)) continue;
    std::size_t start = 0;
    while (start < w.size()) {
      out += w[start];
      std::size_t dash = w.find('-', start);
      if (dash == std::string::npos) break;
      start = dash + 1;
    }
  }
  return out;
}

// A short all-capitals name: "OM", "PSG", "CGT".
bool is_acronym(const std::string& name) {
  return name.find(' ') == std::string::npos && is_all_upper(name) && char_count(name) >= 2 &&
         char_count(name) <= 6;
}

}  // namespace

std::string name_text(const SentenceAnalysis& a, const Mention& m) {
  if (m.name.empty()) return {};
  const Token& first = a.token(m.name.begin);
  const Token& last = a.token(m.name.end - 1);
  const Sentence& s = *a.sentence;
  std::string text = s.text.substr(first.begin - s.begin, last.end - first.begin);
  // Line breaks inside a name become spaces.
  for (char& c : text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return text;
}

std::string concept_name(const SentenceAnalysis& a, const Mention& m) {
  int b = m.span.begin;
  while (b < m.span.end && (a.token(b).is(Upos::Det) ||
                            (a.token(b).is(Upos::Adj) && to_lower(a.token(b).lemma) == "tout")))
    ++b;
  if (b >= m.span.end) return {};
  const Token& first = a.token(b);
  const Token& last = a.token(m.span.end - 1);
  const Sentence& s = *a.sentence;
  // The words of a contraction's second half start inside the unit ("du" -> "le"): begin
  // at the first whole unit.
  std::size_t begin = first.begin;
  if (b > m.span.begin && a.token(b - 1).begin == first.begin) return {};
  std::string text = s.text.substr(begin - s.begin, last.end - begin);
  for (char& c : text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  if (!first.is(Upos::Propn) && starts_upper(text) && !is_all_upper(first.form))
    text = to_lower(text.substr(0, text.find(' '))) + text.substr(std::min(text.size(), text.find(' ')));
  return text;
}

// The type a name's shape suggests until the text says more: digits make a product,
// two to four capitalised words a person, anything else an organisation.
EntityType type_from_shape(const std::string& name) {
  if (has_digit(name)) return EntityType::Product;
  // "Salornay-sur-Guye", "Saint-Aubin-des-Landes", "Villeneuve-lès-Avignon": the shapes
  // of French place names.
  if (name.find(' ') == std::string::npos) {
    for (const char* link : {"-sur-", "-sous-", "-lès-", "-lez-", "-en-", "-des-", "-du-", "-aux-",
                             "-la-", "-le-", "-de-"})
      if (name.find(link) != std::string::npos) return EntityType::Place;
  }
  if (has_word_shape_of_person(name)) return EntityType::Person;
  return EntityType::Organization;
}

int Coreference::new_entity(const std::string& name, bool named) {
  DocumentEntity e;
  e.name = name;
  e.named = named;
  e.first_sentence = sentence_;
  if (named) e.type = type_from_shape(name);
  entities_.push_back(std::move(e));
  return static_cast<int>(entities_.size()) - 1;
}

void Coreference::decay() {
  for (DocumentEntity& e : entities_) e.salience *= 0.5;
}

void Coreference::add_descriptor(DocumentEntity& e, const std::string& noun) {
  if (std::find(e.descriptors.begin(), e.descriptors.end(), noun) == e.descriptors.end())
    e.descriptors.push_back(noun);
}

void Coreference::learn(SentenceAnalysis& a, int m, int entity) {
  Mention& x = a.mentions[static_cast<std::size_t>(m)];
  x.entity = entity;
  DocumentEntity& e = entities_[static_cast<std::size_t>(entity)];
  e.last_sentence = sentence_;
  e.last_mention = ++mention_clock_;
  e.mentions += 1;
  if (x.kind != MentionKind::Pronoun) {
    std::string origin = origin_of(a, x);
    if (!origin.empty()) e.origins.insert(origin);
  }
  if (!x.descriptor.empty() && x.kind == MentionKind::Name) {
    add_descriptor(e, x.descriptor);
    // "le groupe suédois Nordvik" is a "groupe": the head noun alone takes it up later.
    if (auto space = x.descriptor.find(' '); space != std::string::npos)
      add_descriptor(e, x.descriptor.substr(0, space));
  }
  if (x.kind == MentionKind::Name) {
    // A descriptor or a title's shape says what the entity is; the dictionary's name
    // classes only suggest it.
    if (x.type && !x.type_from_dictionary) {
      if (!e.type_from_text) e.type = *x.type;
      e.type_from_text = true;
    } else if (x.type && !e.type_from_text) {
      e.type = *x.type;
    }
    if (!e.gender && x.gender) e.gender = x.gender;
    if (!e.number && x.number) e.number = x.number;
    // A name headed by a capitalised common noun carries that noun as its description
    // ("la Commission européenne" is a commission).
    int head = x.name.begin;
    while (head + 1 < x.name.end && a.token(head).is(Upos::Adj)) ++head;  // "Grand Prix"
    const Token& first = a.token(head);
    if (first.is(Upos::Noun) && !is_all_upper(first.form)) {
      std::string noun = first.lemma;
      if (std::find(e.descriptors.begin(), e.descriptors.end(), noun) == e.descriptors.end())
        e.descriptors.push_back(noun);
      if (!e.type_from_text) {
        if (auto t = descriptor_type(noun)) e.type = *t;
      }
      if (!e.gender) e.gender = first.gender();
    }
  }
}

int Coreference::resolve_name(SentenceAnalysis& a, int m) {
  const Mention& x = a.mentions[static_cast<std::size_t>(m)];
  std::string name = name_text(a, x);
  if (name.empty()) return -1;
  std::string key = name_key(name);
  std::vector<std::string> words = words_of(key);
  int best = -1;
  double best_score = -1;
  bool extend = false;  // the mention is a fuller name of the entity
  for (std::size_t i = 0; i < entities_.size(); ++i) {
    DocumentEntity& e = entities_[i];
    if (!e.named || e.role) continue;
    bool match = name_key(e.name) == key;
    for (const std::string& alias : e.aliases)
      if (name_key(alias) == key) match = true;
    bool fuller = false;
    if (!match) {
      std::vector<std::string> ew = words_of(name_key(e.name));
      // "Musk" after "Elon Musk": a person's surname; "Commission" after "Commission
      // européenne": the head of an institution's name.
      if (words.size() == 1 && ew.size() > 1) {
        if (words[0] == ew.back() && e.type == EntityType::Person) match = true;
        // "Valmont" after "Olympique de Valmont": an organisation by the last word of its
        // name, unless that word names a place of its own ("France" is not "Banque de
        // France").
        // (A capitalised last word only: "la Santé" is not "Agence régionale de santé".)
        if (words[0] == ew.back() && e.type == EntityType::Organization && ew.size() > 2 &&
            is_name_particle(ew[ew.size() - 2]) && x.type != EntityType::Place &&
            !a.token(x.name.begin).has("top") && starts_upper(words_of(e.name).back()))
          match = true;
        // "Kévin" after "Kévin Adjovi": a first name alone, in quotes or familiar speech.
        if (words[0] == ew.front() && e.type == EntityType::Person && x.name.size() == 1 &&
            a.token(x.name.begin).has("ant"))
          match = true;
        if (words[0] == ew.front() && !e.descriptors.empty() &&
            name_key(e.descriptors.front()) == words[0])
          match = true;
      }
      // "Elon Musk" after "Musk" (not after "la famille Musk": one of its members).
      bool family = std::any_of(e.descriptors.begin(), e.descriptors.end(), [](const std::string& d) {
        return d == "famille" || d == "clan" || d == "dynastie" || d == "couple" || d == "frères" ||
               d == "sœurs" || d == "héritiers";
      });
      if (ew.size() == 1 && words.size() > 1 && words.back() == ew[0] && !family &&
          e.type != EntityType::Organization &&
          (x.type == EntityType::Person ||
           (has_word_shape_of_person(name) && a.token(x.name.begin).is(Upos::Propn)))) {
        match = true;
        fuller = true;
      }
    }
    // "l'OM" and "l'Olympique de Marseille": an acronym and the name it abbreviates.
    if (!match && e.type != EntityType::Person) {
      std::vector<std::string> ew = words_of(name_key(e.name));
      if (is_acronym(name) && ew.size() >= 2 && initials(name_key(e.name)) == key) match = true;
      if (is_acronym(e.name) && words.size() >= 2 && initials(key) == name_key(e.name)) {
        match = true;
        fuller = true;
      }
    }
    // "Thiago" after "Thiago Ramos": a first name the dictionary does not know.
    if (!match && words.size() == 1 && e.type == EntityType::Person && x.name.size() == 1 &&
        !a.token(x.name.begin).has("top") && !a.token(x.name.begin).has("al")) {
      std::vector<std::string> ew = words_of(name_key(e.name));
      if (ew.size() == 2 && ew.front() == words[0]) match = true;
    }
    // "Le Bihan" after "Gwenaëlle Le Bihan": the last words of a person's name.
    if (!match && words.size() > 1 && e.type == EntityType::Person) {
      std::vector<std::string> ew = words_of(name_key(e.name));
      if (ew.size() > words.size() && std::equal(words.rbegin(), words.rend(), ew.rbegin()))
        match = true;
    }
    // "Delmotte" and "Delmotte Emballages": an organisation by the first word of its name,
    // either way (not a place: "Paris" is not "Paris Saint-Germain").
    if (!match && e.type == EntityType::Organization && x.type != EntityType::Person &&
        !a.token(x.name.begin).has("top")) {
      std::vector<std::string> ew = words_of(name_key(e.name));
      if (words.size() == 1 && ew.size() == 2 && ew.front() == words[0] && !is_name_particle(words[0]))
        match = true;
      // "les Laiteries" after "Laiteries du Val-de-Saône": the head of a name with a
      // complement.
      if (words.size() == 1 && ew.size() >= 3 && ew.front() == words[0] &&
          is_name_particle(ew[1]) && !is_name_particle(words[0]))
        match = true;
      if (ew.size() == 1 && words.size() == 2 && words.front() == ew[0] && !is_name_particle(ew[0]) &&
          x.type != EntityType::Place) {
        match = true;
        fuller = true;
      }
    }
    if (match) {
      double score = e.salience + e.mentions * 0.01;
      if (score > best_score) {
        best_score = score;
        best = static_cast<int>(i);
        extend = fuller;
      }
    }
  }
  if (best < 0) {
    best = new_entity(name, true);
  } else {
    DocumentEntity& e = entities_[static_cast<std::size_t>(best)];
    if (extend) {
      e.aliases.push_back(e.name);
      e.name = name;
    } else if (name_key(e.name) != key) {
      bool known = false;
      for (const std::string& alias : e.aliases) known = known || name_key(alias) == key;
      if (!known) e.aliases.push_back(name);
    }
  }
  return best;
}

int Coreference::resolve_pronoun(SentenceAnalysis& a, int m, const ClauseReading& reading) {
  const Mention& x = a.mentions[static_cast<std::size_t>(m)];
  if (x.person == 1) return -1;  // the speaker's, set by the speaker's incise
  // Binding: a clitic object is not the subject of its own verb.
  std::set<int> excluded;
  for (std::size_t g = 0; g < a.verb_groups.size(); ++g) {
    const VerbGroup& vg = a.verb_groups[g];
    if (vg.object_clitic == x.head || vg.dative_clitic == x.head) {
      for (int s : reading.subjects[g]) {
        int e = a.mentions[static_cast<std::size_t>(s)].entity;
        if (e >= 0) excluded.insert(e);
        // The subject may come later in text order (resolved after): exclude its name.
        if (a.mentions[static_cast<std::size_t>(s)].kind == MentionKind::Name) {
          std::string key = name_key(name_text(a, a.mentions[static_cast<std::size_t>(s)]));
          for (std::size_t i = 0; i < entities_.size(); ++i)
            if (name_key(entities_[i].name) == key) excluded.insert(static_cast<int>(i));
        }
      }
    }
  }
  // "Mis en examen par le juge X, il ...": the subject of a clause is not one of the
  // participants of the participle phrase that opens the sentence before it.
  for (int e : opening_participants(a, m)) excluded.insert(e);
  // Entities mentioned earlier in this sentence weigh as much as the previous sentence's.
  std::map<int, double> in_sentence;
  for (int k = 0; k < m; ++k) {
    const Mention& y = a.mentions[static_cast<std::size_t>(k)];
    if (y.entity >= 0) {
      bool subject = false;
      for (const auto& subjects : reading.subjects)
        for (int s : subjects) subject = subject || s == k;
      in_sentence[y.entity] += subject ? 1.5 : 1.0;
    }
  }
  // The genders this sentence already gave an entity ("L'enseigne ..., mais elle").
  std::map<int, std::set<char>> gender_in_sentence;
  for (int k = 0; k < m; ++k) {
    const Mention& y = a.mentions[static_cast<std::size_t>(k)];
    if (y.entity >= 0 && y.gender) gender_in_sentence[y.entity].insert(y.gender);
  }
  // An object clitic most often takes up the object just before it: "attaqué en justice
  // OpenAI, l'accusant de ...".
  std::string form = to_lower(a.token(x.head).form);
  bool object_clitic = form == "l'" || form == "l’" || form == "le" || form == "la" || form == "les";
  if (object_clitic) {
    for (int k = m - 1; k >= 0; --k) {
      const Mention& y = a.mentions[static_cast<std::size_t>(k)];
      if (y.entity < 0 || excluded.count(y.entity) || y.kind == MentionKind::Pronoun) continue;
      bool subject = false;
      for (const auto& subjects : reading.subjects)
        for (int s : subjects) subject = subject || s == k;
      if (!subject) in_sentence[y.entity] += 1.5;
      break;
    }
  }
  bool after_selon = x.span.begin > 0 && to_lower(a.token(x.span.begin - 1).form) == "selon";
  int best = -1;
  double best_score = 0.05;
  for (std::size_t i = 0; i < entities_.size(); ++i) {
    const DocumentEntity& e = entities_[i];
    if (excluded.count(static_cast<int>(i))) continue;
    // People stay in mind longer than things.
    if (sentence_ - e.last_sentence > (e.named && e.type == EntityType::Person ? 3 : 2)) continue;
    // A thing the text did not describe as a person or organisation is taken up only as
    // the subject of the sentence before: "Le nouvel ensemble revendiquera ... Il sera
    // dirigé par ...".
    if (!e.named && e.descriptors.empty() && e.last_subject_sentence != sentence_ - 1) continue;
    // An amount is no antecedent: "« Ils engrangent ... »" is not "2,1 milliards d'euros".
    // (The subject of the sentence before may be: "Le nouvel ensemble ... Il".)
    if (!e.named && e.last_subject_sentence != sentence_ - 1 && std::any_of(e.descriptors.begin(), e.descriptors.end(), [](const std::string& d) {
          return is_time_or_measure_noun(d);
        }))
      continue;
    // "selon elle": a speaker, not a place or a thing.
    if (after_selon && e.type != EntityType::Person && e.type != EntityType::Organization) continue;
    char number = e.number ? e.number : 's';
    if (x.number && !compatible(x.number, number)) continue;
    // An organisation is "il" or "elle" after whichever noun describes it ("le groupe",
    // "l'enseigne").
    if (!compatible(x.gender, e.gender) &&
        !(e.type == EntityType::Organization && gender_in_sentence[static_cast<int>(i)].count(x.gender)))
      continue;
    double score = e.salience + in_sentence[static_cast<int>(i)];
    if (after_selon && e.type == EntityType::Person) score += 1.0;  // people speak
    if (!e.named) score *= 0.35;
    // "cette dernière": the last one mentioned, whatever its salience.
    if (x.latter) score = e.named ? 1.0 + e.last_mention : 0.0;
    if (score > best_score) {
      best_score = score;
      best = static_cast<int>(i);
    }
  }
  return best;
}

namespace {
std::string with_complement(const SentenceAnalysis& a, const Mention& x);
}  // namespace

int Coreference::resolve_description(SentenceAnalysis& a, int m) {
  const Mention& x = a.mentions[static_cast<std::size_t>(m)];
  if (x.head < 0 || x.number == 'p') return -1;
  const std::string origin = origin_of(a, x);
  const std::string& noun = x.descriptor;
  // The whole phrase may be the describing noun: "l'homme d'affaires".
  const std::string phrase = concept_name(a, x);
  std::optional<EntityType> type = descriptor_type(phrase);
  if (!type) type = descriptor_type(noun);
  if (!type) type = x.type;  // a demonym: "le Limbourgeois"
  // A description whose complement is a name of its own ("la stratégie de Cyclonis") names
  // something else than an earlier entity, unless it is a role ("le patron d'Apple").
  // "l'entreprise de Cupertino" or "le patron de Tesla" may still be the entity named
  // before; "le syndicat des dockers" is an entity of its own unless the text described an
  // entity that way.
  bool specific_complement = false;
  // An age or an amount says nothing of which one is meant: "la joueuse de 21 ans".
  bool amount_complement = false;
  if (x.complement >= 0) {
    const Mention& c = a.mentions[static_cast<std::size_t>(x.complement)];
    amount_complement = c.kind == MentionKind::Concept && c.span.size() > 0 &&
                        a.token(c.span.begin).is(Upos::Num);
  }
  if (x.complement >= 0 && !amount_complement) {
    const Mention& c = a.mentions[static_cast<std::size_t>(x.complement)];
    // A person described by a role of a named entity ("le PDG de Novaterra") is that
    // role's holder, which the text must have named before ("X, PDG de Novaterra");
    // an organisation "de" a name ("l'entreprise de Cupertino") may be any company.
    specific_complement = c.kind != MentionKind::Name ||
                          (type == EntityType::Person && is_role_noun(noun));
  }
  int best = -1;
  double best_score = 0;
  for (std::size_t i = 0; i < entities_.size(); ++i) {
    const DocumentEntity& e = entities_[i];
    if (!e.named) continue;
    double score = 0;
    bool exact = false, described = false, other_description = false;
    for (const std::string& d : e.descriptors) {
      if (to_lower(d) == to_lower(noun) || to_lower(d) == to_lower(phrase)) exact = true;
      if (same_description(d, noun) || same_description(d, phrase)) described = true;
      // Two different offices conflict ("le commissaire" is not "le patron"); a kind of
      // person does not ("l'homme d'affaires" may well be "le PDG").
      // Organisations bear many nouns at once ("la plateforme" is also "l'entreprise").
      // (A part in a trial or an event is no office: "le prévenu" may be a former adviser.)
      else if (type == EntityType::Person && descriptor_type(d) == type && is_role_noun(d) &&
               is_role_noun(noun) && !is_case_role(d) && !is_case_role(noun))
        other_description = true;
    }
    if (exact) {
      score = 4 + e.salience;
    } else if (described) {
      score = 3 + e.salience;
    } else if (type && (*type == EntityType::Person || *type == EntityType::Organization) &&
               !specific_complement && !is_institution_noun(noun)) {
      // People and organisations are taken up by any noun of their kind ("le commissaire",
      // "l'entreprise"); works, products, places and events need the text to have used a
      // noun of the same class for them ("le scénario" is not the film).
      if (e.type_from_text && e.type != *type) continue;
      if (!e.type_from_text && e.type != *type && e.type != EntityType::Concept) continue;
      score = 0.5 + e.salience;
      // A different role of the same kind ("patron" for "le commissaire") speaks against.
      if (other_description) score -= 2.0;
      // An organisation the text described as of this kind speaks for itself: "le
      // constructeur" is rather "l'usine Valmont" than the union named since.
      if (*type == EntityType::Organization) {
        OrgKind kind = org_kind(noun);
        if (kind == OrgKind::None) kind = OrgKind::Company;
        for (const std::string& d : e.descriptors)
          if (org_kind(d) == kind) {
            score += 1.0;
            break;
          }
      }
    } else {
      continue;
    }
    // An organisation's gender is its describing noun's ("le groupe", "la société"): it
    // says nothing of which one is meant.
    if (!compatible(x.gender, e.gender) && type != EntityType::Organization &&
        (!described || type == EntityType::Person))
      continue;
    // A company is not the regulator, the union or the club named before: "la société"
    // does not take up "la Commission nationale ...", nor "le syndicat" the company.
    if (!exact && !described && type == EntityType::Organization) {
      OrgKind kind = org_kind(noun);
      // Nouns of no kind are companies' ("l'exploitant"), except the few that may stand for
      // any body ("l'organisme", "l'institution", "l'établissement").
      static const std::set<std::string, std::less<>> kAnyBody = {
          "organisme", "institution", "organisation", "instance", "structure", "entité",
          "établissement", "acteur", "partenaire"};
      bool any_body = kAnyBody.count(to_lower(noun)) > 0;
      if (kind == OrgKind::None && !any_body) kind = OrgKind::Company;
      if (std::any_of(e.descriptors.begin(), e.descriptors.end(), [&](const std::string& d) {
            OrgKind other = org_kind(d);
            if (other == OrgKind::None) return false;
            // "l'établissement" is no public body either.
            if (any_body) return other == OrgKind::Public && to_lower(noun) == "établissement";
            return other != kind;
          }))
        continue;
    }
    // "le groupe français" is not the Swedish fund named before.
    if (!origin.empty() && !e.origins.empty() && !e.origins.count(origin)) continue;
    // The subject of the verb a description completes is not that description ("X a
    // succédé à la fondatrice").
    if (excluded_.count(static_cast<int>(i))) continue;
    if (sentence_ - e.last_sentence > 4) score -= 1.0;
    // The entity the description's own complement names is not the description.
    if (x.complement >= 0 && a.mentions[static_cast<std::size_t>(x.complement)].entity == static_cast<int>(i))
      continue;
    // "le musée des Beaux-Arts" is not "le musée d'Orsay" named before.
    if (e.role && x.complement >= 0 && !amount_complement &&
        a.mentions[static_cast<std::size_t>(x.complement)].kind == MentionKind::Name &&
        name_key(with_complement(a, x)) != name_key(e.name))
      continue;
    if (score > best_score) {
      best_score = score;
      best = static_cast<int>(i);
    }
  }
  return best;
}

namespace {

// A description with its "de" complement, as written: "la députée de Moselle" -> "députée de
// Moselle", "le syndicat des dockers" -> "syndicat des dockers". Empty without one.
std::string with_complement(const SentenceAnalysis& a, const Mention& x) {
  if (x.complement < 0) return {};
  const Mention& c = a.mentions[static_cast<std::size_t>(x.complement)];
  if (c.kind == MentionKind::Pronoun) return {};
  int b = x.span.begin;
  while (b < x.span.end && a.token(b).is(Upos::Det)) ++b;
  if (b >= x.span.end) return {};
  // The words as written, from the description's noun to the complement's end.
  const Sentence& s = *a.sentence;
  std::size_t from = a.token(b).begin, to = a.token(c.span.end - 1).end;
  std::string name = s.text.substr(from - s.begin, to - from);
  for (char& ch : name)
    if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
  // Lower-case a sentence-initial common noun ("Direction du studio" -> "direction ...").
  if (!a.token(b).is(Upos::Propn) && starts_upper(name) && !is_all_upper(a.token(b).form))
    name = to_lower(name.substr(0, a.token(b).form.size())) + name.substr(a.token(b).form.size());
  return name;
}

}  // namespace

int Coreference::role_entity(SentenceAnalysis& a, int m) {
  const Mention& x = a.mentions[static_cast<std::size_t>(m)];
  std::string name = with_complement(a, x);
  if (name.empty()) return -1;
  std::string key = name_key(name);
  for (std::size_t i = 0; i < entities_.size(); ++i)
    if (name_key(entities_[i].name) == key) return static_cast<int>(i);
  int e = new_entity(name, true);
  DocumentEntity& entity = entities_[static_cast<std::size_t>(e)];
  entity.role = true;
  entity.type = descriptor_type(x.descriptor).value_or(EntityType::Concept);
  entity.type_from_text = true;
  entity.gender = x.gender;
  entity.number = x.number;
  entity.descriptors.push_back(x.descriptor);
  return e;
}

int Coreference::concept_entity(SentenceAnalysis& a, int m) {
  const Mention& x = a.mentions[static_cast<std::size_t>(m)];
  // "en substance", "par exemple", "en justice": a bare noun after a preposition is an
  // idiom, nothing a pronoun could take up.
  // (Not after the partitive "de": "ne publie pas de chiffres".)
  if (x.kind == MentionKind::Concept && x.determiner.empty() && x.span.size() == 1 &&
      x.complement < 0 && x.span.begin > 0 && a.token(x.span.begin - 1).is(Upos::Adp)) {
    std::string p = to_lower(a.token(x.span.begin - 1).form);
    if (p != "de" && p != "d'" && p != "d’") return -1;
  }
  // A definite description completed by a name is that name's thing: "le phare de Sète",
  // "les statuts de Novaterra" — not every lighthouse or statute.
  std::string name;
  if (x.kind == MentionKind::Description && x.complement >= 0 &&
      a.mentions[static_cast<std::size_t>(x.complement)].kind == MentionKind::Name)
    name = with_complement(a, x);
  // A short "de" complement says which thing is meant: "la réforme des retraites", "l'ensemble
  // des faits", not "réforme" and "ensemble".
  if (name.empty() && x.complement >= 0) {
    const Mention& c = a.mentions[static_cast<std::size_t>(x.complement)];
    if (c.kind == MentionKind::Concept || c.kind == MentionKind::Description) {
      std::string full = with_complement(a, x);
      if (!full.empty() && words_of(full).size() <= 6) name = full;
    }
  }
  if (name.empty()) name = concept_name(a, x);
  if (name.empty()) return -1;
  std::string key = name_key(name);
  for (std::size_t i = 0; i < entities_.size(); ++i)
    if (!entities_[i].named && name_key(entities_[i].name) == key) return static_cast<int>(i);
  int e = new_entity(name, false);
  entities_[static_cast<std::size_t>(e)].type = EntityType::Concept;
  entities_[static_cast<std::size_t>(e)].number = x.number;
  entities_[static_cast<std::size_t>(e)].gender = x.gender;
  if (!x.descriptor.empty()) entities_[static_cast<std::size_t>(e)].descriptors.push_back(x.descriptor);
  return e;
}

// Mention m comes right after the comma that ends a phrase opening the sentence.
bool Coreference::subject_after_opener(const SentenceAnalysis& a, int m) {
  std::size_t comma = 1;
  while (comma < a.chunks.size() && a.chunks[comma].kind != ChunkKind::Comma) ++comma;
  return comma + 1 < a.chunks.size() && a.chunks[comma + 1].kind == ChunkKind::Mention &&
         a.chunks[comma + 1].index == m;
}

// When mention m is the subject right after a participle phrase opening the sentence
// ("Racheté par Harborline, le groupe ..."), the entities that phrase names.
std::set<int> Coreference::opening_participants(const SentenceAnalysis& a, int m) {
  std::set<int> out;
  if (a.chunks.empty()) return out;
  if (a.chunks.front().kind == ChunkKind::Verb) {
    const VerbGroup& opener = a.verb_groups[static_cast<std::size_t>(a.chunks.front().index)];
    if (opener.form == VerbForm::Finite) return out;
  } else if (a.chunks.front().kind == ChunkKind::Mention) {
    // A fronted role without article ("Fille d'un chauffeur de Villeurbanne, elle ...")
    // describes the subject after it; the names inside it are not that subject.
    const Mention& role = a.mentions[static_cast<std::size_t>(a.chunks.front().index)];
    if (!role.determiner.empty() || role.kind == MentionKind::Name ||
        role.kind == MentionKind::Pronoun)
      return out;
    for (std::size_t k = 1; k < a.chunks.size() && a.chunks[k].kind != ChunkKind::Comma; ++k)
      if (a.chunks[k].kind == ChunkKind::Verb) return out;
  } else {
    return out;
  }
  std::size_t comma = 1;
  while (comma < a.chunks.size() && a.chunks[comma].kind != ChunkKind::Comma) ++comma;
  if (comma + 1 < a.chunks.size() && a.chunks[comma + 1].kind == ChunkKind::Mention &&
      a.chunks[comma + 1].index == m) {
    for (std::size_t k = 1; k < comma; ++k)
      if (a.chunks[k].kind == ChunkKind::Mention) {
        int e = a.mentions[static_cast<std::size_t>(a.chunks[k].index)].entity;
        if (e >= 0) out.insert(e);
      }
  }
  return out;
}

// The mention comes right after a copula ("est", "deviendra", "reste").
bool Coreference::is_attribute(const SentenceAnalysis& a, int m) {
  for (std::size_t c = 1; c < a.chunks.size(); ++c) {
    if (a.chunks[c].kind != ChunkKind::Mention || a.chunks[c].index != m) continue;
    std::size_t k = c - 1;
    while (k > 0 && a.chunks[k].kind == ChunkKind::Adverb) --k;
    return a.chunks[k].kind == ChunkKind::Verb &&
           a.verb_groups[static_cast<std::size_t>(a.chunks[k].index)].copula;
  }
  return false;
}

// The entities of the subjects of the verb whose complement mention m is: the mention's
// chunk is reached from the verb's over prepositions, adverbs and other complements.
std::set<int> Coreference::subjects_of_governing_verb(const SentenceAnalysis& a, int m,
                                                      const ClauseReading& reading) const {
  std::set<int> out;
  int k = -1;
  for (std::size_t c = 0; c < a.chunks.size(); ++c)
    if (a.chunks[c].kind == ChunkKind::Mention && a.chunks[c].index == m) k = static_cast<int>(c);
  for (int c = k - 1; c >= 0 && k - c <= 6; --c) {
    ChunkKind kind = a.chunks[static_cast<std::size_t>(c)].kind;
    if (kind == ChunkKind::Verb) {
      for (int s : reading.subjects[static_cast<std::size_t>(a.chunks[static_cast<std::size_t>(c)].index)]) {
        int e = a.mentions[static_cast<std::size_t>(s)].entity;
        if (e >= 0) out.insert(e);
      }
      break;
    }
    // "X estime que la société ...": who reports is not who is reported on.
    if (kind == ChunkKind::Subordinator && c == k - 1) continue;
    if (kind != ChunkKind::Preposition && kind != ChunkKind::Adverb && kind != ChunkKind::Mention) break;
  }
  return out;
}

void Coreference::resolve(SentenceAnalysis& a, const ClauseReading& reading) {
  decay();
  std::set<int> subject_mentions;
  for (const auto& subjects : reading.subjects) subject_mentions.insert(subjects.begin(), subjects.end());

  for (std::size_t i = 0; i < a.mentions.size(); ++i) {
    int m = static_cast<int>(i);
    Mention& x = a.mentions[i];
    int e = -1;
    if (x.apposed_name >= 0) continue;  // the apposed name's entity, set below
    switch (x.kind) {
      case MentionKind::Name:
        e = resolve_name(a, m);
        break;
      case MentionKind::Pronoun:
        e = resolve_pronoun(a, m, reading);
        break;
      case MentionKind::Description:
        // "son réseau social" is something the owner has, never the owner: a possessive
        // description names a concept. Nor does the attribute of a copula refer ("X en
        // deviendra le vice-président").
        if (x.determiner != "son" && x.determiner != "leur" && !is_attribute(a, m)) {
          // "Passée par le TNS, l'artiste ...": the participle gives an epicene noun its
          // gender.
          if (!x.gender) {
            const Chunk& first = a.chunks.front();
            if (first.kind == ChunkKind::Verb) {
              const VerbGroup& opener = a.verb_groups[static_cast<std::size_t>(first.index)];
              if (opener.form == VerbForm::PastParticiple && subject_after_opener(a, m))
                x.gender = opener.gender;
            }
          }
          excluded_ = subjects_of_governing_verb(a, m, reading);
          for (int e2 : opening_participants(a, m)) excluded_.insert(e2);
          e = resolve_description(a, m);
          excluded_.clear();
        }
        // Unresolved, a description becomes a concept named by its phrase, except a bare
        // singular noun of a person or organisation ("le milliardaire", "l'entreprise"):
        // no node is named by a bare descriptor.
        if (e < 0 && descriptor_type(x.descriptor) && x.complement >= 0)
          e = role_entity(a, m);  // "la députée de Moselle", "le patron d'Apple"
        // Institutions ("le gouvernement", "le tribunal") are named by their noun.
        if (e < 0 && !(is_person_or_organisation(x.descriptor) && is_bare_description(a, x) &&
                       !is_institution_noun(x.descriptor) && !names_a_thing(x.descriptor)))
          e = concept_entity(a, m);
        break;
      case MentionKind::Concept:
        e = concept_entity(a, m);
        break;
    }
    if (e < 0) continue;
    learn(a, m, e);
    DocumentEntity& entity = entities_[static_cast<std::size_t>(e)];
    entity.salience += subject_mentions.count(m) ? 2.0 : 1.0;
    if (subject_mentions.count(m)) entity.last_subject_sentence = sentence_;
    // "Le club, 17e de Ligue 1, n'a plus gagné": a sentence that opens with a description
    // taken up as AS Bellerive has described it as a club.
    bool opens_sentence = !a.chunks.empty() && a.chunks.front().kind == ChunkKind::Mention &&
                          a.chunks.front().index == m;
    if (opens_sentence && x.kind == MentionKind::Description &&
        entity.named &&
        !x.descriptor.empty() && x.complement < 0 && x.determiner == "le" &&
        descriptor_type(x.descriptor) == entity.type)
      add_descriptor(entity, x.descriptor);
  }

  // "la direction de Kindia Minerals affirme ...": an organisation speaks and acts through
  // its management.
  for (int m : subject_mentions) {
    Mention& x = a.mentions[static_cast<std::size_t>(m)];
    if (x.kind != MentionKind::Description || x.complement < 0 || x.head < 0) continue;
    std::string noun = to_lower(a.token(x.head).lemma);
    if (noun != "direction" && noun != "management" && noun != "état-major") continue;
    const Mention& owner = a.mentions[static_cast<std::size_t>(x.complement)];
    if (owner.kind != MentionKind::Name || owner.entity < 0) continue;
    const DocumentEntity& e = entities_[static_cast<std::size_t>(owner.entity)];
    if (e.type == EntityType::Person && e.type_from_text) continue;
    x.entity = owner.entity;
  }

  // A description with an apposed name is that name's entity: "Le patron de Cyclonis,
  // Arnaud Leblanc, ...".
  for (std::size_t i = 0; i < a.mentions.size(); ++i) {
    Mention& x = a.mentions[i];
    if (x.apposed_name < 0) continue;
    int e = a.mentions[static_cast<std::size_t>(x.apposed_name)].entity;
    if (e >= 0) {
      learn(a, static_cast<int>(i), e);
      DocumentEntity& entity = entities_[static_cast<std::size_t>(e)];
      entity.salience += 1.0;  // named twice
      if (x.kind == MentionKind::Name) {  // an acronym: "(ACPR)"
        std::string alias = name_text(a, x);
        // "la Finma ... L'Autorité fédérale ... (Finma)": the entity named by the acronym
        // earlier is this one; it keeps its identity and takes the full name.
        int earlier = -1;
        for (std::size_t k = 0; k < entities_.size(); ++k)
          if (static_cast<int>(k) != e && entities_[k].named && !entities_[k].role &&
              name_key(entities_[k].name) == name_key(alias))
            earlier = static_cast<int>(k);
        if (earlier >= 0) {
          DocumentEntity& old = entities_[static_cast<std::size_t>(earlier)];
          old.aliases.push_back(old.name);
          old.name = entity.name;
          for (const std::string& d : entity.descriptors) add_descriptor(old, d);
          if (entity.type_from_text) {
            old.type = entity.type;
            old.type_from_text = true;
          }
          old.salience += entity.salience;
          for (Mention& y : a.mentions)
            if (y.entity == e) y.entity = earlier;
          entity.named = false;  // retired: nothing refers to it any more
          entity.name.clear();
          continue;
        }
        if (!alias.empty() && std::find(entity.aliases.begin(), entity.aliases.end(), alias) ==
                                  entity.aliases.end())
          entity.aliases.push_back(alias);
        continue;
      }
      // What the description says the name is: "son album, « Marée basse »", "Nordvik,
      // le groupe suédois".
      if (x.head >= 0) {
        const std::string& noun = a.token(x.head).lemma;
        add_descriptor(entity, noun);
        if (auto t = descriptor_type(noun); t && !entity.type_from_text) {
          entity.type = *t;
          entity.type_from_text = true;
        }
      }
    }
  }

  // "Elle n'a jamais envisagé de retirer la réforme, a assuré la ministre": a subject
  // pronoun in what a speaker reports is the speaker, when it agrees.
  for (int sp : reading.speakers) {
    const Mention& speaker = a.mentions[static_cast<std::size_t>(sp)];
    int se = speaker.entity;
    if (se < 0) continue;
    const DocumentEntity& e = entities_[static_cast<std::size_t>(se)];
    if (!e.named) continue;
    for (int m : subject_mentions) {
      Mention& x = a.mentions[static_cast<std::size_t>(m)];
      if (x.kind != MentionKind::Pronoun || x.latter || x.span.begin >= speaker.span.begin) continue;
      // "« Nous conserverons ... », a promis Mme Le Bihan": the speaker.
      if (x.person == 1) {
        x.entity = se;
        continue;
      }
      if (e.type != EntityType::Person) continue;
      // In direct speech the speaker says "je": "il" there is someone else.
      bool quoted = false;
      for (int t = x.span.begin - 1; t >= 0; --t) {
        const std::string& f = a.token(t).form;
        if (f == "»" || f == "”") break;
        if (f == "«" || f == "“") {
          quoted = true;
          break;
        }
      }
      if (quoted) continue;
      std::string l = to_lower(a.token(x.head).form);
      if (l != "il" && l != "elle") continue;
      if (!compatible(x.gender, e.gender) || !compatible(x.number, e.number ? e.number : 's')) continue;
      x.entity = se;
    }
  }

  // "je", "nous" and "on" inside a quotation whose speaker is known.
  for (const auto& q : a.quotations) {
    int se = a.mentions[static_cast<std::size_t>(q.speaker)].entity;
    if (se < 0 || !entities_[static_cast<std::size_t>(se)].named) continue;
    for (Mention& x : a.mentions)
      if (x.kind == MentionKind::Pronoun && x.person == 1 && x.entity < 0 &&
          x.span.begin >= q.begin && x.span.begin < q.end)
        x.entity = se;
  }

  // Appositions describe their name: "Gwynne Shotwell, présidente de SpaceX".
  for (const Predication& p : reading.predications) {
    if (std::string_view(p.rule) != "apposition") continue;
    int e = a.mentions[static_cast<std::size_t>(p.subject)].entity;
    if (e < 0) continue;
    DocumentEntity& entity = entities_[static_cast<std::size_t>(e)];
    if (std::find(entity.descriptors.begin(), entity.descriptors.end(), p.lemma) == entity.descriptors.end())
      entity.descriptors.push_back(p.lemma);
    if (auto t = descriptor_type(p.lemma); t && (!entity.type_from_text || entity.type == EntityType::Concept)) {
      entity.type = *t;
      entity.type_from_text = true;
    }
  }

  // Possessive determiners point at the most salient named entity of the kind the role
  // belongs to: "son dirigeant" at an organisation, "son épouse" at a person.
  // The owner comes before the possessive (named earlier in the text or in the sentence),
  // and the subject of the sentence is the likeliest ("Valmont n'a pas retenu son
  // capitaine").
  for (Mention& x : a.mentions) {
    if (x.determiner != "son" && x.determiner != "leur") continue;
    // "sa secrétaire générale": the whole phrase says more than its noun.
    std::optional<EntityType> owner_type = owner_type_of_role(to_lower(concept_name(a, x)));
    if (!owner_type) owner_type = owner_type_of_role(x.descriptor);
    std::map<int, double> before;  // entities mentioned earlier in the sentence -> bonus
    for (std::size_t k = 0; k < a.mentions.size(); ++k) {
      const Mention& y = a.mentions[k];
      if (y.entity < 0 || y.span.begin >= x.span.begin) continue;
      double bonus = subject_mentions.count(static_cast<int>(k)) ? 1.0 : 0.5;
      before[y.entity] = std::max(before[y.entity], bonus);
    }
    int best = -1;
    double best_score = 0;
    for (std::size_t i = 0; i < entities_.size(); ++i) {
      const DocumentEntity& e = entities_[i];
      // An institution the text names by its noun and place ("le centre hospitalier de
      // Montclar") owns roles as a named one does.
      bool org_noun = std::any_of(e.descriptors.begin(), e.descriptors.end(), [](const std::string& d) {
        return descriptor_type(d) == EntityType::Organization;
      });
      bool institution = (!e.named || e.role) && org_noun && e.number != 'p' &&
                         is_institution_by_place(e.name);
      // (A role entity owns roles when it is an institution: "l'hôpital de Montclar".)
      if ((!e.named && !institution) || (e.role && !institution) ||
          static_cast<int>(i) == x.entity)
        continue;
      if (x.determiner == "leur" && e.number != 'p') continue;
      EntityType type = institution ? EntityType::Organization : e.type;
      if (owner_type && type != *owner_type) continue;
      // Roles belong to people and organisations, not to prizes, places or works.
      if (type != EntityType::Person && type != EntityType::Organization) continue;
      auto it = before.find(static_cast<int>(i));
      if (e.first_sentence == sentence_ && it == before.end()) continue;
      double score = e.salience + (it == before.end() ? 0.0 : it->second);
      if (score > best_score) {
        best_score = score;
        best = static_cast<int>(i);
      }
    }
    x.owner = best;
  }
  ++sentence_;
}

// "hôpital de Montclar-sur-Ain", "mairie de Lyon": a noun completed by a place or another
// name that is no organisation of the text ("direction de Kindia Minerals" is Kindia's).
bool Coreference::is_institution_by_place(const std::string& name) const {
  std::size_t at = std::string::npos;
  std::size_t skip = 0;
  for (const char* link : {" de l'", " de la ", " du ", " des ", " de ", " d'"}) {
    at = name.find(link);
    if (at != std::string::npos) {
      skip = std::string_view(link).size();
      break;
    }
  }
  if (at == std::string::npos) return false;
  std::string complement = name_key(name.substr(at + skip));
  if (complement.empty()) return false;
  for (const DocumentEntity& other : entities_)
    if (other.named && !other.role && other.type == EntityType::Organization &&
        name_key(other.name) == complement)
      return false;
  return starts_upper(name.substr(at + skip));
}

void Coreference::finish() {
  for (DocumentEntity& e : entities_)
    if (e.named && !e.type_from_text && e.type == EntityType::Concept) e.type = type_from_shape(e.name);
}

}  // namespace trame::internal
