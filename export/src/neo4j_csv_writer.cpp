// CSV for `neo4j-admin database import`: nodes.csv (label Entity plus the node's type) and
// relationships.csv (one relationship per statement).
//
// Every field is quoted, quotes doubled (the importer's default quoting). Sentences may span
// lines, hence `--multiline-fields=true` in the import command. Arrays (aliases, sources) and
// multiple labels use TAB as delimiter (`--array-delimiter=TAB`): `;`, the default, is common in
// French prose; a tab inside an array element is written as a space.
#include <cctype>
#include <string>
#include <vector>

#include "rdf_model.h"
#include "text.h"
#include "writers.h"

namespace trame::export_detail {
namespace {

// Text a CSV field can carry: valid UTF-8 without control characters (line breaks and tabs
// kept), which become U+FFFD.
std::string field_text(std::string_view text) {
  std::string out;
  for (char32_t c : code_points(text))
    append_utf8(out, (c < 0x20 && c != '\t' && c != '\n' && c != '\r') ? U'\uFFFD' : c);
  return out;
}

void field(std::ostream& out, std::string_view text, bool first = false) {
  if (!first) out << ',';
  out << '"';
  for (char c : field_text(text)) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

std::string array(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += '\t';
    for (char c : items[i]) out += c == '\t' ? ' ' : c;
  }
  return out;
}

// Relationship type from the lemma, in Neo4j's UPPER_SNAKE habit: "être pdg" -> ETRE_PDG.
std::string relationship_type(const Relation& relation) {
  std::string id = node_id_for(!relation.lemma.empty() ? relation.lemma : relation.text);
  for (char& c : id)
    c = c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return id.empty() ? "RELATION" : id;
}

}  // namespace

void write_neo4j_csv(const GraphView& view, std::ostream& nodes, std::ostream& relationships) {
  nodes << "entityId:ID(Entity),name,type,aliases:string[],:LABEL\n";
  for (const NodeRecord& n : view.nodes) {
    field(nodes, n.id, true);
    field(nodes, n.name);
    field(nodes, to_string(n.type));
    field(nodes, array(n.aliases));
    field(nodes, array({"Entity", std::string(to_string(n.type))}));
    nodes << '\n';
  }

  relationships << ":START_ID(Entity),:END_ID(Entity),:TYPE,statementId,text,lemma,"
                   "negated:boolean,modality,attribution,confidence:double,"
                   "sourceDocs:string[],sourceSentences:int[],sourceTexts:string[]\n";
  for (const Statement& st : view.statements) {
    std::vector<std::string> docs, sentences, texts;
    for (const Source& s : st.sources) {
      docs.push_back(s.doc);
      sentences.push_back(std::to_string(s.sentence));
      texts.push_back(s.text);
    }
    field(relationships, st.subject.id, true);
    field(relationships, st.object.id);
    field(relationships, relationship_type(st.relation));
    field(relationships, statement_hash(st));
    field(relationships, st.relation.text);
    field(relationships, st.relation.lemma);
    field(relationships, st.negated ? "true" : "false");
    field(relationships, to_string(st.modality));
    field(relationships, st.attribution ? st.attribution->id : std::string());
    field(relationships, RdfTerm::real(st.confidence).value);
    field(relationships, array(docs));
    field(relationships, array(sentences));
    field(relationships, array(texts));
    relationships << '\n';
  }
}

}  // namespace trame::export_detail
