// SVG, PNG and PDF: the house-style graph laid out and rendered in-process by gvc.
#include <graphviz/gvc.h>

#include <memory>

#include "diagram_builder.h"
#include "writers.h"

namespace trame::export_detail {
namespace {

struct ContextCloser {
  void operator()(GVC_t* context) const { gvFreeContext(context); }
};

std::string joined(const std::vector<std::string>& messages) {
  std::string out;
  for (const std::string& m : messages) {
    if (!out.empty()) out += "; ";
    out += m;
  }
  return out;
}

}  // namespace

void write_diagram(const GraphView& view, const ExportOptions& options, const char* format,
                   std::ostream& out) {
  GraphvizSession session;
  // The context loads the plugins listed in Graphviz's config (written by `dot -c` when the
  // Debian packages are installed): layouts from libgvc6, cairo renderers for PNG and PDF.
  std::unique_ptr<GVC_t, ContextCloser> context(gvContext());
  if (!context) throw ExportError("Graphviz could not start: " + joined(session.take_messages()));
  GraphPtr graph = build_diagram(view, options);
  if (gvLayout(context.get(), graph.get(), options.layout.c_str()) != 0) {
    gvFreeLayout(context.get(), graph.get());
    throw ExportError("Graphviz could not lay out the graph with \"" + options.layout +
                      "\": " + joined(session.take_messages()));
  }
  char* data = nullptr;
  unsigned int length = 0;
  int rc = gvRenderData(context.get(), graph.get(), format, &data, &length);
  gvFreeLayout(context.get(), graph.get());
  if (rc != 0 || data == nullptr) {
    if (data) gvFreeRenderData(data);
    throw ExportError(std::string("Graphviz could not render ") + format + ": " +
                      joined(session.take_messages()));
  }
  out.write(data, length);
  gvFreeRenderData(data);
  if (!out.good()) throw ExportError(std::string("could not write the ") + format + " diagram");
  if (options.on_warning)
    for (const std::string& message : session.take_messages()) options.on_warning(message);
}

}  // namespace trame::export_detail
