#include "trame/export/exporter.h"

#include <algorithm>
#include <system_error>

#include "graph_view.h"
#include "iri.h"
#include "output_file.h"
#include "writers.h"

namespace trame {
namespace {

using namespace export_detail;

ExportOptions checked(const ExportOptions& options) {
  ExportOptions out = options;
  out.base_iri = normalize_base_iri(options.base_iri);
  if (std::find(std::begin(kLayouts), std::end(kLayouts), options.layout) == std::end(kLayouts)) {
    std::string known;
    for (std::string_view l : kLayouts) (known += known.empty() ? "" : ", ") += l;
    throw ExportError("unknown layout \"" + options.layout + "\" (one of " + known + ")");
  }
  return out;
}

// Writes every format but Neo4jCsv to `out`, leaving the check of the stream to the caller.
void write_unchecked(const Subgraph& graph, ExportFormat format, const ExportOptions& options,
                     std::ostream& out) {
  ExportOptions opts = checked(options);
  GraphView view = make_view(graph);
  switch (format) {
    case ExportFormat::Dot:
      write_dot(view, opts, out);
      break;
    case ExportFormat::Svg:
      write_diagram(view, opts, "svg", out);
      break;
    case ExportFormat::Png:
      write_diagram(view, opts, "png", out);
      break;
    case ExportFormat::Pdf:
      write_diagram(view, opts, "pdf", out);
      break;
    case ExportFormat::JsonLd:
      write_jsonld(view, opts, out);
      break;
    case ExportFormat::Jsonl:
      write_jsonl(view, out);
      break;
    case ExportFormat::NQuads:
      write_nquads(view, opts, out);
      break;
    case ExportFormat::GraphMl:
      write_graphml(view, out);
      break;
    case ExportFormat::Neo4jCsv:
      throw ExportError("neo4j-csv writes two files (nodes and relationships): give a directory");
  }
}

}  // namespace

void write_graph(const Subgraph& graph, ExportFormat format, const ExportOptions& options,
                 std::ostream& out) {
  write_unchecked(graph, format, options, out);
  out.flush();
  if (!out.good()) throw ExportError("could not write the " + std::string(to_string(format)));
}

void write_neo4j_csv(const Subgraph& graph, std::ostream& nodes, std::ostream& relationships) {
  export_detail::write_neo4j_csv(make_view(graph), nodes, relationships);
}

Neo4jCsvFiles neo4j_csv_files(const std::filesystem::path& directory) {
  return {directory / "nodes.csv", directory / "relationships.csv"};
}

void export_to_path(const Subgraph& graph, ExportFormat format, const ExportOptions& options,
                    const std::filesystem::path& path) {
  if (format != ExportFormat::Neo4jCsv) {
    OutputFile file(path);
    write_unchecked(graph, format, options, file.stream());
    file.commit();  // reports a failed write with its reason
    return;
  }
  std::error_code ec;
  std::filesystem::create_directories(path, ec);
  if (ec || !std::filesystem::is_directory(path))
    throw ExportError("cannot make the directory " + path.string() +
                      (ec ? ": " + ec.message() : std::string(" (a file has that name)")));
  Neo4jCsvFiles files = neo4j_csv_files(path);
  OutputFile nodes(files.nodes);
  OutputFile relationships(files.relationships);
  write_neo4j_csv(graph, nodes.stream(), relationships.stream());
  // Both written whole before either replaces its old version.
  nodes.finish();
  relationships.finish();
  nodes.commit();
  relationships.commit();
}

std::string jsonld_context() {
  nlohmann::ordered_json doc = {{"@context", jsonld_context_object()}};
  return doc.dump(2) + "\n";
}

}  // namespace trame
