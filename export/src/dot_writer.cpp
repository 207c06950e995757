// DOT: the house-style graph written by cgraph's agwrite, which quotes every name and value.
#include "diagram_builder.h"
#include "writers.h"

namespace trame::export_detail {

void write_dot(const GraphView& view, const ExportOptions& options, std::ostream& out) {
  GraphvizSession session;
  GraphPtr graph = build_diagram(view, options);
  // The file names its layout engine: the style is made for it (rankdir for dot, overlap and
  // sep for the others), and Graphviz's tools obey the attribute, over their -K, so that
  // `dot -Tpng` lays it out as trame would have.
  set(graph.get(), "layout", options.layout);
  write_dot_to(graph.get(), out);
  if (options.on_warning)
    for (const std::string& message : session.take_messages()) options.on_warning(message);
}

}  // namespace trame::export_detail
