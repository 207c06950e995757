#include "french_lexicon.h"

#include <set>
#include <string>
#include <unordered_map>

#include "text_util.h"

namespace trame::internal {
namespace {

using WordSet = std::set<std::string, std::less<>>;

bool in(const WordSet& set, std::string_view word) {
  if (set.count(word)) return true;
  std::string lower = to_lower(word);
  return set.count(lower) > 0;
}

const std::unordered_map<std::string, EntityType>& descriptor_types() {
  static const std::unordered_map<std::string, EntityType> kTypes = [] {
    std::unordered_map<std::string, EntityType> m;
    auto add = [&m](EntityType t, std::initializer_list<const char*> words) {
      for (const char* w : words) m.emplace(w, t);
    };
    add(EntityType::Organization,
        {"société", "entreprise", "firme", "groupe", "compagnie", "start-up", "startup",
         "constructeur", "fabricant", "éditeur", "opérateur", "banque", "assureur",
         "laboratoire", "labo", "studio", "club", "équipe", "parti", "association",
         "organisation", "organisme", "ong", "fondation", "agence", "ministère", "gouvernement",
         "administration", "commission", "institution", "université", "école", "journal",
         "quotidien", "hebdomadaire", "magazine", "chaîne", "média", "radio", "syndicat",
         "fédération", "ligue", "conseil", "tribunal", "cour", "parlement", "assemblée", "sénat",
         "armée", "police", "mairie", "filiale", "holding", "conglomérat", "géant", "enseigne",
         "marque", "fonds", "cabinet", "institut", "régulateur", "autorité", "maison",
         "multinationale", "distributeur", "diffuseur", "producteur", "coopérative", "mutuelle",
         "collectif", "consortium", "alliance", "union", "formation", "organisateur", "label",
         "écurie", "sélection", "franchise", "industriel", "pétrolier", "transporteur",
         "chaîne", "plateforme", "réseau", "site", "hôpital", "clinique", "centre hospitalier",
         "chu", "musée", "théâtre", "bibliothèque", "lycée", "collège", "centre", "office",
         "caisse", "chambre", "comité", "direction", "haute autorité", "bureau", "établissement",
         "exploitant", "gestionnaire", "prestataire", "sous-traitant", "équipementier",
         "armateur", "opérateur", "promoteur", "bailleur", "concessionnaire", "brasseur",
         "viticulteur", "négociant", "joaillier", "couturier", "maison de couture",
         "assureur", "courtier", "hébergeur", "fournisseur", "constructeur automobile"});
    add(EntityType::Person,
        {"homme", "femme", "milliardaire", "millionnaire", "entrepreneur", "patron", "patronne",
         "pdg", "président", "présidente", "directeur", "directrice", "dirigeant", "dirigeante",
         "fondateur", "fondatrice", "cofondateur", "cofondatrice", "co-fondateur",
         "co-fondatrice", "chef", "ministre", "secrétaire", "commissaire", "député", "députée",
         "sénateur", "sénatrice", "maire", "élu", "élue", "candidat", "candidate", "chanteur",
         "chanteuse", "acteur", "actrice", "réalisateur", "réalisatrice", "écrivain",
         "écrivaine", "auteur", "autrice", "journaliste", "avocat", "avocate", "juge",
         "procureur", "procureure", "joueur", "joueuse", "entraîneur", "entraîneuse",
         "sélectionneur", "capitaine", "footballeur", "athlète", "champion", "championne",
         "artiste", "musicien", "musicienne", "productrice", "scientifique", "chercheur",
         "chercheuse", "ingénieur", "ingénieure", "médecin", "professeur", "professeure",
         "expert", "experte", "analyste", "porte-parole", "conseiller", "conseillère",
         "ambassadeur", "ambassadrice", "roi", "reine", "prince", "princesse", "pape",
         "vice-président", "vice-présidente", "investisseur", "investisseuse", "héritier",
         "héritière", "magnat", "militant", "militante", "activiste", "opposant", "opposante",
         "rappeur", "rappeuse", "comédien", "comédienne", "cinéaste", "romancier", "romancière",
         "philosophe", "économiste", "historien", "historienne", "sociologue", "astronaute",
         "pilote", "cycliste", "syndicaliste", "créateur", "créatrice", "inventeur",
         "inventrice", "gérant", "gérante", "administrateur", "administratrice", "trésorier",
         "argentier", "ex-président", "ex-ministre", "ancien", "ancienne", "chancelier",
         "chancelière", "gouverneur", "préfet", "préfète", "général", "officier", "soldat",
         "commandant", "directeur général", "président-directeur", "dg", "ceo", "boss",
         "star", "vedette", "icône", "mannequin", "influenceur", "influenceuse", "youtubeur",
         "youtubeuse", "designer", "architecte", "photographe", "dessinateur", "dessinatrice",
         "animateur", "animatrice", "présentateur", "présentatrice", "compositeur",
         "compositrice", "attaquant", "défenseur", "gardien", "milieu", "buteur",
         "tennisman", "tenniswoman", "nageur", "nageuse", "skieur", "skieuse", "coureur",
         "coureuse", "épouse", "époux", "mari", "fils", "fille", "père", "mère", "frère",
         "sœur", "soeur", "oncle", "tante", "cousin", "cousine", "veuf", "veuve", "ami", "amie",
         "successeur", "prédécesseur", "adjoint", "adjointe", "numéro deux", "bras droit", "collaborateur", "collaboratrice", "employé", "employée",
         "salarié", "salariée", "stagiaire", "étudiant", "étudiante", "élève", "patriarche",
         "souverain", "souveraine", "monarque", "empereur", "impératrice", "dictateur",
         "leader", "président-fondateur", "homme d'affaires", "femme d'affaires", "lauréat",
         "lauréate", "vainqueur", "gagnant", "gagnante", "édile", "parlementaire", "juré",
         "procureure", "magistrat", "magistrate", "enquêteur", "enquêtrice", "policier",
         "policière", "gendarme", "chirurgien", "chirurgienne", "infirmier", "infirmière",
         "directeur de recherche", "académicien", "académicienne", "cofondateur", "patronne",
         "sprinteur", "sprinteuse", "marathonien", "marathonienne", "tenant du titre",
         "réalisateur", "auteure", "écrivaine", "poète", "poétesse", "peintre", "sculpteur",
         "sculptrice", "styliste", "chef d'orchestre", "pianiste", "violoniste", "guitariste",
         "batteur", "producteur de musique", "député européen", "eurodéputé", "eurodéputée",
         "secrétaire général", "secrétaire générale", "délégué", "déléguée", "représentant",
         "représentante", "négociateur", "négociatrice", "plaignant", "plaignante", "prévenu",
         "prévenue", "accusé", "accusée", "suspect", "suspecte", "victime", "témoin",
         "otage", "détenu", "détenue", "patient", "patiente", "client", "cliente", "homologue", "délégué syndical", "secrétaire général",
         "secrétaire générale", "drh", "daf", "dsi", "cfo", "cto", "coo", "proviseur", "proviseure", "recteur", "rectrice", "doyen",
         "doyenne", "principal", "principale", "bâtonnier", "bâtonnière", "greffier",
         "greffière", "substitut", "médiateur", "médiatrice", "sous-préfet", "sous-préfète",
         "manager", "ouvreur", "demi de mêlée", "talonneur", "pilier", "ailier", "arrière",
         "meneur", "pivot", "gardienne", "buteuse", "attaquante", "défenseure", "milieu de terrain",
         "chercheur", "chercheuse", "économiste", "chef de file", "chef de service",
         "chargé de mission", "chargée de mission", "cheffe", "président du directoire",
         "présidente du directoire", "directeur financier", "directrice financière",
         "directeur sportif", "directrice artistique", "directeur artistique", "curateur",
         "curatrice", "commissaire d'exposition", "conservateur", "conservatrice",
         "administrateur judiciaire", "liquidateur", "syndic", "avocat général",
         "avocate générale", "juge d'instruction", "procureur de la République"});
    add(EntityType::Place,
        {"ville", "pays", "capitale", "région", "commune", "village", "province", "île",
         "continent", "quartier", "département", "métropole", "territoire", "royaume", "cité",
         "port", "aéroport", "agglomération", "localité", "bourg", "hameau", "arrondissement",
         "canton", "comté", "émirat", "archipel", "péninsule", "vallée", "montagne", "fleuve",
         "rivière", "lac", "mer", "océan", "désert", "stade", "site", "base"});
    add(EntityType::Product,
        {"logiciel", "application", "appli", "app", "modèle", "chatbot", "robot", "assistant",
         "ia", "service", "outil", "moteur", "navigateur", "système", "voiture", "véhicule",
         "fusée", "satellite", "lanceur", "avion", "téléphone", "smartphone", "ordinateur",
         "console", "produit", "médicament", "vaccin", "puce", "processeur", "version",
         "programme", "algorithme", "messagerie", "vaisseau", "capsule", "montre", "tablette",
         "casque", "drone", "missile", "char", "navire", "bateau", "train", "camion", "moto",
         "interface", "agent", "plateforme", "réseau social", "assistant ia", "modèle d'ia",
         "lunettes", "appareil", "objet", "gamme", "technologie", "protocole", "cryptomonnaie",
         "monnaie", "jeu", "jeu vidéo"});
    add(EntityType::Event,
        {"festival", "sommet", "élection", "élections", "match", "finale", "guerre",
         "conférence", "salon", "championnat", "coupe", "tournoi", "procès", "scandale", "crise",
         "accident", "attentat", "cérémonie", "concours", "exposition", "congrès", "forum",
         "grève", "manifestation", "réunion", "compétition", "biennale", "jeux", "olympiades",
         "mondial", "gala", "marathon", "rallye", "grand prix", "opération", "campagne",
         "référendum", "primaire", "affaire", "incendie", "séisme", "tempête", "ouragan",
         "explosion", "catastrophe", "épidémie", "pandémie", "révolution", "négociation",
         "négociations", "prix", "trophée", "récompense", "distinction", "médaille", "oscar",
         "césar", "palme"});
    add(EntityType::Work,
        {"film", "livre", "roman", "album", "chanson", "série", "œuvre", "oeuvre",
         "documentaire", "tableau", "pièce", "opéra", "essai", "ouvrage", "manga", "bande",
         "long-métrage", "court-métrage", "émission", "spectacle", "disque", "morceau", "tube",
         "poème", "feuilleton", "saga", "épisode", "clip", "single", "recueil", "biographie",
         "autobiographie", "mémoires", "thèse", "rapport", "étude", "enquête", "article",
         "tribune", "chronique", "podcast", "pièce de théâtre", "comédie", "drame", "thriller",
         "dessin animé", "anime", "bd", "bande dessinée", "fresque", "sculpture", "symphonie",
         "partition", "scénario", "reportage", "magazine", "journal"});
    return m;
  }();
  return kTypes;
}

}  // namespace

namespace {
// The first word of a multiword unit ("ministre de la Justice" -> "ministre"), or empty.
std::string first_word(std::string_view lemma) {
  auto space = lemma.find(' ');
  return space == std::string_view::npos ? std::string() : to_lower(lemma.substr(0, space));
}
}  // namespace

std::optional<EntityType> descriptor_type(std::string_view noun_lemma) {
  const auto& types = descriptor_types();
  auto it = types.find(std::string(noun_lemma));
  if (it == types.end()) it = types.find(to_lower(noun_lemma));
  if (it == types.end() && noun_lemma.find('-') != std::string_view::npos &&
      noun_lemma.find(' ') == std::string_view::npos) {
    // "associé-gérant", "directeur-adjoint": the first part of a compound.
    std::string first = to_lower(noun_lemma.substr(0, noun_lemma.find('-')));
    if (first.size() > 2) it = types.find(first);
  }
  if (it == types.end()) {
    // A dictionary unit of several words is the kind its first word says.
    std::string first = first_word(noun_lemma);
    if (!first.empty() && to_lower(noun_lemma).find(" d'") == std::string::npos)
      it = types.find(first);
  }
  if (it == types.end()) return std::nullopt;
  return it->second;
}

bool is_nationality_adjective(std::string_view adjective) {
  static const WordSet kNationalities = {
      "français",   "allemand",   "britannique", "anglais",    "américain",  "canadien",
      "québécois",  "belge",      "suisse",      "luxembourgeois", "néerlandais", "hollandais",
      "danois",     "suédois",    "norvégien",   "finlandais", "islandais",  "irlandais",
      "écossais",   "espagnol",   "portugais",   "italien",    "grec",       "autrichien",
      "polonais",   "tchèque",    "slovaque",    "hongrois",   "roumain",    "bulgare",
      "croate",     "serbe",      "slovène",     "ukrainien",  "russe",      "turc",
      "israélien",  "libanais",   "syrien",      "iranien",    "irakien",    "saoudien",
      "émirati",    "qatari",     "égyptien",    "marocain",   "algérien",   "tunisien",
      "libyen",     "sénégalais", "ivoirien",    "malien",     "camerounais", "gabonais",
      "congolais",  "nigérian",   "kényan",      "sud-africain", "éthiopien", "chinois",
      "japonais",   "coréen",     "sud-coréen",  "indien",     "pakistanais", "vietnamien",
      "thaïlandais", "indonésien", "australien", "néo-zélandais", "mexicain", "brésilien",
      "argentin",   "chilien",    "colombien",   "péruvien",   "vénézuélien", "cubain",
      "haïtien",    "taïwanais",  "singapourien", "malaisien", "philippin",  "estonien",
      "letton",     "lituanien",  "monégasque",  "andorran",   "maltais",    "chypriote"};
  return in(kNationalities, adjective);
}

bool is_judging_verb(std::string_view verb) {
  static const WordSet kVerbs = {
      "sanctionner", "condamner", "punir",    "verbaliser", "féliciter", "remercier",
      "récompenser", "saluer",    "blâmer",   "critiquer",  "poursuivre", "inculper",
      "accuser",     "honorer",   "distinguer", "décorer",  "exclure",   "suspendre",
      "licencier",   "limoger",   "arrêter",  "interpeller", "juger",    "mettre en examen"};
  return in(kVerbs, verb);
}

bool is_agent_noun(std::string_view noun) {
  for (std::string_view suffix : {"eur", "euse", "trice", "ant", "ante", "aire", "iste"})
    if (noun.size() > suffix.size() + 2 && noun.substr(noun.size() - suffix.size()) == suffix)
      return true;
  return false;
}

bool is_role_noun(std::string_view noun) {
  // "ex-entraîneur", "ex-président": a former role is a role.
  if (noun.substr(0, 3) == "ex-" && noun.size() > 3) return is_role_noun(noun.substr(3));
  static const WordSet kRoles = {
      "patron", "patronne", "pdg", "président", "présidente", "directeur", "directrice",
      "dirigeant", "dirigeante", "fondateur", "fondatrice", "cofondateur", "cofondatrice",
      "co-fondateur", "co-fondatrice", "chef", "ministre", "secrétaire", "commissaire",
      "porte-parole", "conseiller", "conseillère", "ambassadeur", "ambassadrice",
      "propriétaire", "actionnaire", "investisseur", "membre", "employé", "employée",
      "salarié", "salariée", "avocat", "avocate", "entraîneur", "capitaine", "joueur", "joueuse",
      "producteur", "productrice", "réalisateur", "réalisatrice", "auteur", "autrice",
      "créateur", "créatrice", "inventeur", "éditeur", "filiale", "partenaire", "client",
      "fournisseur", "rival", "rivale", "concurrent", "concurrente", "allié", "alliée",
      "successeur", "prédécesseur", "adjoint", "adjointe", "vice-président", "vice-présidente",
      "directeur général", "associé", "associée", "héritier", "héritière", "fils", "fille",
      "père", "mère", "épouse", "époux", "mari", "frère", "sœur", "soeur", "administrateur",
      "gérant", "gérante", "responsable", "argentier", "bailleur", "mécène", "sponsor",
      "maison mère", "actionnaire principal", "numéro deux", "bras droit", "président-directeur",
      "dg", "ceo", "boss", "trésorier", "gouverneur", "maire", "député", "députée", "sénateur",
      "leader", "coach", "sélectionneur", "attaquant", "défenseur", "gardien", "milieu",
      "cofondateurs", "fondateurs", "patrons", "homologue", "délégué", "déléguée",
      "représentant", "représentante", "prévenu", "prévenue", "accusé", "accusée", "plaignant",
      "plaignante", "victime", "suspect", "suspecte", "témoin", "proviseur", "proviseure",
      "recteur", "rectrice", "doyen", "doyenne", "principal", "principale", "manager",
      "ouvreur", "demi de mêlée", "ailier", "meneur", "gardienne", "attaquante", "chercheur",
      "chercheuse", "économiste", "chef de file", "cheffe", "conservateur", "conservatrice",
      "directeur sportif", "directeur financier", "directrice financière", "trésorière",
      "secrétaire général", "secrétaire générale", "président du directoire", "élu", "élue",
      "premier ministre", "première ministre", "vice-premier ministre",
      "vice-première ministre", "drh", "daf", "dsi", "cfo", "cto", "coo", "dircom"};
  if (in(kRoles, noun)) return true;
  std::string first = first_word(noun);
  if (first.empty() && noun.find('-') != std::string_view::npos && noun.find('-') > 2)
    first = to_lower(noun.substr(0, noun.find('-')));  // "associé-gérant"
  return !first.empty() && in(kRoles, first);
}

std::optional<EntityType> owner_type_of_role(std::string_view noun) {
  static const WordSet kOfPeople = {
      "fils", "fille", "père", "mère", "épouse", "époux", "mari", "femme", "frère", "sœur",
      "soeur", "oncle", "tante", "cousin", "cousine", "ami", "amie", "compagnon", "compagne",
      "héritier", "héritière", "assistant",
      "assistante", "bras droit", "successeur", "prédécesseur", "rival", "rivale", "adversaire",
      "biographe", "garde du corps", "mentor", "élève", "disciple"};
  static const WordSet kOfOrganisations = {
      "patron", "patronne", "pdg", "président", "présidente", "directeur", "directrice",
      "dirigeant", "dirigeante", "fondateur", "fondatrice", "cofondateur", "cofondatrice",
      "co-fondateur", "co-fondatrice", "actionnaire", "employé", "employée", "salarié",
      "salariée", "porte-parole", "directeur général", "dg", "ceo", "boss", "gérant", "gérante",
      "administrateur", "administratrice", "trésorier", "secrétaire général", "filiale",
      "maison mère", "propriétaire", "capitaine", "joueur", "joueuse",
      "président-directeur", "vice-président", "vice-présidente", "argentier", "sponsor",
      "client", "fournisseur", "partenaire", "concurrent", "concurrente", "délégué",
      "déléguée", "délégué syndical", "délégué central", "représentant", "représentante",
      "secrétaire général", "secrétaire générale", "porte-parole"};
  if (in(kOfPeople, noun)) return EntityType::Person;
  if (in(kOfOrganisations, noun)) return EntityType::Organization;
  return std::nullopt;
}

bool is_reporting_verb(std::string_view verb) {
  static const WordSet kVerbs = {
      "affirmer", "estimer", "déclarer", "dire", "assurer", "indiquer", "expliquer",
      "souligner", "rapporter", "préciser", "ajouter", "penser", "croire", "juger", "considérer",
      "reconnaître", "admettre", "avouer", "prétendre", "soutenir", "confirmer", "démentir",
      "nier", "révéler", "raconter", "répondre", "rappeler", "noter", "observer", "constater",
      "insister", "marteler", "promettre", "prévenir", "avertir", "espérer", "craindre",
      "regretter", "dénoncer", "clamer", "confier", "écrire", "suggérer", "évoquer",
      "annoncer", "signaler", "relever", "arguer", "plaider", "supposer", "imaginer",
      "prédire", "affirmer", "certifier", "jurer", "proclamer", "rétorquer", "répliquer",
      "lancer", "glisser", "souffler", "commenter", "analyser", "résumer", "conclure",
      "reprocher", "accuser", "estimer", "savoir", "sembler", "paraître", "apprendre"};
  return in(kVerbs, verb);
}

bool is_etre_verb(std::string_view verb) {
  static const WordSet kVerbs = {
      "aller", "venir", "arriver", "partir", "naître", "mourir", "devenir", "rester", "tomber",
      "entrer", "sortir", "monter", "descendre", "retourner", "revenir", "rentrer", "parvenir",
      "survenir", "intervenir", "décéder", "apparaître", "advenir", "repartir", "redevenir",
      "ressortir", "retomber", "provenir", "convenir", "devenir", "accourir", "éclore",
      "paraître", "disparaître", "réapparaître"};
  return in(kVerbs, verb);
}

bool is_infinitive_taking_verb(std::string_view verb) {
  static const WordSet kVerbs = {
      "pouvoir", "vouloir", "devoir", "savoir", "faire", "laisser", "aller", "sembler",
      "paraître", "falloir", "oser", "compter", "souhaiter", "désirer", "espérer", "préférer",
      "aimer", "adorer", "détester", "penser", "croire", "prétendre", "envisager", "comptent",
      "entendre", "affirmer", "estimer", "déclarer", "dire", "vouloir", "avouer", "nier",
      "reconnaître", "sembler", "s'agir"};
  return in(kVerbs, verb);
}

bool is_object_control_verb(std::string_view verb) {
  static const WordSet kVerbs = {
      "accuser", "empêcher", "appeler", "inviter", "autoriser", "obliger", "forcer",
      "contraindre", "pousser", "encourager", "inciter", "aider", "permettre", "demander",
      "ordonner", "interdire", "conseiller", "convaincre", "persuader", "charger",
      "soupçonner", "suspecter", "remercier", "féliciter", "prier", "exhorter", "dissuader",
      "menacer", "habiliter", "condamner", "sommer", "enjoindre", "supplier", "amener",
      "laisser", "voir", "entendre", "regarder", "reprocher", "proposer", "suggérer",
      "recommander", "dispenser", "pousser", "mandater"};
  return in(kVerbs, verb);
}

bool is_copular_verb(std::string_view verb) {
  static const WordSet kVerbs = {"être", "devenir", "rester", "demeurer", "sembler",
                                 "paraître", "redevenir", "apparaître"};
  return in(kVerbs, verb);
}

bool is_referring_pronoun(std::string_view w) {
  static const WordSet kPronouns = {
      "il",     "elle",     "ils",      "elles",    "lui",       "eux",       "le",
      "la",     "l'",       "l’",       "les",      "-il",       "-elle",     "-ils",
      "-elles", "-t-il",    "-t-elle",  "-t-ils",   "-t-elles",  "-le",       "-la",
      "-les",   "-lui",     "celui-ci", "celle-ci", "ceux-ci",   "celles-ci", "celui-là",
      "celle-là", "leur",   "-leur",    "lui-même", "elle-même", "eux-mêmes", "elles-mêmes"};
  return in(kPronouns, w);
}

bool is_negation_adverb(std::string_view w) {
  static const WordSet kWords = {"pas", "plus", "jamais", "guère", "point", "rien", "nullement",
                                 "aucunement", "personne", "nulle part"};
  return in(kWords, w);
}

bool is_time_or_measure_noun(std::string_view noun) {
  static const WordSet kNouns = {
      "année",  "an",        "mois",     "semaine",   "jour",       "journée",   "heure",
      "minute", "seconde",   "fois",     "moment",    "période",    "siècle",    "décennie",
      "début",  "fin",       "milieu",   "lundi",     "mardi",      "mercredi",  "jeudi",
      "vendredi", "samedi",  "dimanche", "janvier",   "février",    "mars",      "avril",
      "mai",    "juin",      "juillet",  "août",      "septembre",  "octobre",   "novembre",
      "décembre", "matin",   "soir",     "soirée",    "nuit",       "week-end",  "trimestre",
      "semestre", "date",    "temps",    "instant",   "euro",       "dollar",    "milliard",
      "million", "millier",  "centaine", "dizaine",   "pour cent",  "pourcent",  "kilomètre",
      "mètre",  "kilo",      "tonne",    "litre",     "hectare",    "livre sterling", "yen",
      "franc",  "part",      "moitié",   "tiers",     "quart",      "exercice",  "printemps",
      "été",    "automne",   "hiver",    "veille",    "lendemain",  "aube",      "reprise",
      "suite",  "cours",     "lieu",     "façon",     "manière",    "sorte",     "genre",
      "point",  "propos",    "cas",      "fait",      "plupart",    "nombre",    "ensemble",
      "partie", "reste",     "totalité", "majorité",  "minorité",   "dollars",   "euros"};
  return in(kNouns, noun);
}

bool is_name_particle(std::string_view w) {
  static const WordSet kParticles = {"von", "van", "der", "den", "de", "du", "des", "d'", "d’",
                                     "di", "da", "del", "della", "al", "el", "ben", "bin",
                                     "ibn", "zu", "ter", "ten", "dos", "das", "do", "y", "le",
                                     "la", "les", "of", "the", "and", "et", "sur", "en", "sous"};
  return kParticles.count(w) > 0;
}

}  // namespace trame::internal
