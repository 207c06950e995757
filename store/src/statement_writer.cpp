#include "statement_writer.h"

namespace trame::store {

StatementKey write_statement(const Statement& st, NodeResolver& nodes, WriteSink& sink,
                             const DocumentOf& document_of) {
  StatementCore core;
  core.subject = nodes.resolve(st.subject);
  core.object = nodes.resolve(st.object);
  core.lemma = nodes.lemma(st.relation.lemma);
  core.text = st.relation.text;
  core.negated = st.negated;
  core.modality = st.modality;
  if (st.attribution) core.attribution = nodes.resolve(*st.attribution);
  std::string record = encode(core);
  StatementKey key = statement_key_of(core);

  sink.put(Family::Statements, statement_key_bytes(key), record);
  sink.put(Family::SubjectIndex, edge_key(core.subject, core.lemma, core.object, key), "");
  sink.put(Family::ObjectIndex, edge_key(core.object, core.lemma, core.subject, key), "");
  if (core.attribution)
    sink.put(Family::AttributionIndex, node_statement_key(core.attribution, key), "");
  for (const Source& src : st.sources) {
    DocumentNumber doc = document_of(src);
    SourceValue value;
    value.confidence = st.confidence;
    value.subject_mention = st.subject.mention;
    value.object_mention = st.object.mention;
    if (st.attribution) value.attribution_mention = st.attribution->mention;
    sink.put(Family::Sources, source_key(key, doc, src.sentence), encode(value));
    sink.put(Family::Sentences, sentence_key(doc, src.sentence),
             encode(SentenceValue{src.start, src.end, src.text}));
    sink.put(Family::DocumentStatements, node_statement_key(doc, key), "");
  }
  return key;
}

std::optional<DocumentNumber> document_by_path(const RocksContext& ctx, std::string_view path) {
  std::string prefix = prefixed(kPathPrefix, path);
  prefix.push_back('\0');
  std::optional<DocumentNumber> found;
  auto it = ctx.iterator(Family::DocumentKeys);
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next())
    if (it->key().size() == prefix.size() + 4) found = get_u32(it->key().data() + prefix.size());
  return found;
}

ImportDocuments::ImportDocuments(const RocksContext& ctx)
    : ctx_(ctx), next_(ctx.counter(kNextDocumentKey)) {}

DocumentNumber ImportDocuments::number(const Source& source) {
  auto it = by_path_.find(source.doc);
  DocumentNumber doc;
  if (it != by_path_.end()) {
    doc = it->second;
  } else if (auto existing = document_by_path(ctx_, source.doc)) {
    doc = *existing;
    auto v = ctx_.get(Family::Documents, u32_key(doc));
    records_[doc] = v ? decode_document(*v) : DocumentRecord{source.doc, "", 0};
    by_path_.emplace(source.doc, doc);
  } else {
    doc = next_++;
    counter_dirty_ = true;
    records_[doc] = DocumentRecord{source.doc, "", 0};
    dirty_[doc] = true;
    by_path_.emplace(source.doc, doc);
  }
  DocumentRecord& rec = records_[doc];
  if (!rec.content_hash.empty()) {
    // Ingested: its extraction numbered sentences 1..N.
    if (source.sentence > rec.sentences) {
      rec.sentences = source.sentence;
      dirty_.try_emplace(doc, false);
    }
  } else if (counted_[doc].insert(source.sentence).second &&
             !counted_before(doc, source.sentence)) {
    ++rec.sentences;
    dirty_.try_emplace(doc, false);
  }
  return doc;
}

bool ImportDocuments::counted_before(DocumentNumber doc, std::uint32_t sentence) const {
  // A document made by this import has nothing stored yet; an earlier import stored a
  // sentence record for each sentence it counted.
  auto it = dirty_.find(doc);
  if (it != dirty_.end() && it->second) return false;
  return ctx_.get(Family::Sentences, sentence_key(doc, sentence)).has_value();
}

void ImportDocuments::write(WriteSink& sink) {
  for (const auto& [doc, is_new] : dirty_) {
    const DocumentRecord& rec = records_.at(doc);
    sink.put(Family::Documents, u32_key(doc), encode_document(rec));
    if (is_new) sink.put(Family::DocumentKeys, path_key(rec.path, doc), "");
  }
  if (counter_dirty_) sink.put(Family::Meta, kNextDocumentKey, u32_key(next_));
  dirty_.clear();
  counter_dirty_ = false;
}

}  // namespace trame::store
