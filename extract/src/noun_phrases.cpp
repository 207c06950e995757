#include "noun_phrases.h"

#include <algorithm>
#include <set>

#include "french_lexicon.h"
#include "trame/extract/statement.h"
#include "text_util.h"

namespace trame::internal {
namespace {

using Tokens = std::vector<Token>;

const Token* at(const Tokens& t, int i) {
  return i >= 0 && i < static_cast<int>(t.size()) ? &t[static_cast<std::size_t>(i)] : nullptr;
}

std::string lower_form(const Token& t) { return to_lower(t.form); }

// Words after which a capital letter says nothing: the sentence start, opening quotes,
// brackets, colons and dashes.
bool capital_is_positional(const Tokens& t, int i) {
  if (i == 0) return true;
  const Token& prev = t[static_cast<std::size_t>(i - 1)];
  if (!prev.is(Upos::Punct)) return false;
  static const std::set<std::string, std::less<>> kOpeners = {"«", "\"", "(", "[", ":", "—", "–",
                                                              "-", "“", ".", "!", "?", "…", "•"};
  return kOpeners.count(prev.form) > 0;
}

bool is_determiner(const Token& t) { return t.is(Upos::Det); }

// An article the tagger took for a clitic pronoun, before a name or a noun: "remporte la
// FA Cup".
bool article_read_as_pronoun(const Tokens& t, int i) {
  if (i + 1 >= static_cast<int>(t.size()) || !t[static_cast<std::size_t>(i)].is(Upos::Pron))
    return false;
  std::string l = to_lower(t[static_cast<std::size_t>(i)].form);
  if (l != "le" && l != "la" && l != "les" && l != "l'" && l != "l’") return false;
  const Token& next = t[static_cast<std::size_t>(i + 1)];
  return next.is(Upos::Noun) || (next.is(Upos::Propn) && is_name_word(t, i + 1));
}

// A common noun, or the acronym of one ("IA", "PDG", "ONG").
bool is_common_noun(const Token& t) {
  if (t.is(Upos::Noun)) return true;
  std::string lower = to_lower(t.form);
  // "déléguée CGT": a role the tagger took for a participle.
  if (t.is(Upos::Verb) && t.is_past_participle() && is_role_noun(lower)) return true;
  return is_all_upper(t.form) && (descriptor_type(lower) || is_role_noun(lower));
}

bool is_adjective(const Token& t) { return t.is(Upos::Adj); }

char gender_of(const Token& t) { return t.gender(); }
char number_of(const Token& t) { return t.number(); }

// What Apertium's proper-noun subclasses say of a name, over all readings of its words:
// <ant> first names, <cog> surnames, <top> places, <al> other names (organisations,
// brands). A first name before another word makes a person; otherwise an organisation
// reading wins over a surname one ("Apple" is both), then places.
bool is_first_name(const Token& w);

std::optional<EntityType> proper_noun_type(const Tokens& t, Span name) {
  bool first_name = false, organisation = false, place = false, surname = false;
  // "Olympique de Marseille", "Banque de France": after a common word, a place behind "de"
  // only locates the organisation the name begins with.
  const Token& head = t[static_cast<std::size_t>(name.begin)];
  bool common_head = (head.is(Upos::Noun) || head.is(Upos::Adj)) && !head.unknown;
  for (int k = name.begin; k < name.end; ++k) {
    const Token& w = t[static_cast<std::size_t>(k)];
    if (common_head && w.is(Upos::Adp)) break;
    // A capitalised common noun heading an institution's name ("Centre hospitalier de X")
    // says nothing through its rare proper-noun readings (the region "Centre").
    if (w.is(Upos::Noun) || w.is(Upos::Adj) || w.is(Upos::Adp) || w.is(Upos::Det)) continue;
    auto scan = [&](const std::vector<std::string>& tags) {
      if (tags.empty() || tags.front() != "np") return;
      for (const std::string& tag : tags) {
        if (tag == "ant" && k + 1 < name.end) first_name = true;
        if (tag == "al") organisation = true;
        if (tag == "top") place = true;
        if (tag == "cog") surname = true;
      }
    };
    scan(w.tags);
    for (const Morpheme& m : w.alternatives) scan(m.tags);
  }
  if (first_name) return EntityType::Person;
  if (organisation) return EntityType::Organization;
  // An acronym heading a name of several words is an organisation's: "AS Bellerive", "RC
  // Lens", "SNCF Réseau" (a person's name begins with no acronym).
  if (is_all_upper(head.form) && char_count(head.form) >= 2 && name.end - name.begin > 1 &&
      !has_digit(head.form))
    return EntityType::Organization;
  if (place) return EntityType::Place;
  // "Biscuiterie Kerlann": a name headed by a common noun that is no first name is no
  // person's, whatever surnames follow.
  if (surname && !(common_head && !is_first_name(head) && name.end - name.begin > 1))
    return EntityType::Person;
  return std::nullopt;
}

}  // namespace

bool is_name_word(const Tokens& tokens, int i) {
  const Token* t = at(tokens, i);
  if (!t || t->is(Upos::Punct) || t->is(Upos::Sym)) return false;
  // Acronyms of common nouns: "PDG", "IA", "ONG" describe, they do not name.
  if (is_all_upper(t->form) && (descriptor_type(to_lower(t->form)) || is_role_noun(to_lower(t->form))))
    return false;
  // Titles the dictionary keeps as one capitalised unit: "Premier ministre".
  if (t->is(Upos::Noun) && t->form.find(' ') != std::string::npos && is_role_noun(to_lower(t->form)))
    return false;
  // A sentence-initial common word followed by a capitalised word opens a name: "Brume
  // Interactive", "Air France" (not a describing noun: "Président Macron").
  if ((t->is(Upos::Noun) || t->is(Upos::Adj)) && starts_upper(t->form) &&
      capital_is_positional(tokens, i) && !is_all_upper(t->form) && i + 1 < static_cast<int>(tokens.size())) {
    const Token& next = tokens[static_cast<std::size_t>(i + 1)];
    std::string lower = to_lower(t->lemma);
    if (starts_upper(next.form) && !next.is(Upos::Punct) && !next.is(Upos::Det) &&
        !next.is(Upos::Pron) && !next.is(Upos::Adp) && !descriptor_type(lower) &&
        !is_role_noun(lower) && next.form.find('\'') == std::string::npos)
      return true;
  }
  if (t->is(Upos::Propn)) {
    // A sentence-initial capital the tagger took for a name, when the word is also an
    // ordinary word, is the ordinary word ("Selon", "Pour").
    if (capital_is_positional(tokens, i) && !t->alternatives.empty()) {
      for (const Morpheme& m : t->alternatives)
        if (!m.tags.empty() && (m.tags.front() == "pr" || m.tags.front() == "adv" ||
                                m.tags.front() == "cnjadv" || m.tags.front() == "cnjsub" ||
                                m.tags.front() == "det" || m.tags.front() == "prn"))
          return false;
    }
    return true;
  }
  // Times and measures ("15h", "20h30", "10km") are no names.
  if (!t->form.empty() && t->form[0] >= '0' && t->form[0] <= '9') return false;
  if (t->unknown && (starts_upper(t->form) || is_all_upper(t->form))) return true;
  // Capitalised common nouns inside a sentence are parts of names ("la Commission
  // européenne", "la Station spatiale internationale"), and acronyms anywhere.
  if (t->is(Upos::Noun) && is_all_upper(t->form) && char_count(t->form) >= 2) return true;
  if (t->is(Upos::Noun) && starts_upper(t->form) && !capital_is_positional(tokens, i))
    return true;
  // A word with an inner capital or digits and letters ("xAI", "iPhone", "GPT-4").
  // (Not a multiword unit of the dictionary: "ministre de la Justice".)
  if (!t->is(Upos::Num) && has_letter(t->form) && t->form.find(' ') == std::string::npos &&
      (has_digit(t->form) || (!starts_upper(t->form) && !is_all_upper(t->form) &&
                              to_lower(t->form) != t->form)))
    return true;
  return false;
}

namespace {

// Extends a name from `i` over name words and the particles between them.
int name_end(const Tokens& tokens, int i) {
  int end = i;
  int n = static_cast<int>(tokens.size());
  while (end < n) {
    if (is_name_word(tokens, end)) {
      ++end;
      continue;
    }
    // An initial the analyser left apart from its period: "J. A. Howe", "J.A. Howe".
    if (end > i && end + 1 < n && tokens[static_cast<std::size_t>(end)].form == "." &&
        char_count(tokens[static_cast<std::size_t>(end - 1)].form) == 1 &&
        starts_upper(tokens[static_cast<std::size_t>(end - 1)].form) &&
        !tokens[static_cast<std::size_t>(end - 1)].space_after &&
        is_name_word(tokens, end + 1)) {
      end += 1;
      continue;
    }
    // "Perrin & Cie", "Procter & Gamble"
    if (end > i && end + 1 < n && tokens[static_cast<std::size_t>(end)].form == "&" &&
        (is_name_word(tokens, end + 1) || starts_upper(tokens[static_cast<std::size_t>(end + 1)].form))) {
      end += 2;
      continue;
    }
    // A number naming a version or a channel: "France 2", "Ariane 6" (not an amount:
    // "à Renault 300 voitures").
    if (end > i && tokens[static_cast<std::size_t>(end)].is(Upos::Num) &&
        !tokens[static_cast<std::size_t>(end)].form.empty() &&
        tokens[static_cast<std::size_t>(end)].form.size() <= 4 &&
        std::all_of(tokens[static_cast<std::size_t>(end)].form.begin(),
                    tokens[static_cast<std::size_t>(end)].form.end(),
                    [](char c) { return c >= '0' && c <= '9'; }) &&
        !(end + 1 < n && (tokens[static_cast<std::size_t>(end + 1)].is(Upos::Noun) ||
                          tokens[static_cast<std::size_t>(end + 1)].is(Upos::Adj) ||
                          tokens[static_cast<std::size_t>(end + 1)].is(Upos::Num)))) {
      ++end;
      break;
    }
    // A capitalised adjective or participle inside a name: "Justice Ouverte", "France
    // Insoumise".
    if (end > i && starts_upper(tokens[static_cast<std::size_t>(end)].form) &&
        !capital_is_positional(tokens, end) &&
        (tokens[static_cast<std::size_t>(end)].is(Upos::Adj) ||
         tokens[static_cast<std::size_t>(end)].is(Upos::Verb))) {
      ++end;
      continue;
    }
    // Hyphenated names the analyser split: "Saint-Honoré", "Aix-en-Provence".
    if (end > i && end + 1 < n && tokens[static_cast<std::size_t>(end)].form == "-" &&
        !tokens[static_cast<std::size_t>(end - 1)].space_after &&
        !tokens[static_cast<std::size_t>(end)].space_after &&
        (is_name_word(tokens, end + 1) || starts_upper(tokens[static_cast<std::size_t>(end + 1)].form))) {
      end += 2;
      continue;
    }
    // "von der Leyen", "Banque de France", "Le Voyage de Chihiro"; a capitalised particle
    // begins a surname after a first name: "Pierre-Yves Le Floch", "Marine Le Pen".
    int j = end;
    while (j < n && is_name_particle(lower_form(tokens[static_cast<std::size_t>(j)])) &&
           (!starts_upper(tokens[static_cast<std::size_t>(j)].form) ||
            (j == end && end > i && tokens[static_cast<std::size_t>(end - 1)].is(Upos::Propn) &&
             !tokens[static_cast<std::size_t>(j)].is(Upos::Cconj))) &&
           j - end < 2)
      ++j;
    // "Banque Vauclair et le Crédit Méridional" are two names: "et" joins names only
    // directly ("Marks et Spencer").
    bool coordinates = false;
    for (int q = end; q + 1 < j; ++q)
      if (tokens[static_cast<std::size_t>(q)].is(Upos::Cconj)) coordinates = true;
    if (j > end && j < n && is_name_word(tokens, j) && !coordinates &&
        !tokens[static_cast<std::size_t>(j - 1)].is(Upos::Cconj)) {
      end = j;
      continue;
    }
    break;
  }
  return end;
}

// A name or title in quotes: « Pérouse amitié », "Les Marées". Returns the index of the
// closing quote when the quote at i opens one (a capitalised first word, no finite verb,
// at most eight words), -1 otherwise.
int quoted_name_end(const Tokens& t, int i) {
  const int n = static_cast<int>(t.size());
  if (i < 0 || i >= n) return -1;
  const std::string& open = t[static_cast<std::size_t>(i)].form;
  bool opens = open == "«" || open == "“" ||
               (open == "\"" && (i == 0 || t[static_cast<std::size_t>(i - 1)].space_after));
  if (!opens || i + 1 >= n || !starts_upper(t[static_cast<std::size_t>(i + 1)].form)) return -1;
  for (int j = i + 1; j < n && j <= i + 9; ++j) {
    const Token& w = t[static_cast<std::size_t>(j)];
    if (w.form == "»" || w.form == "”" || (w.form == "\"" && j > i + 1)) return j > i + 1 ? j : -1;
    if (w.is_finite_verb() || w.form == "." || w.form == "," || w.form == ":") return -1;
  }
  return -1;
}

bool is_first_name(const Token& w) {
  auto scan = [](const std::vector<std::string>& tags) {
    return !tags.empty() && tags.front() == "np" &&
           std::find(tags.begin(), tags.end(), "ant") != tags.end();
  };
  if (scan(w.tags)) return true;
  for (const Morpheme& m : w.alternatives)
    if (scan(m.tags)) return true;
  return false;
}

// A capitalised common word before a first name, inside a sentence: "Française" in "la
// Française Lucie Maréchal". Words that begin place and saint names are no descriptors.
bool is_capitalised_descriptor(const Tokens& t, int j) {
  const Token& w = t[static_cast<std::size_t>(j)];
  bool common = w.is(Upos::Noun) || w.is(Upos::Adj) || (w.unknown && w.is(Upos::Propn));
  if (!common || !starts_upper(w.form) || capital_is_positional(t, j) || is_all_upper(w.form))
    return false;
  static const std::set<std::string, std::less<>> kPlaceWords = {
      "saint", "sainte", "san", "santa", "são", "sao", "don", "lord", "sir", "lady", "mont",
      "cap", "port", "fort", "lac", "pont", "grand", "grande", "petit", "petite", "vieux",
      "nouveau", "nouvelle", "haut", "haute", "bas", "basse", "notre-dame", "sœur", "père",
      "frère", "mère"};
  std::string lower = to_lower(w.form);
  if (kPlaceWords.count(lower)) return false;
  const Token& next = t[static_cast<std::size_t>(j + 1)];
  if (!next.is(Upos::Propn) && !(next.unknown && starts_upper(next.form))) return false;
  if (is_first_name(next)) return !w.is(Upos::Propn) || !is_first_name(w);
  // Nationalities and origins by their endings ("Néerlandaise", "Vaudoise", "Italienne",
  // "Tchèque") and a few that have none.
  static const std::set<std::string, std::less<>> kOthers = {
      "suisse", "belge", "russe", "britannique", "basque", "corse", "slovaque", "bulgare",
      "croate", "serbe", "slovène", "grec", "grecque", "turc", "turque", "monégasque",
      "biélorusse", "cypriote", "arabe", "kurde", "ouzbek", "kazakh", "tchétchène", "afghan",
      "afghane", "catalan", "catalane", "andalou", "andalouse", "breton", "bretonne",
      "letton", "lettone", "argentin", "argentine", "kényan", "kényane", "nigérian",
      "nigériane"};
  if (kOthers.count(lower)) return true;
  for (const char* ending : {"ais", "aise", "ois", "oise", "ain", "aine", "ien", "ienne", "éen",
                             "éenne", "and", "ande", "ol", "ole", "èque"})
    if (ends_with(lower, ending) && char_count(lower) > std::string_view(ending).size() + 2)
      return true;
  return false;
}

// A capitalised demonym inside a sentence, after a determiner: "le Limbourgeois", "la
// Montréalaise", "l'Américain".
bool is_demonym(const Tokens& t, int j) {
  const Token& w = t[static_cast<std::size_t>(j)];
  if (!starts_upper(w.form) || capital_is_positional(t, j) || is_all_upper(w.form)) return false;
  if (!(w.is(Upos::Noun) || w.is(Upos::Propn) || w.is(Upos::Adj))) return false;
  if (!t[static_cast<std::size_t>(j - 1)].is(Upos::Det)) return false;
  std::string lower = to_lower(w.form);
  for (const char* ending : {"ais", "aise", "ois", "oise", "ain", "aine", "ien", "ienne", "éen",
                             "éenne", "and", "ande", "èque"})
    if (ends_with(lower, ending) && char_count(lower) > std::string_view(ending).size() + 3)
      return !is_first_name(w);
  return false;
}

// The end of a name headed by a capitalised common noun, from `j` (after its adjectives):
// up to two "de" complements in lower case ("de justice", "de la concurrence") and then
// names ("de l'Union européenne", "de Brévin").
int institution_name_end(const Tokens& t, int j) {
  const int n = static_cast<int>(t.size());
  int common = 0;
  while (j + 1 < n) {
    // "de contrôle prudentiel et de résolution": coordinated complements.
    if (common > 0 && j + 2 < n && to_lower(t[static_cast<std::size_t>(j)].form) == "et" &&
        t[static_cast<std::size_t>(j + 1)].is(Upos::Adp) &&
        to_lower(t[static_cast<std::size_t>(j + 1)].form) == "de") {
      // "et de résolution", "et des libertés"
      int w = j + 2;
      if (w < n && t[static_cast<std::size_t>(w)].is(Upos::Det)) ++w;
      if (w < n && t[static_cast<std::size_t>(w)].is(Upos::Noun) &&
          starts_lower(t[static_cast<std::size_t>(w)].form))
        ++j;
    }
    const Token& de = t[static_cast<std::size_t>(j)];
    std::string dl = to_lower(de.form);
    // "de la concurrence", and "pour" in names of causes: "Coalition pour l'énergie juste".
    if (!de.is(Upos::Adp) || (dl != "de" && dl != "d'" && dl != "d’" && dl != "pour")) break;
    int q = j + 1;
    if (q < n && t[static_cast<std::size_t>(q)].is(Upos::Det) &&
        !starts_upper(t[static_cast<std::size_t>(q)].form))
      ++q;
    if (q >= n) break;
    const Token& w = t[static_cast<std::size_t>(q)];
    if (is_name_word(t, q)) {
      int end = name_end(t, q);
      // "Union européenne": a capitalised common noun keeps its adjectives (a proper noun
      // does not: "de Rouvray présente ...").
      if (t[static_cast<std::size_t>(q)].is(Upos::Noun))
        while (end < n && t[static_cast<std::size_t>(end)].is(Upos::Adj) &&
               starts_lower(t[static_cast<std::size_t>(end)].form))
          ++end;
      j = end;
      continue;
    }
    if (common < 2 && w.is(Upos::Noun) && starts_lower(w.form) && !w.unknown) {
      ++q;
      while (q < n && t[static_cast<std::size_t>(q)].is(Upos::Adj) &&
             starts_lower(t[static_cast<std::size_t>(q)].form))
        ++q;
      ++common;
      // "de la rivière Mékong": a describing noun and its name.
      if (q < n && is_name_word(t, q)) q = name_end(t, q);
      j = q;
      continue;
    }
    break;
  }
  return j;
}

// A civility or professional title before a name ("M. Delaunay", "Mme Costes", "Me Julie
// Caron", "le Dr Martin"): not part of the name, but it says a person is meant, and which
// gender. Returns false when the word is no such title.
bool civil_title(const Token& t, char& gender, char& number) {
  static const std::set<std::string, std::less<>> kMale = {"M.", "M", "Monsieur", "MM.", "MM"};
  static const std::set<std::string, std::less<>> kFemale = {
      "Mme", "Mme.", "Madame", "Mlle", "Mlle.", "Mademoiselle", "Mmes", "Mlles"};
  static const std::set<std::string, std::less<>> kOther = {
      "Me", "Me.", "Maître", "Dr", "Dr.", "Docteur", "Pr", "Pr.", "Professeur", "Mgr", "Mgr.",
      "Monseigneur"};
  gender = 0;
  number = 's';
  if (kMale.count(t.form)) gender = 'm';
  else if (kFemale.count(t.form)) gender = 'f';
  else if (!kOther.count(t.form)) return false;
  if (t.form == "MM." || t.form == "MM" || t.form == "Mmes" || t.form == "Mlles") number = 'p';
  return true;
}

}  // namespace

std::vector<Mention> find_mentions(const Sentence& sentence) {
  const Tokens& t = sentence.tokens;
  const int n = static_cast<int>(t.size());
  std::vector<Mention> out;
  int i = 0;
  while (i < n) {
    const Token& tok = t[static_cast<std::size_t>(i)];
    std::string lower = lower_form(tok);

    // A quoted name standing alone: « Pérouse amitié » a voté.
    if (int close = quoted_name_end(t, i); close > 0) {
      Mention m;
      m.kind = MentionKind::Name;
      m.span = {i + 1, close};
      m.name = {i + 1, close};
      m.head = i + 1;
      m.number = 's';
      m.text = std::string(sentence.text.substr(t[static_cast<std::size_t>(i + 1)].begin - sentence.begin,
                                                t[static_cast<std::size_t>(close - 1)].end -
                                                    t[static_cast<std::size_t>(i + 1)].begin));
      out.push_back(std::move(m));
      i = close + 1;
      continue;
    }

    // A title before a name: "M. Delaunay", "la Pr Anne Morel". The name is the person's;
    // the title only types it.
    {
      int title = i;
      char gender = 0, number = 's';
      if (!civil_title(tok, gender, number) && is_determiner(tok) && i + 1 < n) title = i + 1;
      if (title + 1 < n && civil_title(t[static_cast<std::size_t>(title)], gender, number) &&
          starts_upper(t[static_cast<std::size_t>(title + 1)].form) &&
          !t[static_cast<std::size_t>(title + 1)].is(Upos::Punct)) {
        int end = name_end(t, title + 1);
        if (end <= title + 1) end = title + 2;
        Mention m;
        m.kind = MentionKind::Name;
        m.span = {i, end};
        m.name = {title + 1, end};
        m.head = title + 1;
        m.type = EntityType::Person;
        m.gender = gender;
        m.number = number;
        // "Me Antoine Berthelot": the first name tells what the title does not.
        const Token& first = t[static_cast<std::size_t>(title + 1)];
        if (!m.gender && is_first_name(first)) {
          for (const Morpheme& alt : first.alternatives)
            if (!m.gender && alt.has("ant")) m.gender = alt.has("f") ? 'f' : alt.has("m") ? 'm' : 0;
          if (!m.gender && first.has("ant")) m.gender = first.gender();
        }
        if (title > i) {
          m.determiner = to_lower(tok.lemma);
          m.definite = true;
        }
        m.text = std::string(sentence.text.substr(
            tok.begin - sentence.begin, t[static_cast<std::size_t>(end - 1)].end - tok.begin));
        out.push_back(std::move(m));
        i = end;
        continue;
      }
    }

    // "ce dernier", "cette dernière" standing alone: the last one the text mentioned.
    if ((lower == "ce" || lower == "cette" || lower == "ces") && i + 1 < n) {
      const Token& next = t[static_cast<std::size_t>(i + 1)];
      std::string nl = to_lower(next.form);
      bool alone = i + 2 >= n || !(t[static_cast<std::size_t>(i + 2)].is(Upos::Noun) ||
                                   t[static_cast<std::size_t>(i + 2)].is(Upos::Propn));
      if ((nl == "dernier" || nl == "dernière" || nl == "derniers" || nl == "dernières") && alone) {
        Mention m;
        m.kind = MentionKind::Pronoun;
        m.latter = true;
        m.span = {i, i + 2};
        m.head = i + 1;
        m.gender = (nl == "dernière" || nl == "dernières") ? 'f' : 'm';
        m.number = (nl == "derniers" || nl == "dernières") ? 'p' : 's';
        m.text = std::string(sentence.text.substr(tok.begin - sentence.begin, next.end - tok.begin));
        out.push_back(std::move(m));
        i += 2;
        continue;
      }
    }

    // The speaker's "je" and "nous" in what is quoted: resolved only through a reporting
    // incise ("« Nous conserverons la marque », a promis Mme Le Bihan").
    if (tok.is(Upos::Pron) &&
        (lower == "je" || lower == "j'" || lower == "j’" || lower == "nous" || lower == "on") &&
        i + 1 < n) {
      // "Nous les avons relancés": clitics may stand between.
      int v = i + 1;
      while (v + 1 < n && t[static_cast<std::size_t>(v)].is(Upos::Pron) &&
             std::set<std::string, std::less<>>{"le", "la", "l'", "l’", "les", "lui", "leur", "y",
                                                 "en", "nous", "vous", "se", "s'"}
                 .count(to_lower(t[static_cast<std::size_t>(v)].form)))
        ++v;
      const Token& next = t[static_cast<std::size_t>(v)];
      bool subject = lower != "nous" || next.is(Upos::Verb) || next.is(Upos::Aux) ||
                     to_lower(next.form) == "ne" || to_lower(next.form) == "n'" ||
                     to_lower(next.form) == "n’";
      bool clause_start = i == 0 || t[static_cast<std::size_t>(i - 1)].is(Upos::Punct) ||
                          t[static_cast<std::size_t>(i - 1)].is(Upos::Cconj) ||
                          t[static_cast<std::size_t>(i - 1)].is(Upos::Sconj) ||
                          to_lower(t[static_cast<std::size_t>(i - 1)].form) == "que";
      if (subject && (lower != "nous" || clause_start)) {
        Mention m;
        m.kind = MentionKind::Pronoun;
        m.span = {i, i + 1};
        m.head = i;
        m.text = tok.form;
        m.person = 1;
        m.number = lower == "nous" ? 'p' : 's';
        if (lower == "on") m.number = 0;  // "on" agrees in the singular but may be "nous"
        out.push_back(std::move(m));
        ++i;
        continue;
      }
    }

    // Referring pronouns.
    if (tok.is(Upos::Pron) && is_referring_pronoun(lower) && !article_read_as_pronoun(t, i)) {
      Mention m;
      m.kind = MentionKind::Pronoun;
      m.span = {i, i + 1};
      m.head = i;
      m.text = tok.form;
      m.gender = tok.gender();
      m.number = tok.number();
      // An elided "l'" may be "le" or "la": whatever gender the tagger chose says nothing.
      if (lower == "l'" || lower == "l’") {
        m.gender = 0;
        m.number = 's';
      }
      if (lower == "elle" || lower == "elles" || lower == "-elle" || lower == "-t-elle" ||
          starts_with(lower, "celle"))
        m.gender = 'f';
      // "celui-ci", "celle-ci": the last one mentioned.
      if (ends_with(lower, "-ci") || ends_with(lower, "-là")) m.latter = true;
      if (lower == "il" || lower == "ils" || lower == "-il" || lower == "-t-il" ||
          starts_with(lower, "celui") || starts_with(lower, "ceux"))
        m.gender = 'm';
      if (lower == "ils" || lower == "elles" || lower == "eux" || lower == "les" ||
          lower == "leur" || lower == "-ils" || lower == "-elles" || starts_with(lower, "ceux") ||
          starts_with(lower, "celles"))
        m.number = 'p';
      out.push_back(std::move(m));
      ++i;
      continue;
    }

    // Noun phrases: determiners, numbers and adjectives before a noun or a name.
    int start = i;
    int j = i;
    Mention m;
    bool title_start = false;
    // "tout le", "tous les"
    if (t[static_cast<std::size_t>(j)].is(Upos::Adj) && to_lower(t[static_cast<std::size_t>(j)].lemma) == "tout" &&
        j + 1 < n && is_determiner(t[static_cast<std::size_t>(j + 1)]))
      ++j;
    if (j < n && (is_determiner(t[static_cast<std::size_t>(j)]) || article_read_as_pronoun(t, j))) {
      const Token& det = t[static_cast<std::size_t>(j)];
      m.determiner = to_lower(det.lemma);
      m.definite = det.has("def") || det.has("dem");
      m.negative = m.determiner == "aucun" || m.determiner == "nul";
      m.gender = det.gender();
      m.number = det.number();
      // A capitalised article inside a sentence opens a title: "Le Voyage de Chihiro".
      if (starts_upper(det.form) && !capital_is_positional(t, j) && j + 1 < n &&
          (starts_upper(t[static_cast<std::size_t>(j + 1)].form)))
        title_start = true;
      ++j;
    }
    if (title_start) {
      int end = name_end(t, j);
      if (end > j) {
        m.span = {start, end};
        m.name = {start, end};  // the article is part of the title
        m.head = j;
        m.kind = MentionKind::Name;
        m.type = EntityType::Work;
        out.push_back(std::move(m));
        i = end;
        continue;
      }
    }
    // Numbers count what follows ("trois personnes"); a year before a name ("en 1876
    // Nikolaus Otto") is no part of it.
    while (j < n && ((t[static_cast<std::size_t>(j)].is(Upos::Num) &&
                      !(j + 1 < n && is_name_word(t, j + 1))) ||
                     (t[static_cast<std::size_t>(j)].is(Upos::Adv) && j + 1 < n &&
                      t[static_cast<std::size_t>(j + 1)].is(Upos::Adj) && j > start)))
      ++j;
    // Adjectives before the noun ("une nouvelle fusée", "le prochain vol"); a capitalised
    // one inside a sentence opens a name ("le Grand Prix", "la Nouvelle-Calédonie").
    while (j < n && is_adjective(t[static_cast<std::size_t>(j)]) && !is_name_word(t, j) &&
           !(starts_upper(t[static_cast<std::size_t>(j)].form) && !capital_is_positional(t, j) &&
             j + 1 < n && is_name_word(t, j + 1)))
      ++j;
    bool capital_adjective = j < n && is_adjective(t[static_cast<std::size_t>(j)]) &&
                             starts_upper(t[static_cast<std::size_t>(j)].form) &&
                             !capital_is_positional(t, j) && j + 1 < n && is_name_word(t, j + 1);
    // Common nouns (with their adjectives), possibly followed by a name.
    int nouns_begin = -1, nouns_end = -1;
    // A capitalised nationality or origin before a first name describes the person: "la
    // Française Lucie Maréchal", "l'Américain John Doe".
    // "le Limbourgeois", "la Montréalaise de 46 ans": a demonym alone describes a person.
    if (j < n && j > start && is_demonym(t, j) && !(j + 1 < n && is_name_word(t, j + 1))) {
      const Token& w = t[static_cast<std::size_t>(j)];
      m.kind = MentionKind::Description;
      m.span = {start, j + 1};
      m.head = j;
      m.descriptor = to_lower(w.form);
      m.type = EntityType::Person;
      if (!m.gender) m.gender = w.gender();
      m.text = std::string(sentence.text.substr(
          t[static_cast<std::size_t>(start)].begin - sentence.begin,
          w.end - t[static_cast<std::size_t>(start)].begin));
      out.push_back(std::move(m));
      i = j + 1;
      continue;
    }
    bool nationality = j + 1 < n && j > start && is_capitalised_descriptor(t, j);
    if (nationality) {
      nouns_begin = j;
      nouns_end = ++j;
    }
    while (!nationality && j < n && is_common_noun(t[static_cast<std::size_t>(j)]) &&
           !is_name_word(t, j)) {
      if (nouns_begin < 0) nouns_begin = j;
      ++j;
      nouns_end = j;
      while (j < n && (is_adjective(t[static_cast<std::size_t>(j)]) ||
                       // "organisation non gouvernementale"
                       (to_lower(t[static_cast<std::size_t>(j)].form) == "non" && j + 1 < n &&
                        is_adjective(t[static_cast<std::size_t>(j + 1)])) ||
                       // "la banque privée Perrin": a participle as adjective before a name
                       (t[static_cast<std::size_t>(j)].is(Upos::Verb) &&
                        t[static_cast<std::size_t>(j)].is_past_participle() && j + 1 < n &&
                        is_name_word(t, j + 1) && !capital_is_positional(t, j + 1))) &&
             !is_name_word(t, j))
        ++j;
      // A noun directly after another noun ("réseau social", "assistant IA" is handled by
      // names): keep only apposed nouns of the same phrase.
      if (!(j < n && is_common_noun(t[static_cast<std::size_t>(j)]) &&
            !is_name_word(t, j) && j == nouns_end))
        break;
    }
    int after_nouns = j;
    int name_begin = -1, name_stop = -1;
    bool qualified_by_name = false;
    if (j < n && is_name_word(t, j) && nouns_begin >= 0) {
      // A common noun describes the name that follows only in "le milliardaire Elon Musk",
      // "la société Velotrix", "PDG Karim Benali": one noun, after a determiner or itself a
      // descriptor. Otherwise the noun phrase ends before the name ("attaqué en justice
      // Velotrix"), or before the describing noun ("des affiches façon studio Lumen").
      int nouns = 0;
      for (int q = nouns_begin; q < after_nouns; ++q)
        if (t[static_cast<std::size_t>(q)].is(Upos::Noun)) ++nouns;
      const Token& last_noun = t[static_cast<std::size_t>(nouns_end - 1)];
      bool describes = descriptor_type(last_noun.lemma).has_value() || is_role_noun(last_noun.lemma);
      // "les appareils Apple": a plural noun before a name is a kind of thing the name
      // qualifies, not a description of the name.
      // (But "les coopératives Terres de Lorraine et Agri-Meuse": a plural describing noun
      // before coordinated names describes each of them.)
      bool describes_list = false;
      if (last_noun.number() == 'p' && describes) {
        int stop = name_end(t, j);
        if (stop + 1 < n && (to_lower(t[static_cast<std::size_t>(stop)].form) == "et" ||
                             t[static_cast<std::size_t>(stop)].form == ",")) {
          int next = stop + 1;
          if (next + 1 < n && t[static_cast<std::size_t>(next)].is(Upos::Det)) ++next;
          describes_list = is_name_word(t, next);
        }
      }
      if (last_noun.number() == 'p' && nouns == 1 && !describes_list) {
        int stop = name_end(t, j);
        m.kind = MentionKind::Concept;
        j = stop;
        after_nouns = -1;
        qualified_by_name = true;
      }
      if (nouns > 1 && describes) {
        // Split: the phrase ends before the describing noun, which starts the next one.
        j = nouns_end - 1;
        while (j > nouns_begin && !t[static_cast<std::size_t>(j)].is(Upos::Noun)) --j;
        after_nouns = j;
        nouns_end = j;
      } else if (!qualified_by_name && (nouns > 1 || (m.determiner.empty() && !describes))) {
        j = after_nouns;
        after_nouns = -1;  // no name in this phrase
      }
    }
    // A quoted title after a describing noun: l'association « Pérouse amitié ».
    int quote_close = nouns_begin >= 0 && j == after_nouns ? quoted_name_end(t, j) : -1;
    // A title after a describing noun: "le quotidien Le Progrès", "le film Les Marées".
    bool title_after_noun = nouns_begin >= 0 && j == after_nouns && j + 1 < n &&
                            t[static_cast<std::size_t>(j)].is(Upos::Det) &&
                            starts_upper(t[static_cast<std::size_t>(j)].form) &&
                            is_name_word(t, j + 1) &&
                            descriptor_type(t[static_cast<std::size_t>(nouns_end - 1)].lemma).has_value();
    if (quote_close > 0) {
      name_begin = j + 1;
      name_stop = quote_close;
      j = quote_close + 1;
    } else if (capital_adjective && nouns_begin < 0) {
      name_begin = j;
      name_stop = name_end(t, j + 1);
      j = name_stop;
    } else if (title_after_noun) {
      name_begin = j;
      name_stop = name_end(t, j + 1);
      j = name_stop;
    } else if (after_nouns >= 0 && j < n && is_name_word(t, j) && (nouns_begin < 0 || j == after_nouns)) {
      name_begin = j;
      name_stop = name_end(t, j);
      j = name_stop;
      // A capitalised common-noun head takes its adjectives into the name: "Commission
      // européenne", "Station spatiale internationale".
      // (Only when the name ends with that noun: "de Rouvray présente ..." takes nothing.)
      if (t[static_cast<std::size_t>(name_begin)].is(Upos::Noun) && !is_all_upper(t[static_cast<std::size_t>(name_begin)].form) &&
          t[static_cast<std::size_t>(j - 1)].is(Upos::Noun)) {
        while (j < n && t[static_cast<std::size_t>(j)].is(Upos::Adj) && starts_lower(t[static_cast<std::size_t>(j)].form)) ++j;
        name_stop = j;
        // An institution's name goes on with its complements: "Cour de justice de l'Union
        // européenne", "Autorité de la concurrence", "Centre hospitalier de Brévin".
        name_stop = j = institution_name_end(t, j);
      }
    }
    if (after_nouns < 0) after_nouns = j;
    if (nouns_begin < 0 && name_begin < 0) {
      // No noun: numbers alone, adjectives alone or a bare determiner are no phrase.
      i = start + 1;
      continue;
    }
    // Adjectives after the phrase ("un retard important").
    while (j < n && t[static_cast<std::size_t>(j)].is(Upos::Adj) && !is_name_word(t, j)) ++j;
    // A number naming the thing: "l'article 80", "la route 66" (not "en 2019 dix
    // personnes": no noun may follow).
    if (!m.determiner.empty() && name_begin < 0 && j < n && t[static_cast<std::size_t>(j)].is(Upos::Num) &&
        !(j + 1 < n && (t[static_cast<std::size_t>(j + 1)].is(Upos::Noun) ||
                        t[static_cast<std::size_t>(j + 1)].is(Upos::Adj))))
      ++j;
    int end = j;
    // Bare "de" complements belong to the phrase: "prototype de réseau social",
    // "homme d'affaires", "modèles d'intelligence artificielle".
    if (name_begin < 0) {
      int k = end;
      while (k + 1 < n) {
        const Token& de = t[static_cast<std::size_t>(k)];
        std::string dl = to_lower(de.form);
        if (!((dl == "de" || dl == "d'" || dl == "d’") && de.mwt_words == 0 && de.is(Upos::Adp)))
          break;
        int q = k + 1;
        while (q < n && t[static_cast<std::size_t>(q)].is(Upos::Adj) && !is_name_word(t, q)) ++q;
        if (!(q < n && is_common_noun(t[static_cast<std::size_t>(q)]) && !is_name_word(t, q))) break;
        ++q;
        while (q < n && t[static_cast<std::size_t>(q)].is(Upos::Adj) && !is_name_word(t, q)) ++q;
        end = q;
        k = q;
      }
      // A describing noun with its complement before a name: "le studio de jeux vidéo Brume
      // Interactive", "le juge d'instruction Arnaud Vidal".
      const Token& head = t[static_cast<std::size_t>(nouns_begin)];
      if (end > after_nouns && end < n && is_name_word(t, end) && !m.determiner.empty() &&
          (descriptor_type(head.lemma) || is_role_noun(head.lemma))) {
        after_nouns = end;
        name_begin = end;
        name_stop = name_end(t, end);
        end = name_stop;
      }
    }

    m.span = {start, end};
    if (name_begin >= 0) {
      m.kind = MentionKind::Name;
      m.name = {name_begin, name_stop};
      m.head = name_begin;
      if (nouns_begin >= 0) {
        // The common nouns before the name describe it: "le milliardaire Elon Musk".
        std::string descriptor;
        for (int k = nouns_begin; k < after_nouns; ++k) {
          const Token& w = t[static_cast<std::size_t>(k)];
          if (!descriptor.empty()) descriptor += ' ';
          descriptor += w.is(Upos::Noun) ? w.lemma : to_lower(w.form);
        }
        m.descriptor = descriptor;
        // "délégué syndical CGT", "secrétaire général de FO": a person's role in an
        // organisation named by its acronym.
        {
          const Token& role = t[static_cast<std::size_t>(nouns_begin)];
          const Token& first = t[static_cast<std::size_t>(name_begin)];
          if (is_role_noun(role.lemma) && descriptor_type(role.lemma) == EntityType::Person &&
              is_all_upper(first.form) && name_stop - name_begin == 1) {
            m.role_in_name = true;
            m.descriptor.clear();
          }
        }
        const Token& noun = t[static_cast<std::size_t>(nouns_begin)];
        if (!m.gender) m.gender = gender_of(noun);
        if (!m.number) m.number = number_of(noun);
        m.type = m.role_in_name ? std::nullopt : descriptor_type(descriptor);
        if (!m.type && !m.role_in_name) m.type = descriptor_type(noun.lemma);
        // "la famille Quéméner", "le clan Dupont": people.
        static const std::set<std::string, std::less<>> kFamilies = {"famille", "clan", "dynastie",
                                                                      "couple", "époux", "frères"};
        if (!m.type && kFamilies.count(to_lower(noun.lemma))) m.type = EntityType::Person;
      }
      if (!m.type) {
        m.type = proper_noun_type(t, {name_begin, name_stop});
        m.type_from_dictionary = m.type.has_value();
        const Token& first = t[static_cast<std::size_t>(name_begin)];
        if (m.type == EntityType::Person && !m.gender && first.has("ant")) m.gender = first.gender();
        // A name that begins with a common word of the dictionary ("Laiteries
        // Morvandelles", "Olympique de Valmont", "Ondes Média") names no person.
        if (!m.type && (first.is(Upos::Noun) || first.is(Upos::Adj)) && !first.unknown &&
            !is_first_name(first) && name_stop - name_begin > 1) {
          m.type = EntityType::Organization;
          m.type_from_dictionary = true;
        }
      }
      if (!m.gender) {
        const Token& first = t[static_cast<std::size_t>(name_begin)];
        if (first.is(Upos::Noun) || first.has("ant")) m.gender = first.gender();
      }
      // A name is singular unless its determiner or its head, the first word, says otherwise
      // ("les Etats-Unis", "Terres de Lorraine"; not "Alliance Grand Est Céréales").
      if (!m.number) {
        const Token& first = t[static_cast<std::size_t>(name_begin)];
        bool plural_head = first.has("pl") && (name_stop - name_begin == 1 || !first.is(Upos::Propn));
        m.number = plural_head ? 'p' : 's';
      }
    } else {
      m.head = nouns_begin;
      const Token& noun = t[static_cast<std::size_t>(nouns_begin)];
      // The description's words: nouns and the adjectives between and after them.
      std::string descriptor;
      for (int k = nouns_begin; k < end; ++k) {
        const Token& w = t[static_cast<std::size_t>(k)];
        if (k >= after_nouns && !w.is(Upos::Adj)) break;
        if (!descriptor.empty() && w.form != "'" && !ends_with(descriptor, "'")) descriptor += ' ';
        descriptor += w.is(Upos::Noun) ? w.lemma : to_lower(w.form);
      }
      m.descriptor = noun.lemma;
      m.type = descriptor_type(noun.lemma);
      if (!m.gender) m.gender = gender_of(noun);
      if (!m.number || m.number == 0) m.number = number_of(noun);
      bool referring_determiner =
          m.definite || m.determiner == "son" || m.determiner == "leur";
      m.kind = referring_determiner ? MentionKind::Description : MentionKind::Concept;
    }
    m.text = std::string(sentence.text.substr(
        t[static_cast<std::size_t>(start)].begin - sentence.begin,
        t[static_cast<std::size_t>(end - 1)].end - t[static_cast<std::size_t>(start)].begin));
    out.push_back(std::move(m));
    i = end;
  }
  return out;
}

}  // namespace trame::internal
