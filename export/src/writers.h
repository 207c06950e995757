// The format writers behind write_graph, one a file, each over the merged view.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "graph_view.h"
#include "trame/export/exporter.h"

namespace trame::export_detail {

void write_dot(const GraphView& view, const ExportOptions& options, std::ostream& out);
// SVG, PNG or PDF through Graphviz's gvc; `format` is the renderer's name ("svg", "png", "pdf").
void write_diagram(const GraphView& view, const ExportOptions& options, const char* format,
                   std::ostream& out);
void write_jsonld(const GraphView& view, const ExportOptions& options, std::ostream& out);
void write_nquads(const GraphView& view, const ExportOptions& options, std::ostream& out);
void write_jsonl(const GraphView& view, std::ostream& out);
void write_graphml(const GraphView& view, std::ostream& out);
void write_neo4j_csv(const GraphView& view, std::ostream& nodes, std::ostream& relationships);

nlohmann::ordered_json jsonld_context_object();

}  // namespace trame::export_detail
