#include "dependency_heads.h"

#include <string>

#include "french_lexicon.h"
#include "text_util.h"

namespace trame::internal {
namespace {

class HeadBuilder {
 public:
  explicit HeadBuilder(const SentenceAnalysis& a)
      : a_(a),
        heads_(static_cast<std::size_t>(a.token_count()), -1),
        rels_(static_cast<std::size_t>(a.token_count()), "_") {}

  // Attaches token `dependent` to `head` (token indices), unless it already has a head.
  void attach(int dependent, int head, const char* rel) {
    if (dependent < 0 || head < 0 || dependent == head) return;
    auto d = static_cast<std::size_t>(dependent);
    if (heads_[d] >= 0) return;
    heads_[d] = head + 1;
    rels_[d] = rel;
  }

  void root(int token) {
    auto d = static_cast<std::size_t>(token);
    if (heads_[d] >= 0) return;
    heads_[d] = 0;
    rels_[d] = "root";
  }

  bool attached(int token) const { return heads_[static_cast<std::size_t>(token)] >= 0; }

  // The preposition just before a mention ("contre" in "contre Apple"), or -1.
  int preposition_before(const Mention& m) const {
    int p = m.span.begin - 1;
    if (p >= 0 && a_.token(p).is(Upos::Adp)) return p;
    return -1;
  }

  void noun_phrase(const Mention& m) {
    if (m.head < 0 || m.kind == MentionKind::Pronoun) return;
    int head = m.head;
    for (int t = m.span.begin; t < m.span.end; ++t) {
      if (t == head) continue;
      const Token& w = a_.token(t);
      if (!m.name.empty() && m.name.contains(t) && m.name.contains(head)) {
        attach(t, head, "flat:name");
      } else if (w.is(Upos::Det)) {
        attach(t, head, "det");
      } else if (w.is(Upos::Adj)) {
        attach(t, head, "amod");
      } else if (w.is(Upos::Num)) {
        attach(t, head, "nummod");
      } else if (w.is(Upos::Adp) && t + 1 < m.span.end) {
        // "prototype de réseau social": "de" marks the noun after it, which completes
        // the head.
        int noun = t + 1;
        while (noun < m.span.end && !a_.token(noun).is(Upos::Noun)) ++noun;
        if (noun < m.span.end) {
          attach(t, noun, "case");
          attach(noun, head, "nmod");
        }
      }
    }
  }

  void complements(const std::vector<Mention>& mentions) {
    for (const Mention& m : mentions) {
      if (m.complement < 0 || m.head < 0) continue;
      const Mention& c = mentions[static_cast<std::size_t>(m.complement)];
      if (c.head < 0) continue;
      attach(preposition_before(c), c.head, "case");
      attach(c.head, m.head, "nmod");
    }
  }

  void verb_group(const VerbGroup& g) {
    for (int t = g.span.begin; t < g.span.end; ++t) {
      if (t == g.main) continue;
      const Token& w = a_.token(t);
      std::string l = to_lower(w.form);
      if (w.is(Upos::Aux) || (w.is(Upos::Verb) && t < g.main && (w.lemma == "avoir" || w.lemma == "être"))) {
        attach(t, g.main, g.passive && w.lemma == "être" ? "aux:pass" : "aux");
      } else if (w.is(Upos::Verb) && t < g.main) {
        // A modal or aspectual verb before the main one ("a voulu changer").
        attach(t, g.main, "aux");
      } else if (t == g.subject_clitic) {
        attach(t, g.main, "nsubj");
      } else if (t == g.object_clitic) {
        attach(t, g.main, "obj");
      } else if (t == g.dative_clitic) {
        attach(t, g.main, "iobj");
      } else if (w.is(Upos::Pron) && (w.has("ref") || l == "se" || l == "s'" || l == "s’")) {
        attach(t, g.main, "expl:pv");
      } else if (w.is(Upos::Adv)) {
        attach(t, g.main, "advmod");
      } else if (w.is(Upos::Adp)) {
        attach(t, g.main, "mark");
      }
    }
  }

  void predication(const Predication& p) {
    if (p.group < 0 || p.object_is_owner) return;
    const VerbGroup& g = a_.verb_groups[static_cast<std::size_t>(p.group)];
    const Mention& s = a_.mentions[static_cast<std::size_t>(p.subject)];
    const Mention& o = a_.mentions[static_cast<std::size_t>(p.object)];
    std::string rule = p.rule;
    if (rule == "passive") {
      attach(preposition_before(s), s.head, "case");
      attach(s.head, g.main, "obl:agent");
      if (g.form == VerbForm::Finite)
        attach(o.head, g.main, "nsubj:pass");
      else
        attach(g.main, o.head, "acl");  // "SpaceX, dirigée par ...": the participle describes
      return;
    }
    if (rule == "comitative" || rule == "copula-role") return;
    if (s.span.end <= g.span.begin || s.kind == MentionKind::Pronoun)
      attach(s.head, g.main, "nsubj");
    int prep = preposition_before(o);
    bool oblique = rule == "oblique" || rule == "passive-oblique" || rule == "dative";
    if (oblique) {
      attach(prep, o.head, "case");
      attach(o.head, g.main, rule == "dative" ? "iobj" : "obl");
    } else if (rule == "copula") {
      attach(o.head, g.main, "xcomp");
    } else if (o.span.begin > g.span.begin || o.kind == MentionKind::Pronoun) {
      attach(o.head, g.main, "obj");
    }
  }

  Dependencies take() {
    Dependencies d;
    d.heads = std::move(heads_);
    d.deprels = std::move(rels_);
    return d;
  }

 private:
  const SentenceAnalysis& a_;
  std::vector<int> heads_;
  std::vector<std::string> rels_;
};

}  // namespace

Dependencies dependency_heads(const SentenceAnalysis& a, const ClauseReading& reading) {
  HeadBuilder b(a);
  // Clause level first: a word's role in its clause outranks its place in a phrase.
  for (const Predication& p : reading.predications) b.predication(p);
  for (const VerbGroup& g : a.verb_groups) b.verb_group(g);
  for (const Mention& m : a.mentions) b.noun_phrase(m);
  b.complements(a.mentions);
  // The root: the first finite verb no other verb governs.
  for (std::size_t g = 0; g < a.verb_groups.size(); ++g) {
    const VerbGroup& vg = a.verb_groups[g];
    if (vg.form != VerbForm::Finite || b.attached(vg.main)) continue;
    if (g < reading.governor.size() && reading.governor[g] >= 0) continue;
    b.root(vg.main);
    break;
  }
  return b.take();
}

}  // namespace trame::internal
