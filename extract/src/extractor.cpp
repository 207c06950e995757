#include "trame/extract/extractor.h"

#include <cmath>
#include <cstdlib>
#include <set>
#include <tuple>

#include "chunker.h"
#include "clause_grammar.h"
#include "conllu_writer.h"
#include "coreference.h"
#include "french_analyzer.h"
#include "noun_phrases.h"
#include "text_util.h"
#include "verb_conjugator.h"
#include "verb_groups.h"

namespace trame {

namespace {

using namespace internal;

std::filesystem::path data_dir(const ExtractorConfig& config) {
  if (!config.apertium_dir.empty()) return config.apertium_dir;
  if (const char* env = std::getenv("TRAME_APERTIUM_DIR"); env && *env) return env;
  return TRAME_APERTIUM_DIR;
}

std::string data_prefix(const ExtractorConfig& config) {
  if (!config.apertium_prefix.empty()) return config.apertium_prefix;
  if (const char* env = std::getenv("TRAME_APERTIUM_PREFIX"); env && *env) return env;
  return TRAME_APERTIUM_PREFIX;
}

// One sentence as the grammar and coreference read it.
struct ReadSentence {
  SentenceAnalysis analysis;
  ClauseReading reading;
};

Entity entity_of(const DocumentEntity& e, std::string mention) {
  Entity out;
  out.name = e.name;
  out.id = node_id_for(e.name);
  out.type = e.named ? e.type : EntityType::Concept;
  out.mention = std::move(mention);
  out.aliases = e.aliases;
  return out;
}

bool indirect(const Mention& m) {
  return m.kind == MentionKind::Pronoun || m.kind == MentionKind::Description;
}

const char* chunk_name(ChunkKind k) {
  switch (k) {
    case ChunkKind::Mention: return "NP";
    case ChunkKind::Preposition: return "P";
    case ChunkKind::Verb: return "V";
    case ChunkKind::Relative: return "REL";
    case ChunkKind::Subordinator: return "SUB";
    case ChunkKind::Coordinator: return "CC";
    case ChunkKind::Comma: return ",";
    case ChunkKind::Colon: return ":";
    case ChunkKind::OpenQuote: return "«";
    case ChunkKind::CloseQuote: return "»";
    case ChunkKind::OpenParen: return "(";
    case ChunkKind::CloseParen: return ")";
    case ChunkKind::Adverb: return "ADV";
    case ChunkKind::Other: return "_";
  }
  return "?";
}

void explain(const SentenceAnalysis& a, const ClauseReading& r, const Coreference& c,
             std::ostream& out) {
  const Sentence& s = *a.sentence;
  out << "# " << s.number << ": " << s.text << "\n  tree:\n";
  // The parser's tree, one word a line: "4 changé changer VERB <- 0 root".
  for (std::size_t k = 0; k < s.words.size(); ++k) {
    const Word& w = s.words[k];
    out << "    " << k + 1 << ' ' << w.form << ' ' << w.lemma << ' ' << to_string(w.upos);
    if (w.feats != "_" && !w.feats.empty()) out << ' ' << w.feats;
    out << " <- " << w.head;
    if (w.head > 0) out << ' ' << s.words[static_cast<std::size_t>(w.head - 1)].form;
    out << ' ' << w.deprel << '\n';
  }
  out << "  words:";
  // The tokens the clause grammar reads, with the dictionary reading each one took:
  // "confié/VERB[confier<vblex><pp><m><sg>]".
  for (const Token& t : s.tokens) {
    out << ' ' << t.form << '/' << to_string(t.upos) << (t.unknown ? "?" : "") << '[' << t.lemma;
    for (const std::string& tag : t.tags) out << '<' << tag << '>';
    out << ']';
  }
  out << "\n  chunks:";
  for (const Chunk& ch : a.chunks) {
    out << " [" << chunk_name(ch.kind);
    for (int t = ch.span.begin; t < ch.span.end; ++t) out << ' ' << a.token(t).form;
    if (ch.kind == ChunkKind::Mention) {
      const Mention& m = a.mentions[static_cast<std::size_t>(ch.index)];
      static const char* kinds[] = {"name", "desc", "pron", "concept"};
      out << " {" << kinds[static_cast<int>(m.kind)];
      if (m.entity >= 0) out << " =" << c.entities()[static_cast<std::size_t>(m.entity)].name;
      out << "}";
    }
    if (ch.kind == ChunkKind::Verb) {
      const VerbGroup& g = a.verb_groups[static_cast<std::size_t>(ch.index)];
      static const char* forms[] = {"fin", "inf", "ppas", "ppres", "ger"};
      out << " {" << forms[static_cast<int>(g.form)] << (g.passive ? " pass" : "")
          << (g.negated ? " neg" : "") << (g.copula ? " cop" : "") << " " << g.lemma << "}";
    }
    out << ']';
  }
  out << '\n';
  for (const Predication& p : r.predications)
    out << "  " << p.rule << ": " << a.mentions[static_cast<std::size_t>(p.subject)].text << " | "
        << p.relation << " | " << a.mentions[static_cast<std::size_t>(p.object)].text
        << (p.negated ? " [neg]" : "") << '\n';
}

}  // namespace

struct Extractor::Impl {
  FrenchAnalyzer analyzer;
  VerbConjugator conjugator{analyzer};
  explicit Impl(const ExtractorConfig& config) : analyzer(data_dir(config), data_prefix(config)) {}
};

Extractor::Extractor(const ExtractorConfig& config) : impl_(std::make_unique<Impl>(config)) {}
Extractor::~Extractor() = default;

namespace {

// Turns the predications of one sentence into statements.
void add_statements(const ReadSentence& rs, const Coreference& coreference, std::string_view doc,
                    std::uint32_t start, std::uint32_t end, VerbConjugator& conjugator,
                    std::vector<Statement>& out) {
  const SentenceAnalysis& a = rs.analysis;
  const auto& entities = coreference.entities();
  std::set<std::tuple<int, std::string, int, bool>> seen;
  for (const Predication& p : rs.reading.predications) {
    const Mention& sm = a.mentions[static_cast<std::size_t>(p.subject)];
    const Mention& om = a.mentions[static_cast<std::size_t>(p.object)];
    int se = sm.entity;
    int oe = p.object_is_owner ? om.owner : om.entity;
    if (se < 0 || oe < 0 || se == oe) continue;
    // A borrowed subject links named entities only ("en portant plainte contre X, Y ..."),
    // or states what a named entity did not do ("sans consulter les dockers").
    bool subject_named = entities[static_cast<std::size_t>(se)].named;
    bool object_named = entities[static_cast<std::size_t>(oe)].named;
    // An object pronoun stands for a named entity or for nothing sure enough to state.
    // (A passive's subject pronoun is taken up like any subject: "Il sera dirigé par X".)
    if (om.kind == MentionKind::Pronoun && !object_named && !p.object_is_owner &&
        std::string_view(p.rule) != "passive")
      continue;
    if (p.controlled && !(subject_named && (object_named || p.negated))) continue;
    std::string relation = p.relation;
    if (!p.active.empty())
      if (std::string active = conjugator.realise(p.active); !active.empty()) relation = active;
    if (!seen.emplace(se, relation, oe, p.negated).second) continue;
    Statement st;
    st.subject = entity_of(entities[static_cast<std::size_t>(se)], sm.text);
    st.object = entity_of(entities[static_cast<std::size_t>(oe)],
                          p.object_is_owner ? a.token(om.span.begin).form : om.text);
    st.relation = {relation, p.lemma};
    st.negated = p.negated;
    st.modality = p.modality;
    if (p.attribution >= 0) {
      const Mention& am = a.mentions[static_cast<std::size_t>(p.attribution)];
      // What the subject says of itself stays its claim, with no one else to name.
      if (am.entity >= 0 && am.entity != se)
        st.attribution = entity_of(entities[static_cast<std::size_t>(am.entity)], am.text);
    }
    double confidence = p.confidence;
    if (indirect(sm)) confidence *= 0.85;
    if (indirect(om) || p.object_is_owner) confidence *= 0.85;
    st.confidence = std::round(confidence * 100) / 100;
    Source src;
    src.doc = std::string(doc);
    src.sentence = static_cast<std::uint32_t>(a.sentence->number);
    src.start = start;
    src.end = end;
    src.text = a.sentence->text;
    st.sources.push_back(std::move(src));
    out.push_back(std::move(st));
  }
}

}  // namespace

Extraction Extractor::extract(std::string_view doc, std::string_view text,
                              const ExtractOptions& options) {
  Extraction out;
  std::vector<Sentence> sentences = impl_->analyzer.analyse(text, options.one_sentence_per_line);
  out.sentences = static_cast<std::uint32_t>(sentences.size());

  // Read every sentence in order: coreference needs what came before. With one sentence a
  // line, every line is a text of its own.
  std::vector<ReadSentence> read(sentences.size());
  std::vector<Coreference> coreferences(1);
  std::vector<std::size_t> coreference_of(sentences.size(), 0);
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    if (options.one_sentence_per_line && i > 0) coreferences.emplace_back();
    coreference_of[i] = coreferences.size() - 1;
    SentenceAnalysis& a = read[i].analysis;
    a.sentence = &sentences[i];
    a.mentions = find_mentions(sentences[i]);
    a.verb_groups = find_verb_groups(sentences[i]);
    build_chunks(a);
    read[i].reading = read_clauses(a);
    coreferences.back().resolve(a, read[i].reading);
  }
  for (Coreference& c : coreferences) c.finish();
  if (options.explain)
    for (std::size_t i = 0; i < sentences.size(); ++i)
      explain(read[i].analysis, read[i].reading, coreferences[coreference_of[i]], *options.explain);

  std::size_t byte_pos = 0, char_pos = 0;  // character offsets, counted once through the text
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& s = sentences[i];
    char_pos += char_count(text.substr(byte_pos, s.begin - byte_pos));
    byte_pos = s.begin;
    std::uint32_t start = static_cast<std::uint32_t>(char_pos);
    std::uint32_t end = start + static_cast<std::uint32_t>(char_count(s.text));
    add_statements(read[i], coreferences[coreference_of[i]], doc, start, end, impl_->conjugator,
                   out.statements);
  }
  return out;
}

namespace {

// Pieces of a text that split no sentence: runs of whole lines (one sentence a line), or of
// whole paragraphs (a blank line always ends a sentence), each of about `size` bytes.
std::vector<std::string_view> pieces_of(std::string_view text, bool one_sentence_per_line) {
  constexpr std::size_t kSize = 64 * 1024;
  std::vector<std::string_view> pieces;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = start + kSize;
    if (end >= text.size()) {
      end = text.size();
    } else if (one_sentence_per_line) {
      std::size_t nl = text.find('\n', end);
      end = nl == std::string_view::npos ? text.size() : nl + 1;
    } else {
      std::size_t blank = text.find("\n\n", end);
      end = blank == std::string_view::npos ? text.size() : blank + 2;
    }
    pieces.push_back(text.substr(start, end - start));
    start = end;
  }
  return pieces;
}

}  // namespace

void Extractor::tag_conllu(std::string_view text, std::ostream& out,
                           const ExtractOptions& options) {
  std::size_t sentences_before = 0;
  for (std::string_view piece : pieces_of(text, options.one_sentence_per_line)) {
    std::vector<Sentence> sentences = impl_->analyzer.analyse(piece, options.one_sentence_per_line);
    for (Sentence& s : sentences) s.number += sentences_before;
    // With one sentence a line, a piece's lines are sentences even when empty.
    sentences_before += sentences.size();
    out << write_conllu(sentences);
  }
}

}  // namespace trame
