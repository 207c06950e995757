// Writing a (sub)graph in the formats users load elsewhere: Graphviz DOT and rendered
// diagrams, JSON-LD, JSON lines, GraphML.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "trame/graph/knowledge_graph.h"

namespace trame {

enum class ExportFormat { Dot, Svg, Png, Pdf, JsonLd, Jsonl, GraphMl };

std::optional<ExportFormat> export_format_from_string(std::string_view text);

struct ExportOptions {
  std::string base_iri = "https://trame.invalid/";  // JSON-LD @id base
  std::string layout = "dot";                       // Graphviz layout engine for diagrams
};

// Thrown when a graph cannot be written (Graphviz refused the layout, say).
class ExportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

void write_graph(const Subgraph& graph, ExportFormat format, const ExportOptions& options,
                 std::ostream& out);

}  // namespace trame
