// Writes a synthetic news corpus as statements in the contract's JSON form, one a line:
// French-looking people, organisations, places and products, linked by common verbs, with
// power-law degrees (a few entities in many statements, most in one or two), documents of
// 25 statements, and about one statement in twenty read again in a later document.
//
//   trame_bench_generate STATEMENTS OUT.jsonl [SEED]
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

namespace {

const std::vector<std::string> kFirst = {
    "Camille",  "Lucie",    "Hugo",     "Manon",     "Théo",    "Chloé",   "Louis",    "Inès",
    "Jules",    "Léa",      "Nathan",   "Zoé",       "Émile",   "Rose",    "Gabriel",  "Alice",
    "Raphaël",  "Jade",     "Arthur",   "Louise",    "Adam",    "Ambre",   "Paul",     "Lina",
    "Victor",   "Anna",     "Maël",     "Mila",      "Sacha",   "Julia",   "Martin",   "Agathe",
    "Noé",      "Clémence", "Baptiste", "Margaux",   "Antoine", "Élise",   "Mathis",   "Juliette",
    "Yanis",    "Héloïse",  "Simon",    "Pauline",   "Bastien", "Céline",  "Rémi",     "Sophie",
    "François", "Hélène",   "Étienne",  "Nadia",     "Karim",   "Amina",   "Youssef",  "Salomé",
    "Joël",     "Brigitte", "Thierry",  "Véronique", "Pascal",  "Sylvie",  "Olivier",  "Nathalie",
    "Didier",   "Isabelle", "Laurent",  "Christine", "Benoît",  "Aurélie", "Grégoire", "Mathilde",
    "Cyril",    "Anaïs",    "Fabrice",  "Bérénice",  "Loïc",    "Maëlle",  "Régis",    "Solène"};
const std::vector<std::string> kLast = {
    "Durand",      "Lefèvre",  "Moreau",    "Girard",    "Bonnet",    "Faure",    "Mercier",
    "Blanc",       "Guérin",   "Muller",    "Henry",     "Roussel",   "Nicolas",  "Perrin",
    "Morin",       "Mathieu",  "Clément",   "Gauthier",  "Dumont",    "Lopez",    "Fontaine",
    "Chevalier",   "Robin",    "Masson",    "Sanchez",   "Gérard",    "Nguyen",   "Boyer",
    "Denis",       "Lemaire",  "Duval",     "Joly",      "Gautier",   "Roger",    "Roche",
    "Roy",         "Noël",     "Meyer",     "Lucas",     "Meunier",   "Jean",     "Pérez",
    "Marchand",    "Dufour",   "Blanchard", "Barbier",   "Brun",      "Dumas",    "Brunet",
    "Schmitt",     "Leroux",   "Colin",     "Fernandez", "Pierre",    "Renard",   "Arnaud",
    "Rolland",     "Caron",    "Aubert",    "Giraud",    "Leclerc",   "Vidal",    "Bourgeois",
    "Renaud",      "Lemoine",  "Picard",    "Gaillard",  "Philippe",  "Leclercq", "Lacroix",
    "Fabre",       "Dupuis",   "Olivier",   "Rodriguez", "Da Silva",  "Hubert",   "Louis",
    "Charles",     "Guillot",  "Rivière",   "Le Gall",   "Guillaume", "Adam",     "Rey",
    "Moulin",      "Gonzalez", "Berger",    "Lecomte",   "Ménard",    "Fleury",   "Deschamps",
    "Carpentier",  "Julien",   "Benoît",    "Paris",     "Maillard",  "Marchal",  "Aubry",
    "Vasseur",     "Le Roux",  "Renault",   "Jacquet",   "Collet",    "Prévost",  "Poirier",
    "Charpentier", "Royer",    "Huet",      "Baron",     "Dupuy",     "Pons",     "Paul",
    "Laine",       "Carré",    "Breton",    "Rémy",      "Schneider", "Perrot",   "Guyot",
    "Barre",       "Marty",    "Cousin",    "Bouvier",   "Tessier"};
const std::vector<std::string> kOrgKind = {"Groupe",
                                           "Société",
                                           "Banque",
                                           "Agence",
                                           "Éditions",
                                           "Laboratoires",
                                           "Fondation",
                                           "Atelier",
                                           "Compagnie",
                                           "Institut",
                                           "Syndicat",
                                           "Mutuelle",
                                           "Conseil régional de",
                                           "Fédération",
                                           "Association",
                                           "Studio",
                                           "Caisse",
                                           "Office",
                                           "Cabinet",
                                           "Union"};
const std::vector<std::string> kSyllables = {
    "ar",  "bel", "cor", "dan", "el",   "fir", "gal", "hel", "is", "jor", "ka",  "lum",
    "mar", "nor", "or",  "pel", "quin", "ros", "sol", "tal", "ur", "val", "wen", "xen",
    "yr",  "zé",  "lio", "vé",  "nax",  "tis", "bré", "mon", "ça", "dor", "ève", "phi"};
const std::vector<std::string> kOrgTail = {
    "",         "",       "", " SA", " & Associés", " du Rhône", " de France", " Industries",
    " Conseil", " Europe"};
const std::vector<std::string> kPlaceKind = {"", "", "Saint-", "Port-", "Mont-", "Villeneuve-sur-"};
const std::vector<std::string> kProductKind = {"le logiciel ",   "l'application ", "le réseau ",
                                               "la plateforme ", "le satellite ",  "le vaccin "};
const std::vector<std::pair<std::string, std::string>> kRelations = {
    {"a fondé", "fonder"},
    {"dirige", "diriger"},
    {"a racheté", "racheter"},
    {"finance", "financer"},
    {"a quitté", "quitter"},
    {"conseille", "conseiller"},
    {"a rencontré", "rencontrer"},
    {"a critiqué", "critiquer"},
    {"soutient", "soutenir"},
    {"a attaqué en justice", "attaquer"},
    {"a signé avec", "signer"},
    {"a nommé", "nommer"},
    {"a investi dans", "investir"},
    {"a racheté des parts de", "racheter"},
    {"possède", "posséder"},
    {"a lancé", "lancer"},
    {"emploie", "employer"},
    {"a remplacé", "remplacer"},
    {"a visité", "visiter"},
    {"a accusé", "accuser"},
    {"collabore avec", "collaborer"},
    {"a quitté la présidence de", "quitter"},
    {"a cofondé", "cofonder"},
    {"préside", "présider"},
    {"a vendu", "vendre"},
    {"a interrogé", "interroger"},
    {"a défendu", "défendre"},
    {"a annoncé", "annoncer"},
    {"a racheté la filiale de", "racheter"},
    {"concurrence", "concurrencer"}};
const std::vector<std::string> kOpenings = {"",
                                            "",
                                            "Selon nos informations, ",
                                            "Mardi, ",
                                            "D'après un communiqué, ",
                                            "En 2023, ",
                                            "Hier soir, ",
                                            "Depuis janvier, "};

enum class Kind { Person, Organization, Place, Product };

struct Generated {
  std::string name;
  Kind kind;
};

std::string capitalised_word(std::mt19937_64& rng, int syllables) {
  std::string w;
  for (int i = 0; i < syllables; ++i) w += kSyllables[rng() % kSyllables.size()];
  w[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
  return w;
}

Generated make_entity(std::mt19937_64& rng) {
  unsigned r = rng() % 100;
  if (r < 45) {
    std::string first = kFirst[rng() % kFirst.size()];
    if (rng() % 6 == 0) first += "-" + kFirst[rng() % kFirst.size()];
    std::string last = kLast[rng() % kLast.size()];
    if (rng() % 4 == 0) last += "-" + kLast[rng() % kLast.size()];
    return {first + " " + last, Kind::Person};
  }
  if (r < 80)
    return {kOrgKind[rng() % kOrgKind.size()] + " " + capitalised_word(rng, 2 + rng() % 2) +
                kOrgTail[rng() % kOrgTail.size()],
            Kind::Organization};
  if (r < 90) {
    std::string kind = kPlaceKind[rng() % kPlaceKind.size()];
    return {kind + capitalised_word(rng, 2 + rng() % 2), Kind::Place};
  }
  return {kProductKind[rng() % kProductKind.size()] + capitalised_word(rng, 2), Kind::Product};
}

const char* type_name(Kind k) {
  switch (k) {
    case Kind::Person:
      return "Person";
    case Kind::Organization:
      return "Organization";
    case Kind::Place:
      return "Place";
    case Kind::Product:
      return "Product";
  }
  return "Concept";
}

// Zipf-like ranks: P(rank k) ∝ 1/k^s, drawn by inverting the continuous approximation.
class PowerLaw {
 public:
  PowerLaw(std::size_t n, double s) : n_(static_cast<double>(n)), s_(s) {}
  std::size_t operator()(std::mt19937_64& rng) {
    double u = std::uniform_real_distribution<double>(0, 1)(rng);
    double a = 1 - s_;
    double x = std::pow(u * (std::pow(n_ + 1, a) - 1) + 1, 1 / a);
    return std::min(static_cast<std::size_t>(x) - 1, static_cast<std::size_t>(n_) - 1);
  }

 private:
  double n_, s_;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: trame_bench_generate STATEMENTS OUT.jsonl [SEED]\n";
    return 2;
  }
  const std::size_t count = std::strtoull(argv[1], nullptr, 10);
  std::ofstream out(argv[2]);
  if (!out) {
    std::cerr << argv[2] << ": cannot be written\n";
    return 2;
  }
  std::mt19937_64 rng(argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 42);
  // About one entity for every eight statements, each name once.
  const std::size_t entity_count = std::max<std::size_t>(count / 8, 10);
  std::vector<Generated> entities;
  entities.reserve(entity_count);
  std::unordered_set<std::string> names;
  while (entities.size() < entity_count) {
    Generated g = make_entity(rng);
    if (names.insert(g.name).second) entities.push_back(std::move(g));
  }
  // Ranks are shuffled so that hubs are of every kind.
  std::shuffle(entities.begin(), entities.end(), rng);
  PowerLaw pick(entity_count, 1.1);

  struct Earlier {
    std::size_t subject, relation, object;
  };
  std::vector<Earlier> earlier;
  std::string buffer;
  const std::size_t per_document = 25;
  for (std::size_t i = 0; i < count; ++i) {
    std::size_t doc = i / per_document;
    auto sentence = static_cast<std::uint32_t>(i % per_document + 1);
    Earlier e;
    if (!earlier.empty() && rng() % 20 == 0) {
      e = earlier[rng() % earlier.size()];  // read again elsewhere
    } else {
      e = {pick(rng), rng() % kRelations.size(), pick(rng)};
      if (e.object == e.subject) e.object = (e.object + 1) % entity_count;
      if (earlier.size() < 100000)
        earlier.push_back(e);
      else
        earlier[rng() % earlier.size()] = e;
    }
    const Generated& s = entities[e.subject];
    const Generated& o = entities[e.object];
    const auto& [text, lemma] = kRelations[e.relation];
    std::string sentence_text = kOpenings[rng() % kOpenings.size()] + s.name + " " + text + " " +
                                o.name + ", a-t-on appris de source proche du dossier.";
    std::uint32_t start = (sentence - 1) * 160;
    nlohmann::json line = {
        {"subject", {{"name", s.name}, {"type", type_name(s.kind)}, {"mention", s.name}}},
        {"relation", {{"text", text}, {"lemma", lemma}}},
        {"object", {{"name", o.name}, {"type", type_name(o.kind)}, {"mention", o.name}}},
        {"negated", rng() % 25 == 0},
        {"modality", rng() % 10 == 0 ? "conditional" : "asserted"},
        {"confidence", 0.5 + static_cast<double>(rng() % 50) / 100.0},
        {"sources",
         {{{"doc",
            "depeches/" + std::to_string(2015 + doc % 10) + "/" + std::to_string(doc) + ".txt"},
           {"sentence", sentence},
           {"start", start},
           {"end", start + static_cast<std::uint32_t>(sentence_text.size())},
           {"text", sentence_text}}}}};
    buffer += line.dump();
    buffer += '\n';
    if (buffer.size() > (1 << 20)) {
      out << buffer;
      buffer.clear();
    }
  }
  out << buffer;
  return out ? 0 : 1;
}
