#include "verb_conjugator.h"

#include <algorithm>
#include <array>

#include "text_util.h"

namespace trame::internal {
namespace {

std::string cut(const std::string& s, std::string_view suffix) {
  return s.substr(0, s.size() - suffix.size());
}

// Singular and plural third persons of one tense.
struct Pair {
  const char* sg;
  const char* pl;
};

struct Irregular {
  const char* lemma;
  Pair pri, pii, fti, cni, ifi, prs;
};

// Verbs no pattern below spells: the auxiliaries and the commonest irregulars.
constexpr Irregular kIrregulars[] = {
    {"avoir", {"a", "ont"}, {"avait", "avaient"}, {"aura", "auront"}, {"aurait", "auraient"},
     {"eut", "eurent"}, {"ait", "aient"}},
    {"être", {"est", "sont"}, {"était", "étaient"}, {"sera", "seront"}, {"serait", "seraient"},
     {"fut", "furent"}, {"soit", "soient"}},
    {"aller", {"va", "vont"}, {"allait", "allaient"}, {"ira", "iront"}, {"irait", "iraient"},
     {"alla", "allèrent"}, {"aille", "aillent"}},
    {"faire", {"fait", "font"}, {"faisait", "faisaient"}, {"fera", "feront"}, {"ferait", "feraient"},
     {"fit", "firent"}, {"fasse", "fassent"}},
    {"devoir", {"doit", "doivent"}, {"devait", "devaient"}, {"devra", "devront"},
     {"devrait", "devraient"}, {"dut", "durent"}, {"doive", "doivent"}},
    {"pouvoir", {"peut", "peuvent"}, {"pouvait", "pouvaient"}, {"pourra", "pourront"},
     {"pourrait", "pourraient"}, {"put", "purent"}, {"puisse", "puissent"}},
    {"vouloir", {"veut", "veulent"}, {"voulait", "voulaient"}, {"voudra", "voudront"},
     {"voudrait", "voudraient"}, {"voulut", "voulurent"}, {"veuille", "veuillent"}},
    {"savoir", {"sait", "savent"}, {"savait", "savaient"}, {"saura", "sauront"},
     {"saurait", "sauraient"}, {"sut", "surent"}, {"sache", "sachent"}},
    {"valoir", {"vaut", "valent"}, {"valait", "valaient"}, {"vaudra", "vaudront"},
     {"vaudrait", "vaudraient"}, {"valut", "valurent"}, {"vaille", "vaillent"}},
    {"falloir", {"faut", "faut"}, {"fallait", "fallait"}, {"faudra", "faudra"},
     {"faudrait", "faudrait"}, {"fallut", "fallut"}, {"faille", "faille"}},
    {"voir", {"voit", "voient"}, {"voyait", "voyaient"}, {"verra", "verront"},
     {"verrait", "verraient"}, {"vit", "virent"}, {"voie", "voient"}},
};

const char* pick(const Irregular& v, const std::string& tense, bool plural) {
  const Pair* p = tense == "pri"   ? &v.pri
                  : tense == "pii" ? &v.pii
                  : tense == "fti" ? &v.fti
                  : tense == "cni" ? &v.cni
                  : tense == "ifi" ? &v.ifi
                  : tense == "prs" ? &v.prs
                                   : nullptr;
  if (!p) return nullptr;
  return plural ? p->pl : p->sg;
}

// Replaces the last occurrence of `from` in s by `to`; empty when there is none.
std::string replace_last(const std::string& s, std::string_view from, std::string_view to) {
  std::size_t at = s.rfind(from);
  if (at == std::string::npos) return {};
  return s.substr(0, at) + std::string(to) + s.substr(at + from.size());
}

// Stems of a first-group verb: the regular one and its usual changes ("achet" -> "achèt",
// "céd" -> "cèd", "appel" -> "appell", "emploj" -> "emploi").
std::vector<std::string> er_stems(const std::string& stem) {
  std::vector<std::string> out{stem};
  auto add = [&](const std::string& s) {
    if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  };
  // The last vowel of the stem followed by one consonant: e/é -> è.
  if (stem.size() >= 2) {
    std::size_t e = stem.rfind('e');
    if (e != std::string::npos && e + 1 < stem.size() && e + 3 >= stem.size())
      add(stem.substr(0, e) + "è" + stem.substr(e + 1));
    add(replace_last(stem, "é", "è"));
  }
  if (ends_with(stem, "el") || ends_with(stem, "et")) add(stem + stem.substr(stem.size() - 1));
  if (ends_with(stem, "oy") || ends_with(stem, "uy") || ends_with(stem, "ay")) add(cut(stem, "y") + "i");
  return out;
}

// "lanc" -> "lanç", "mang" -> "mange": before a or o.
std::string soft(const std::string& stem) {
  if (ends_with(stem, "c")) return cut(stem, "c") + "ç";
  if (ends_with(stem, "g")) return stem + "e";
  return stem;
}

}  // namespace

std::vector<std::string> conjugation_candidates(const std::string& lemma, const std::string& tense,
                                                int person, bool plural) {
  std::vector<std::string> out;
  if (person != 3) return out;
  auto add = [&](const std::string& s) {
    if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  };
  for (const Irregular& v : kIrregulars) {
    // "prévoir", "revoir" conjugate as "voir" but for their future; "refaire" as "faire".
    std::string base = v.lemma;
    if (lemma == base || (ends_with(lemma, base) && (base == "voir" || base == "faire" || base == "venir"))) {
      const char* f = pick(v, tense, plural);
      if (f) add(cut(lemma, base) + f);
    }
  }
  const bool sg = !plural;
  const std::string future_stem = ends_with(lemma, "re") ? cut(lemma, "e") : lemma;
  if (tense == "fti") add(future_stem + (sg ? "a" : "ont"));
  if (tense == "cni") add(future_stem + (sg ? "ait" : "aient"));

  if (ends_with(lemma, "er")) {
    std::string stem = cut(lemma, "er");
    std::vector<std::string> stems = er_stems(stem);
    for (const std::string& s : stems) {
      if (tense == "pri" || tense == "prs") add(s + (sg ? "e" : "ent"));
      if (tense == "fti" && s != stem) add(s + (sg ? "era" : "eront"));
      if (tense == "cni" && s != stem) add(s + (sg ? "erait" : "eraient"));
    }
    if (tense == "pii") add(soft(stem) + (sg ? "ait" : "aient"));
    if (tense == "pii" && !sg) add(stem + "aient");
    if (tense == "ifi") add(sg ? soft(stem) + "a" : stem + "èrent");
    return out;
  }
  if (ends_with(lemma, "enir")) {  // tenir, venir and their family
    std::string b = cut(lemma, "enir");
    if (tense == "pri") add(b + (sg ? "ient" : "iennent"));
    if (tense == "prs") add(b + (sg ? "ienne" : "iennent"));
    if (tense == "pii") add(b + (sg ? "enait" : "enaient"));
    if (tense == "fti") add(b + (sg ? "iendra" : "iendront"));
    if (tense == "cni") add(b + (sg ? "iendrait" : "iendraient"));
    if (tense == "ifi") add(b + (sg ? "int" : "inrent"));
    return out;
  }
  if (ends_with(lemma, "evoir")) {  // recevoir, percevoir
    std::string b = cut(lemma, "evoir");
    std::string bc = ends_with(b, "c") ? cut(b, "c") + "ç" : b;
    if (tense == "pri") add(bc + (sg ? "oit" : "oivent"));
    if (tense == "pii") add(b + (sg ? "evait" : "evaient"));
    if (tense == "fti") add(b + (sg ? "evra" : "evront"));
    if (tense == "cni") add(b + (sg ? "evrait" : "evraient"));
    return out;
  }
  if (ends_with(lemma, "ir")) {
    std::string s = cut(lemma, "ir");
    if (tense == "pri") {
      add(s + (sg ? "it" : "issent"));      // finir
      add(s + (sg ? "e" : "ent"));           // ouvrir, offrir
      if (sg && s.size() > 1) add(s.substr(0, s.size() - 1) + "t");  // partir, sortir
      if (sg) add(s + "t");                  // courir
    }
    if (tense == "prs") add(s + (sg ? "isse" : "issent"));
    if (tense == "pii") {
      add(s + (sg ? "issait" : "issaient"));
      add(s + (sg ? "ait" : "aient"));
    }
    if (tense == "ifi") add(s + (sg ? "it" : "irent"));
    return out;
  }
  if (ends_with(lemma, "re")) {
    // Each family's singular and plural present; the imperfect is the plural's stem.
    std::vector<std::pair<std::string, std::string>> present;  // (sg, pl)
    if (ends_with(lemma, "indre")) {
      std::string b = cut(lemma, "ndre");  // "attei"
      present.push_back({b + "nt", b + "gnent"});
    } else if (ends_with(lemma, "prendre")) {
      std::string b = cut(lemma, "dre");  // "pren"
      present.push_back({b + "d", b + "nent"});
      if (tense == "ifi") add(cut(lemma, "endre") + (sg ? "it" : "irent"));
    } else if (ends_with(lemma, "ttre")) {
      std::string b = cut(lemma, "tre");  // "met", "bat"
      present.push_back({b, b + "tent"});
      if (tense == "ifi" && ends_with(lemma, "ettre")) add(cut(lemma, "ettre") + (sg ? "it" : "irent"));
    } else if (ends_with(lemma, "uire")) {
      std::string b = cut(lemma, "re");  // "condui"
      present.push_back({b + "t", b + "sent"});
      if (tense == "ifi") add(b + (sg ? "sit" : "sirent"));
    } else if (ends_with(lemma, "ivre")) {
      std::string b = cut(lemma, "vre");  // "sui"
      present.push_back({b + "t", b + "vent"});
    } else if (ends_with(lemma, "crire")) {
      std::string b = cut(lemma, "re");  // "écri"
      present.push_back({b + "t", b + "vent"});
      if (tense == "ifi") add(b + (sg ? "vit" : "virent"));
    } else if (ends_with(lemma, "aître")) {
      std::string b = cut(lemma, "aître");  // "conn"
      present.push_back({b + "aît", b + "aissent"});
      present.push_back({b + "ait", b + "aissent"});
    } else if (ends_with(lemma, "ire")) {
      std::string b = cut(lemma, "re");  // "éli", "di"
      present.push_back({b + "t", b + "sent"});
    } else {
      std::string s = cut(lemma, "re");  // "vend", "répond"
      present.push_back({s, s + "ent"});
      if (tense == "ifi") add(s + (sg ? "it" : "irent"));
    }
    for (const auto& [psg, ppl] : present) {
      if (tense == "pri") add(sg ? psg : ppl);
      std::string imperfect = cut(ppl, "ent");
      if (tense == "pii") add(imperfect + (sg ? "ait" : "aient"));
      if (tense == "prs") add(imperfect + (sg ? "e" : "ent"));
    }
  }
  return out;
}

namespace {

struct Lexical {
  std::string lemma;
  std::vector<std::string> tags;
  bool has(std::string_view t) const { return std::find(tags.begin(), tags.end(), t) != tags.end(); }
};

Lexical parse(const std::string& text) {
  Lexical out;
  std::size_t lt = text.find('<');
  out.lemma = text.substr(0, lt);
  while (lt != std::string::npos) {
    std::size_t gt = text.find('>', lt);
    if (gt == std::string::npos) break;
    out.tags.push_back(text.substr(lt + 1, gt - lt - 1));
    lt = text.find('<', gt);
  }
  return out;
}

// Participles a seen form and the lemma suggest for the masculine singular: "rachetées" ->
// "racheté", "mises" -> "mis", "détenue" -> "détenu", "conduites" -> "conduit".
std::vector<std::string> participle_candidates(const std::string& lemma, const std::string& seen) {
  std::vector<std::string> out;
  auto add = [&](const std::string& s) {
    if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  };
  std::string f = to_lower(seen);
  if (!f.empty()) {
    add(f);
    if (ends_with(f, "es")) add(cut(f, "es"));
    if (ends_with(f, "e")) add(cut(f, "e"));
    if (ends_with(f, "s")) add(cut(f, "s"));
  }
  if (ends_with(lemma, "er")) add(cut(lemma, "er") + "é");
  if (ends_with(lemma, "ir")) add(cut(lemma, "ir") + "i");
  if (ends_with(lemma, "enir")) add(cut(lemma, "ir") + "u");
  if (ends_with(lemma, "re")) add(cut(lemma, "re") + "u");
  return out;
}

}  // namespace

std::string VerbConjugator::form(const std::string& lexical, const std::string& seen) {
  std::string key = lexical + "|" + seen;
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  Lexical want = parse(lexical);
  std::string result;
  std::vector<std::string> candidates;
  std::string tense;
  for (const char* t : {"pri", "pii", "fti", "cni", "ifi", "prs"})
    if (want.has(t)) tense = t;
  if (want.has("inf")) {
    result = want.lemma;
  } else if (want.has("pp")) {
    candidates = participle_candidates(want.lemma, seen);
  } else if (!tense.empty()) {
    int person = want.has("p1") ? 1 : want.has("p2") ? 2 : 3;
    candidates = conjugation_candidates(want.lemma, tense, person, want.has("pl"));
  }
  if (!candidates.empty()) {
    std::vector<std::vector<Analysis>> readings = analyzer_.analyse_words(candidates);
    for (std::size_t i = 0; i < candidates.size() && result.empty(); ++i) {
      for (const Analysis& a : readings[i]) {
        if (a.parts.size() != 1 || to_lower(a.parts[0].lemma) != to_lower(want.lemma)) continue;
        const Morpheme& m = a.parts[0];
        bool ok;
        if (want.has("pp")) {
          ok = m.has("pp") && (m.has("m") || m.has("mf")) && (m.has("sg") || m.has("sp"));
        } else {
          ok = m.has(tense) && m.has("p3") == want.has("p3") &&
               (m.has(want.has("pl") ? "pl" : "sg") || m.has("sp"));
        }
        if (ok) {
          result = candidates[i];
          break;
        }
      }
    }
  }
  cache_[key] = result;
  return result;
}

std::string VerbConjugator::realise(const std::vector<RelationWord>& words) {
  std::vector<std::string> plain;
  for (const RelationWord& w : words) {
    if (!w.generate) {
      plain.push_back(w.text);
      continue;
    }
    std::string f = form(w.text, w.seen);
    if (f.empty()) return {};
    plain.push_back(f);
  }
  static const std::array<std::string_view, 15> kVowels = {"a", "e", "i", "o", "u", "y", "h", "à",
                                                           "â", "é", "è", "ê", "î", "ô", "û"};
  std::string text;
  for (std::size_t i = 0; i < plain.size(); ++i) {
    std::string word = plain[i];
    if ((word == "de" || word == "d'" || word == "d’") && i + 1 < plain.size()) {
      bool vowel = std::any_of(kVowels.begin(), kVowels.end(), [&](std::string_view v) {
        return plain[i + 1].rfind(v, 0) == 0;
      });
      word = vowel ? "d'" : "de";
    }
    if (!text.empty() && text.back() != '\'') text += ' ';
    text += word;
  }
  return text;
}

}  // namespace trame::internal
