#include "chunker.h"

#include <set>

#include "text_util.h"

namespace trame::internal {
namespace {

bool is_relative_pronoun(const Token& t) {
  static const std::set<std::string, std::less<>> kRelatives = {
      "qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "duquel", "desquels",
      "desquelles", "auquel", "auxquels", "auxquelles", "où"};
  std::string l = to_lower(t.form);
  if (kRelatives.count(l)) return true;
  return t.has("rel") && (l == "que" || l == "qu'" || l == "qu’");
}

ChunkKind punctuation_kind(const std::string& form) {
  if (form == "," ) return ChunkKind::Comma;
  if (form == ":" || form == "—" || form == "–" || form == "-" || form == ";")
    return ChunkKind::Colon;
  if (form == "«" || form == "“") return ChunkKind::OpenQuote;
  if (form == "»" || form == "”") return ChunkKind::CloseQuote;
  if (form == "(" || form == "[") return ChunkKind::OpenParen;
  if (form == ")" || form == "]") return ChunkKind::CloseParen;
  return ChunkKind::Other;
}

}  // namespace

int mention_at(const SentenceAnalysis& a, int token) {
  for (std::size_t i = 0; i < a.mentions.size(); ++i)
    if (a.mentions[i].span.contains(token)) return static_cast<int>(i);
  return -1;
}

void build_chunks(SentenceAnalysis& a) {
  const int n = a.token_count();
  std::vector<int> mention_start(static_cast<std::size_t>(n), -1);
  std::vector<int> group_start(static_cast<std::size_t>(n), -1);
  for (std::size_t i = 0; i < a.mentions.size(); ++i)
    mention_start[static_cast<std::size_t>(a.mentions[i].span.begin)] = static_cast<int>(i);
  for (std::size_t i = 0; i < a.verb_groups.size(); ++i)
    group_start[static_cast<std::size_t>(a.verb_groups[i].span.begin)] = static_cast<int>(i);

  a.chunks.clear();
  int i = 0;
  while (i < n) {
    Chunk c;
    if (group_start[static_cast<std::size_t>(i)] >= 0) {
      const VerbGroup& g = a.verb_groups[static_cast<std::size_t>(group_start[static_cast<std::size_t>(i)])];
      c = {ChunkKind::Verb, g.span, group_start[static_cast<std::size_t>(i)]};
    } else if (mention_start[static_cast<std::size_t>(i)] >= 0) {
      const Mention& m = a.mentions[static_cast<std::size_t>(mention_start[static_cast<std::size_t>(i)])];
      c = {ChunkKind::Mention, m.span, mention_start[static_cast<std::size_t>(i)]};
    } else {
      const Token& t = a.token(i);
      std::string l = to_lower(t.form);
      c.span = {i, i + 1};
      c.index = i;
      if (t.is(Upos::Punct)) {
        c.kind = punctuation_kind(t.form);
        // A straight double quote opens after a space and closes before one.
        if (t.form == "\"")
          c.kind = (i == 0 || a.token(i - 1).space_after) ? ChunkKind::OpenQuote
                                                          : ChunkKind::CloseQuote;
      } else if (is_relative_pronoun(t) && !t.is(Upos::Sconj)) {
        c.kind = ChunkKind::Relative;
      } else if (l == "que" || l == "qu'" || l == "qu’") {
        // "que" after a noun phrase opens a relative clause, elsewhere a completive.
        bool after_noun = !a.chunks.empty() && a.chunks.back().kind == ChunkKind::Mention &&
                          a.mentions[static_cast<std::size_t>(a.chunks.back().index)].kind !=
                              MentionKind::Pronoun;
        c.kind = after_noun && !t.is(Upos::Adv) ? ChunkKind::Relative : ChunkKind::Subordinator;
        if (t.is(Upos::Adv)) c.kind = ChunkKind::Adverb;  // "ne ... que"
      } else if (t.is(Upos::Adp)) {
        c.kind = ChunkKind::Preposition;
      } else if (t.is(Upos::Sconj)) {
        c.kind = ChunkKind::Subordinator;
      } else if (t.is(Upos::Cconj)) {
        c.kind = ChunkKind::Coordinator;
      } else if (t.is(Upos::Adv)) {
        c.kind = ChunkKind::Adverb;
      } else {
        c.kind = ChunkKind::Other;
      }
    }
    i = std::max(c.span.end, i + 1);
    a.chunks.push_back(c);
  }

  // Links between mentions: "X de Y" complements and "X et Y" coordination.
  const auto& ch = a.chunks;
  for (std::size_t k = 0; k + 2 < ch.size(); ++k) {
    if (ch[k].kind != ChunkKind::Mention || ch[k + 2].kind != ChunkKind::Mention) continue;
    Mention& left = a.mentions[static_cast<std::size_t>(ch[k].index)];
    const Token& link = a.token(ch[k + 1].span.begin);
    std::string l = to_lower(link.form);
    if (ch[k + 1].kind == ChunkKind::Preposition && (l == "de" || l == "d'" || l == "d’") &&
        left.kind != MentionKind::Pronoun)
      left.complement = ch[k + 2].index;
    // "X et Y": but in "dure un jour et Goshou perd la vie", Y is the subject of the verb
    // that follows it, unless X too stands where a subject does and the verb is plural.
    if (ch[k + 1].kind == ChunkKind::Coordinator && (l == "et" || l == "ou")) {
      bool verb_follows = k + 3 < ch.size() && ch[k + 3].kind == ChunkKind::Verb &&
                          a.verb_groups[static_cast<std::size_t>(ch[k + 3].index)].form ==
                              VerbForm::Finite;
      bool left_after_verb = k > 0 && (ch[k - 1].kind == ChunkKind::Verb ||
                                       ch[k - 1].kind == ChunkKind::Adverb);
      bool plural_verb = verb_follows &&
                         a.verb_groups[static_cast<std::size_t>(ch[k + 3].index)].number == 'p';
      if (!verb_follows || (plural_verb && !left_after_verb)) left.coordinated = ch[k + 2].index;
    }
  }
  // "La maire, Catherine Hurstel, et son homologue allemand, Markus Oberhauser, ont signé":
  // an apposed name, then "et" and another phrase before a plural verb.
  for (std::size_t k = 2; k + 3 < ch.size(); ++k) {
    if (ch[k].kind != ChunkKind::Mention || ch[k - 1].kind != ChunkKind::Comma ||
        ch[k - 2].kind != ChunkKind::Mention || ch[k + 1].kind != ChunkKind::Comma ||
        ch[k + 2].kind != ChunkKind::Coordinator || ch[k + 3].kind != ChunkKind::Mention)
      continue;
    Mention& name = a.mentions[static_cast<std::size_t>(ch[k].index)];
    const Mention& described = a.mentions[static_cast<std::size_t>(ch[k - 2].index)];
    if (name.kind != MentionKind::Name || described.kind == MentionKind::Name ||
        described.kind == MentionKind::Pronoun || to_lower(a.token(ch[k + 2].span.begin).form) != "et")
      continue;
    std::size_t v = k + 4;
    if (v + 2 < ch.size() && ch[v].kind == ChunkKind::Comma && ch[v + 1].kind == ChunkKind::Mention &&
        ch[v + 2].kind == ChunkKind::Comma)
      v += 3;
    if (v < ch.size() && ch[v].kind == ChunkKind::Verb &&
        a.verb_groups[static_cast<std::size_t>(ch[v].index)].form == VerbForm::Finite &&
        a.verb_groups[static_cast<std::size_t>(ch[v].index)].number == 'p')
      name.coordinated = ch[k + 3].index;
  }
  // Enumerations "X, Y et Z": each comma-separated mention joins the next when the list
  // closes with "et"/"ou".
  for (std::size_t k = 0; k + 2 < ch.size(); ++k) {
    if (ch[k].kind != ChunkKind::Mention || ch[k + 1].kind != ChunkKind::Comma ||
        ch[k + 2].kind != ChunkKind::Mention)
      continue;
    std::size_t q = k + 2;
    while (q + 2 < ch.size() && ch[q + 1].kind == ChunkKind::Comma && ch[q + 2].kind == ChunkKind::Mention)
      q += 2;
    if (q + 2 < ch.size() && ch[q + 1].kind == ChunkKind::Coordinator &&
        ch[q + 2].kind == ChunkKind::Mention &&
        a.mentions[static_cast<std::size_t>(ch[q].index)].coordinated == ch[q + 2].index) {
      // Only names and concepts of the same kind form such lists; and a list that a
      // verb follows is its subject, so it cannot begin with a verb's or preposition's
      // object ("marque l'entrée, le maire et la directrice ont conduit").
      const Mention& first = a.mentions[static_cast<std::size_t>(ch[k].index)];
      const Mention& second = a.mentions[static_cast<std::size_t>(ch[k + 2].index)];
      bool verb_follows = q + 3 < ch.size() && ch[q + 3].kind == ChunkKind::Verb;
      bool object_start = k > 0 && (ch[k - 1].kind == ChunkKind::Verb ||
                                    ch[k - 1].kind == ChunkKind::Preposition ||
                                    ch[k - 1].kind == ChunkKind::Adverb);
      if ((first.kind == MentionKind::Name) == (second.kind == MentionKind::Name) &&
          !(verb_follows && object_start))
        a.mentions[static_cast<std::size_t>(ch[k].index)].coordinated = ch[k + 2].index;
    }
  }
}

}  // namespace trame::internal
