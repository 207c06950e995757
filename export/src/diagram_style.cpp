#include "diagram_style.h"

#include <array>

#include "text.h"

namespace trame::export_detail {
namespace {

// In EntityType's order. Pale fills keep black text readable; borders carry the hue.
constexpr std::array<NodeStyle, 7> kNodeStyles = {{
    {"ellipse", "filled", "#dbeafe", "#1d4ed8", "Person"},
    {"box", "rounded,filled", "#fde4cf", "#c2410c", "Organization"},
    {"box3d", "filled", "#ede9fe", "#6d28d9", "Product"},
    {"house", "filled", "#dcfce7", "#15803d", "Place"},
    {"hexagon", "filled", "#fef9c3", "#a16207", "Event"},
    {"note", "filled", "#fce7f3", "#be185d", "Work"},
    {"box", "rounded,dashed,filled", "#f3f4f6", "#6b7280", "Concept (noun phrase)"},
}};

constexpr std::array<EdgeStyle, 3> kEdgeStyles = {{
    {"asserted", "solid", "#374151", "asserted"},
    {"negated", "dashed", "#dc2626", "negated (\u00AC)"},
    {"hedged", "dotted", "#6b7280", "conditional, reported or question"},
}};

}  // namespace

const NodeStyle& node_style(EntityType type) { return kNodeStyles[static_cast<std::size_t>(type)]; }

EdgeKind edge_kind(const Statement& statement) {
  if (statement.negated) return EdgeKind::Negated;
  return statement.modality == Modality::Asserted ? EdgeKind::Asserted : EdgeKind::Hedged;
}

const EdgeStyle& edge_style(EdgeKind kind) { return kEdgeStyles[static_cast<std::size_t>(kind)]; }

std::string html_text(std::string_view text) {
  std::string out;
  std::u32string cps = code_points(text);
  for (std::size_t i = 0; i < cps.size(); ++i) {
    char32_t c = cps[i];
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      // Graphviz replaces \N, \G, \E... by object names even in HTML-like labels, after
      // entities are decoded, and reads \\ as one backslash: so every backslash is doubled.
      case '\\':
        out += "\\\\";
        break;
      case '\r':
        if (i + 1 < cps.size() && cps[i + 1] == '\n') ++i;
        out += "<BR/>";
        break;
      case '\n':
        out += "<BR/>";
        break;
      // Graphviz drops a tab from what it draws, which glued the words on either side
      // together; the other whitespace controls would be U+FFFD. A space keeps them apart.
      case '\t':
      case '\v':
      case '\f':
      case U'\u0085':  // NEXT LINE, a C1 control
        out += ' ';
        break;
      default:
        append_utf8(out, is_xml_char(c) ? c : U'\uFFFD');
    }
  }
  return out;
}

}  // namespace trame::export_detail
