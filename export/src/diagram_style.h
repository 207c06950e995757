// trame's house style for diagrams: what a node's shape and colour say about its type, what
// an edge's line says about how the text committed to the statement.
#pragma once

#include <string>
#include <string_view>

#include "trame/extract/statement.h"

namespace trame::export_detail {

inline constexpr const char* kFont = "DejaVu Sans";  // Debian's fonts-dejavu-core

struct NodeStyle {
  const char* shape;
  const char* style;
  const char* fill;
  const char* border;
  const char* legend;  // what the legend calls the type
};
const NodeStyle& node_style(EntityType type);

// How an edge is drawn: a denial stands out most, then anything short of a plain assertion.
enum class EdgeKind { Asserted, Negated, Hedged };
inline constexpr EdgeKind kEdgeKinds[] = {EdgeKind::Asserted, EdgeKind::Negated, EdgeKind::Hedged};
EdgeKind edge_kind(const Statement& statement);

struct EdgeStyle {
  const char* key;  // names the legend's sample
  const char* style;
  const char* color;
  const char* legend;
};
const EdgeStyle& edge_style(EdgeKind kind);

// Marks put before or after a relation's text on the drawing.
inline constexpr std::string_view kNegationMark = "\u00AC ";  // ¬, printed before the text
inline constexpr std::string_view kCountMark = " \u00D7";     // ×N, read N times

// `text` as the content of a Graphviz HTML-like label: &, <, >, " escaped, backslashes doubled
// (Graphviz's own escape), each line break (LF, CR LF or CR) a <BR/>, tabs and the other
// whitespace controls (VT, FF, U+0085) a space, the other characters XML cannot carry U+FFFD.
// Whatever the text, the label parses and shows exactly these characters.
std::string html_text(std::string_view text);

}  // namespace trame::export_detail
