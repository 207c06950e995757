#include "tag_model.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "tag_corrections.h"
#include "text_util.h"

namespace trame::internal {

// The text of extract/data/tag_model.txt, compiled in (see extract/CMakeLists.txt).
extern const char* const kBuiltInTagModel;

namespace {

constexpr UposSet kClosedLinkers = (UposSet{1} << static_cast<unsigned>(Upos::Adp)) |
                                   (UposSet{1} << static_cast<unsigned>(Upos::Adv)) |
                                   (UposSet{1} << static_cast<unsigned>(Upos::Sconj)) |
                                   (UposSet{1} << static_cast<unsigned>(Upos::Cconj));

bool is_open_bracket(const Token& t) {
  return t.form == "(" || t.form == "«" || t.form == "\"" || t.form == "[" || t.form == "-" ||
         t.form == "—" || t.form == "–";
}

bool has_tag(const std::vector<std::string>& tags, std::string_view tag) {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

// The parts of speech a reading licenses in UD French.
UposSet reading_upos(const std::vector<std::string>& tags, const std::string& lemma,
                     std::string_view form) {
  Morpheme m{lemma, tags};
  UposSet set = upos_bit(upos_of(m));
  if (tags.empty()) return set;
  const std::string& pos = tags.front();
  // avoir and être are auxiliaries or verbs depending on what follows; "soit ... soit"
  // coordinates.
  if (pos == "vbser" || pos == "vbhaver") set |= upos_bit(Upos::Aux) | upos_bit(Upos::Verb);
  if (pos == "vbser" && to_lower(form) == "soit") set |= upos_bit(Upos::Cconj);
  // Participles are verbs or adjectives; past participles also name people ("les
  // déportés", "la survenue").
  if (has_tag(tags, "pp") || has_tag(tags, "pprs"))
    set |= upos_bit(Upos::Verb) | upos_bit(Upos::Adj);
  if (has_tag(tags, "pp")) set |= upos_bit(Upos::Noun);
  // The partitive "de" the rules made a determiner may still be the preposition.
  if (pos == "det" && m.lemma == "un" &&
      (to_lower(form) == "de" || to_lower(form) == "d'" || to_lower(form) == "d’"))
    set |= upos_bit(Upos::Adp);
  // Adjectives are used as nouns ("les jeunes").
  if (pos == "adj") set |= upos_bit(Upos::Noun);
  // Determiners stand alone as pronouns and the reverse.
  if (pos == "det" || pos == "prn") set |= upos_bit(Upos::Det) | upos_bit(Upos::Pron);
  if (pos == "predet") set |= upos_bit(Upos::Det) | upos_bit(Upos::Pron) | upos_bit(Upos::Adv);
  // Prepositions, conjunctions and connective adverbs trade places ("avant", "comme").
  if (pos == "pr" || pos == "cnjadv" || pos == "cnjsub" || pos == "cnjcoo") set |= kClosedLinkers;
  // Partitive "de" is a determiner in UD.
  if (pos == "pr" && m.lemma == "de") set |= upos_bit(Upos::Det);
  return set;
}

// Code-point suffix of at most n characters.
std::string suffix_chars(std::string_view s, std::size_t n) {
  std::size_t i = s.size();
  std::size_t count = 0;
  while (i > 0 && count < n) {
    --i;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    ++count;
  }
  return std::string(s.substr(i));
}

std::string set_name(UposSet set) {
  std::string out;
  for (std::size_t u = 0; u < kUposCount; ++u)
    if (set & (UposSet{1} << u)) {
      if (!out.empty()) out += ',';
      out += to_string(static_cast<Upos>(u));
    }
  return out;
}

std::string shape_of(std::string_view form) {
  if (has_digit(form)) return has_letter(form) ? "digit+letter" : "digit";
  if (is_all_upper(form)) return "upper";
  if (starts_upper(form)) return "capital";
  if (form.find('-') != std::string_view::npos) return "hyphen";
  if (!has_letter(form)) return "sign";
  return "lower";
}

// A short description of a token's current reading: Apertium's class and, for verbs,
// the verb form.
std::string reading_name(const Token& t) {
  if (t.tags.empty()) return "none";
  std::string out = t.tags.front();
  for (const char* form : {"pp", "pprs", "ger", "inf"})
    if (t.has(form)) return out + "." + form;
  if (t.is_finite_verb()) out += ".fin";
  return out;
}

Upos upos_named(std::string_view name) {
  for (std::size_t u = 0; u < kUposCount; ++u)
    if (to_string(static_cast<Upos>(u)) == name) return static_cast<Upos>(u);
  throw std::runtime_error("unknown part of speech in tag model: " + std::string(name));
}

// The masculine singular of a participle, which UD gives as lemma of its adjectival use:
// "élevées" -> "élevé", "comprise" -> "compris".
std::string participle_lemma(const Token& t) {
  std::string lower = to_lower(t.form);
  bool feminine = t.has("f");
  bool plural = t.has("pl");
  if (plural && (ends_with(lower, "s") || ends_with(lower, "x")) && lower.size() > 2)
    lower.pop_back();
  if (feminine && ends_with(lower, "e") && lower.size() > 2) lower.pop_back();
  return lower;
}

// "des" and "du" are the preposition "de" with the article, or the indefinite and
// partitive determiners: the first word of the contraction, or the merged determiner.
bool is_des_or_du_preposition(const Token& t) {
  if (t.mwt_words != 2 || !t.is(Upos::Adp)) return false;
  std::string lower = to_lower(t.mwt_form);
  return lower == "des" || lower == "du";
}
bool is_des_or_du_determiner(const Token& t) {
  std::string lower = to_lower(t.form);
  return t.mwt_words == 0 && t.is(Upos::Det) && (lower == "des" || lower == "du");
}

bool is_compass_point(std::string_view word) {
  static constexpr std::string_view kPoints[] = {"nord",     "sud",        "est",     "ouest",
                                                 "nord-est", "nord-ouest", "sud-est", "sud-ouest"};
  for (std::string_view p : kPoints)
    if (word == p) return true;
  return false;
}

// The word the features see: the whole contraction for its first word ("des", not "de").
std::string feature_word(const Token& t) { return to_lower(t.mwt_words > 0 ? t.mwt_form : t.form); }

// The tags of an adjective or noun made from another reading: its class, gender and
// number, without the verb form a participle had.
std::vector<std::string> nominal_tags(std::string_view pos, const Token& t) {
  std::vector<std::string> tags{std::string(pos)};
  for (const char* tag : {"m", "f", "mf", "sg", "pl", "sp"})
    if (t.has(tag)) tags.emplace_back(tag);
  return tags;
}

}  // namespace

UposSet candidate_upos(const Token& t, bool sentence_initial) {
  // A slash reads "per" between units ("mg/kg", ADP) or "or" between alternatives
  // ("et/ou", CCONJ); otherwise it is a symbol.
  if (t.form == "/") return upos_bit(Upos::Sym) | upos_bit(Upos::Adp) | upos_bit(Upos::Cconj);
  if (t.is(Upos::Punct) || t.is(Upos::Sym)) return upos_bit(t.upos);
  // A pronoun after its verb and a hyphen ("dit-il", "est-ce") is nothing else.
  if (t.is(Upos::Pron) && starts_with(t.form, "-")) return upos_bit(Upos::Pron);
  if (is_des_or_du_preposition(t) || is_des_or_du_determiner(t))
    return upos_bit(Upos::Adp) | upos_bit(Upos::Det);
  UposSet set = upos_bit(t.upos) | reading_upos(t.tags, t.lemma, t.form);
  for (const Morpheme& m : t.alternatives) set |= reading_upos(m.tags, m.lemma, t.form);
  if (t.unknown)
    set |= upos_bit(Upos::Noun) | upos_bit(Upos::Propn) | upos_bit(Upos::Adj) |
           upos_bit(Upos::Verb) | upos_bit(Upos::Adv);
  if (has_letter(t.form)) {
    if (starts_upper(t.form) || t.unknown) set |= upos_bit(Upos::Propn) | upos_bit(Upos::X);
    // Foreign words are known to the French dictionary only by accident ("in", "for").
    set |= upos_bit(Upos::X);
  }
  if (has_digit(t.form)) set |= upos_bit(Upos::Num) | upos_bit(Upos::Noun) | upos_bit(Upos::Propn);
  // Ordinals and "dernier", "seul", "autre" without a noun are still adjectives in UD.
  bool pronominal_adjective = is_pronominal_adjective(t.lemma) && t.is(Upos::Adj);
  for (const Morpheme& m : t.alternatives)
    if (!m.tags.empty() && m.tags.front() == "adj" && is_pronominal_adjective(m.lemma))
      pronominal_adjective = true;
  if (pronominal_adjective) set &= ~upos_bit(Upos::Noun);
  // The points of the compass are nouns ("la façade nord", "le Sud").
  if (is_compass_point(to_lower(t.form))) {
    set &= ~upos_bit(Upos::Adj);
    set |= upos_bit(Upos::Noun);
  }
  (void)sentence_initial;
  return set;
}

namespace {

bool is_english_function_word(std::string_view lower) {
  static constexpr std::string_view kWords[] = {
      "the",  "of",   "and",  "for",  "with",  "at",   "to",   "by",    "from",  "is", "are",
      "in",   "my",   "your", "our",  "their", "this", "its",  "we",    "they",  "it", "was",
      "were", "will", "be",   "been", "have",  "has",  "what", "which", "maybe", "not"};
  for (std::string_view w : kWords)
    if (lower == w) return true;
  return false;
}

}  // namespace

SentenceContext sentence_context(const std::vector<Token>& tokens) {
  SentenceContext context;
  context.candidates.resize(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i)
    context.candidates[i] = candidate_upos(tokens[i], i == 0);
  context.foreign.assign(tokens.size(), false);
  auto may_be_foreign = [&](std::size_t k) {
    const Token& t = tokens[k];
    if (t.is(Upos::Punct) || t.is(Upos::Sym) || !has_letter(t.form)) return false;
    return is_english_function_word(to_lower(t.form)) || t.unknown || starts_upper(t.form);
  };
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!is_english_function_word(to_lower(tokens[i].form))) continue;
    std::size_t from = i, to = i;
    while (from > 0 && may_be_foreign(from - 1)) --from;
    while (to + 1 < tokens.size() && may_be_foreign(to + 1)) ++to;
    if (from == to) continue;  // a lone "in" or "to" is no stretch of English
    for (std::size_t k = from; k <= to; ++k) context.foreign[k] = true;
  }
  return context;
}

std::vector<std::string> static_features(const std::vector<Token>& tokens, std::size_t i,
                                         const SentenceContext& context) {
  const std::vector<UposSet>& candidates = context.candidates;
  const Token& t = tokens[i];
  std::string w = feature_word(t);
  auto word_at = [&](std::ptrdiff_t k) -> std::string {
    std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    if (j < 0) return "<s>";
    if (j >= static_cast<std::ptrdiff_t>(tokens.size())) return "</s>";
    return feature_word(tokens[static_cast<std::size_t>(j)]);
  };
  auto upos_at = [&](std::ptrdiff_t k) -> std::string {
    std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    if (j < 0) return "<s>";
    if (j >= static_cast<std::ptrdiff_t>(tokens.size())) return "</s>";
    return std::string(to_string(tokens[static_cast<std::size_t>(j)].upos));
  };
  auto cands_at = [&](std::ptrdiff_t k) -> std::string {
    std::ptrdiff_t j = static_cast<std::ptrdiff_t>(i) + k;
    if (j < 0) return "<s>";
    if (j >= static_cast<std::ptrdiff_t>(tokens.size())) return "</s>";
    return set_name(candidates[static_cast<std::size_t>(j)]);
  };
  bool initial = i == 0 || is_open_bracket(tokens[i - 1]);
  std::string cur = std::string(to_string(t.upos));
  std::string cands = set_name(candidates[i]);
  std::string reading = reading_name(t);
  // The parts of speech of the readings CG-3 left: the chosen one and the kept others.
  UposSet kept = upos_bit(t.upos);
  for (std::size_t k = 0; k < t.kept_alternatives && k < t.alternatives.size(); ++k)
    kept |= upos_bit(upos_of(t.alternatives[k]));

  std::vector<std::string> f;
  f.reserve(40);
  f.push_back("bias");
  f.push_back("w=" + w);
  for (std::size_t n = 1; n <= 4; ++n)
    if (char_count(w) > n) f.push_back("s" + std::to_string(n) + "=" + suffix_chars(w, n));
  f.push_back("shape=" + shape_of(t.form) + (initial ? "^" : ""));
  f.push_back("cands=" + cands);
  f.push_back("cur=" + cur);
  f.push_back("cur.cands=" + cur + "|" + cands);
  f.push_back("kept=" + set_name(kept));
  f.push_back("read=" + reading);
  f.push_back("read.w=" + reading + "|" + w);
  if (t.unknown) f.push_back("unknown");
  if (context.foreign[i]) {
    f.push_back("foreign");
    f.push_back("foreign.shape=" + shape_of(t.form));
  }
  f.push_back("w-1=" + word_at(-1));
  f.push_back("w+1=" + word_at(1));
  f.push_back("w-2=" + word_at(-2));
  f.push_back("w+2=" + word_at(2));
  f.push_back("w.w+1=" + w + "|" + word_at(1));
  f.push_back("w-1.w=" + word_at(-1) + "|" + w);
  f.push_back("cur+1=" + upos_at(1));
  f.push_back("cur+2=" + upos_at(2));
  f.push_back("cur.cur+1=" + cur + "|" + upos_at(1));
  f.push_back("cands+1=" + cands_at(1));
  f.push_back("cands.cands+1=" + cands + "|" + cands_at(1));
  f.push_back("w.cur+1=" + w + "|" + upos_at(1));
  f.push_back("cur-1=" + upos_at(-1));
  f.push_back("shape.cur-1=" + shape_of(t.form) + "|" + upos_at(-1));
  return f;
}

void TagModel::add_history_features(std::vector<std::string>& f, const std::vector<Token>& tokens,
                                    std::size_t i, Upos previous, Upos before_previous) {
  std::string p1 = i >= 1 ? std::string(to_string(previous)) : "<s>";
  std::string p2 = i >= 2 ? std::string(to_string(before_previous)) : "<s>";
  std::string w = feature_word(tokens[i]);
  f.push_back("t-1=" + p1);
  f.push_back("t-2.t-1=" + p2 + "|" + p1);
  f.push_back("t-1.w=" + p1 + "|" + w);
  f.push_back("t-1.cur=" + p1 + "|" + std::string(to_string(tokens[i].upos)));
  f.push_back("t-1.cur+1=" + p1 + "|" +
              (i + 1 < tokens.size() ? std::string(to_string(tokens[i + 1].upos)) : "</s>"));
}

Upos TagModel::best(const std::vector<std::string>& features, UposSet allowed) const {
  std::array<float, kUposCount> score{};
  for (const std::string& feature : features) {
    auto it = weights_.find(feature);
    if (it == weights_.end()) continue;
    for (std::size_t u = 0; u < kUposCount; ++u) score[u] += it->second[u];
  }
  std::size_t best = kUposCount;
  for (std::size_t u = 0; u < kUposCount; ++u) {
    if (!(allowed & (UposSet{1} << u))) continue;
    if (best == kUposCount || score[u] > score[best]) best = u;
  }
  return best == kUposCount ? Upos::X : static_cast<Upos>(best);
}

void TagModel::retag(std::vector<Token>& tokens) const {
  if (weights_.empty() || tokens.empty()) return;
  SentenceContext context = sentence_context(tokens);
  const std::vector<UposSet>& candidates = context.candidates;
  // Features are read from the tagger's choices, so compute them all before changing any.
  std::vector<std::vector<std::string>> features(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) features[i] = static_features(tokens, i, context);
  std::vector<Upos> chosen(tokens.size(), Upos::X);
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    Upos p1 = i >= 1 ? chosen[i - 1] : Upos::X;
    Upos p2 = i >= 2 ? chosen[i - 2] : Upos::X;
    add_history_features(features[i], tokens, i, p1, p2);
    chosen[i] = best(features[i], candidates[i]);
  }
  std::vector<Token> out;
  out.reserve(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (is_des_or_du_preposition(tokens[i]) && chosen[i] == Upos::Det && i + 1 < tokens.size()) {
      out.push_back(indefinite_determiner(tokens[i], tokens[i + 1]));
      ++i;
    } else if (is_des_or_du_determiner(tokens[i]) && chosen[i] == Upos::Adp) {
      auto [preposition, article] = preposition_and_article(tokens[i]);
      out.push_back(std::move(preposition));
      out.push_back(std::move(article));
    } else {
      apply_upos(tokens[i], chosen[i]);
      out.push_back(std::move(tokens[i]));
    }
  }
  tokens = std::move(out);
}

Token indefinite_determiner(const Token& preposition, const Token& article) {
  Token merged = article;
  merged.form = preposition.mwt_form;
  merged.mwt_words = 0;
  merged.mwt_form.clear();
  merged.upos = Upos::Det;
  merged.alternatives.clear();
  merged.kept_alternatives = 0;
  if (to_lower(merged.form) == "du") {
    merged.lemma = "du";  // partitive: "du pain"
    merged.tags = {"det", "ind", "m", "sg"};
  } else {
    merged.lemma = "un";
    merged.tags = {"det", "ind", "mf", "pl"};
  }
  return merged;
}

std::pair<Token, Token> preposition_and_article(const Token& determiner) {
  bool plural = to_lower(determiner.form) == "des";
  Token preposition = determiner;
  preposition.form = "de";
  preposition.lemma = "de";
  preposition.upos = Upos::Adp;
  preposition.tags = {"pr"};
  preposition.alternatives.clear();
  preposition.kept_alternatives = 0;
  preposition.mwt_words = 2;
  preposition.mwt_form = determiner.form;
  preposition.space_after = true;
  Token article = determiner;
  article.form = plural ? "les" : "le";
  article.lemma = "le";
  article.upos = Upos::Det;
  article.tags = {"det", "def", plural ? "mf" : "m", plural ? "pl" : "sg"};
  article.alternatives.clear();
  article.kept_alternatives = 0;
  return {std::move(preposition), std::move(article)};
}

void apply_upos(Token& t, Upos upos) {
  if (t.upos == upos) return;
  auto take = [&t](Morpheme& m) {
    Morpheme current{t.lemma, t.tags};
    t.upos = upos_of(m);
    t.lemma = lemma_of(m, t.upos);
    t.tags = m.tags;
    m = std::move(current);
  };
  // A reading of the dictionary with that part of speech (CG-3's survivors come first).
  for (Morpheme& m : t.alternatives)
    if (!m.tags.empty() && upos_of(m) == upos) {
      take(m);
      return;
    }
  Morpheme current{t.lemma, t.tags};
  if (!t.tags.empty() && upos_of(current) == upos) {
    t.upos = upos;
    t.lemma = lemma_of(current, upos);
    return;
  }
  // Else a reading that licenses it ("est" as AUX from être, not the noun "est"); the
  // current reading is kept when it licenses it itself.
  if (!(reading_upos(t.tags, t.lemma, t.form) & upos_bit(upos)))
    for (Morpheme& m : t.alternatives)
      if (!m.tags.empty() && (reading_upos(m.tags, m.lemma, t.form) & upos_bit(upos))) {
        take(m);
        break;
      }
  if (t.upos == upos) return;
  bool participle = t.is_past_participle() || t.is_present_participle();
  switch (upos) {
    case Upos::Adj:
      if (participle && (t.is(Upos::Verb) || t.is(Upos::Aux) || t.is(Upos::Noun)) &&
          t.is_past_participle())
        t.lemma = participle_lemma(t);
      else if (participle)
        t.lemma = to_lower(t.form);
      else
        t.lemma = t.is(Upos::Propn) ? to_lower(t.lemma) : t.lemma;
      t.tags = nominal_tags("adj", t);
      break;
    case Upos::Noun:
      if (participle)
        t.lemma = participle_lemma(t);
      else if (t.is(Upos::Propn) || t.unknown)
        t.lemma = to_lower(t.lemma);
      t.tags = nominal_tags("n", t);
      break;
    case Upos::Propn:
      t.lemma = t.form;
      t.tags = {"np"};
      break;
    case Upos::X:
      t.lemma = t.form;
      break;
    case Upos::Adp:
      if (t.is(Upos::Det) && t.lemma == "un") {  // partitive "de" back to the preposition
        t.lemma = "de";
        t.tags = {"pr"};
      }
      break;
    case Upos::Det:
      if (t.lemma == "de") {
        t.lemma = "un";
        t.tags = {"det", "ind", "mf", "sp"};
      }
      break;
    default:
      break;
  }
  t.upos = upos;
}

void TagModel::bump(const std::string& feature, Upos upos, float delta) {
  std::size_t u = static_cast<std::size_t>(upos);
  Weights& w = weights_[feature];
  Totals& tot = totals_[feature];
  tot.sum[u] += static_cast<double>(examples_ - tot.since[u]) * w[u];
  tot.since[u] = examples_;
  w[u] += delta;
}

void TagModel::update(const std::vector<std::string>& features, Upos gold, Upos predicted) {
  if (gold == predicted) return;
  for (const std::string& f : features) {
    bump(f, gold, 1.0F);
    bump(f, predicted, -1.0F);
  }
}

void TagModel::average() {
  for (auto& [feature, w] : weights_) {
    Totals& tot = totals_[feature];
    for (std::size_t u = 0; u < kUposCount; ++u) {
      double sum = tot.sum[u] + static_cast<double>(examples_ - tot.since[u]) * w[u];
      w[u] = examples_ > 0 ? static_cast<float>(sum / static_cast<double>(examples_)) : w[u];
    }
  }
  totals_.clear();
}

void TagModel::add(const TagModel& other, float scale) {
  for (const auto& [feature, w] : other.weights_) {
    Weights& mine = weights_[feature];
    for (std::size_t u = 0; u < kUposCount; ++u) mine[u] += scale * w[u];
  }
}

std::string TagModel::save(const std::string& header, float min_weight) const {
  std::vector<const std::pair<const std::string, Weights>*> rows;
  for (const auto& entry : weights_) rows.push_back(&entry);
  std::sort(rows.begin(), rows.end(), [](auto* a, auto* b) { return a->first < b->first; });
  std::ostringstream out;
  std::istringstream lines(header);
  for (std::string line; std::getline(lines, line);) out << "# " << line << '\n';
  for (const auto* row : rows) {
    std::string values;
    for (std::size_t u = 0; u < kUposCount; ++u) {
      float v = row->second[u];
      if (std::fabs(v) < min_weight) continue;
      char buffer[32];
      auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, std::round(v * 100) / 100,
                                     std::chars_format::general);
      (void)ec;
      values += ' ';
      values += to_string(static_cast<Upos>(u));
      values += '=';
      values.append(buffer, end);
    }
    if (!values.empty()) out << row->first << '\t' << values.substr(1) << '\n';
  }
  return out.str();
}

TagModel TagModel::parse(std::string_view text) {
  TagModel model;
  std::size_t pos = 0;
  std::size_t line_number = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_number;
    if (line.empty() || line.front() == '#') continue;
    std::size_t tab = line.rfind('\t');
    if (tab == std::string_view::npos)
      throw std::runtime_error("tag model line " + std::to_string(line_number) + ": no tab");
    Weights& w = model.weights_[std::string(line.substr(0, tab))];
    std::string_view values = line.substr(tab + 1);
    while (!values.empty()) {
      std::size_t space = values.find(' ');
      std::string_view item = values.substr(0, space);
      values = space == std::string_view::npos ? std::string_view() : values.substr(space + 1);
      std::size_t eq = item.find('=');
      if (eq == std::string_view::npos)
        throw std::runtime_error("tag model line " + std::to_string(line_number) + ": no '='");
      float v = 0;
      auto [end, ec] = std::from_chars(item.data() + eq + 1, item.data() + item.size(), v);
      if (ec != std::errc())
        throw std::runtime_error("tag model line " + std::to_string(line_number) + ": bad weight");
      w[static_cast<std::size_t>(upos_named(item.substr(0, eq)))] = v;
    }
  }
  return model;
}

const TagModel& TagModel::built_in() {
  static const TagModel model = [] {
    if (const char* path = std::getenv("TRAME_TAG_MODEL"); path && *path) {
      if (std::string_view(path) == "none") return TagModel();
      std::ifstream in(path, std::ios::binary);
      if (!in) throw std::runtime_error(std::string("cannot read tag model ") + path);
      std::stringstream buffer;
      buffer << in.rdbuf();
      return parse(buffer.str());
    }
    return parse(kBuiltInTagModel);
  }();
  return model;
}

}  // namespace trame::internal
