// The cgraph graph of a diagram in trame's house style: one node per entity, one edge per
// group of parallel statements (same ends, relation, negation, modality and attribution),
// and a legend.
#pragma once

#include "graph_view.h"
#include "graphviz.h"
#include "trame/export/exporter.h"

namespace trame::export_detail {

GraphPtr build_diagram(const GraphView& view, const ExportOptions& options);

}  // namespace trame::export_detail
