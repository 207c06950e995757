// Writing a (sub)graph in the formats people read and graph databases load: Graphviz DOT and
// rendered diagrams (SVG, PNG, PDF), JSON-LD, N-Quads, JSON lines, GraphML, and the CSV files
// `neo4j-admin database import` takes. docs/formats.md shows each format.
//
// Every writer first merges identical statements (same everything but their sources) into one
// that lists all their sources, as the contract asks of `export`.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

#include "trame/graph/knowledge_graph.h"

namespace trame {

enum class ExportFormat { Dot, Svg, Png, Pdf, JsonLd, Jsonl, NQuads, GraphMl, Neo4jCsv };

// The spelling `--format` takes: dot, svg, png, pdf, jsonld, jsonl, nquads, graphml, neo4j-csv.
std::string_view to_string(ExportFormat format);
std::optional<ExportFormat> export_format_from_string(std::string_view text);
// The format a file name asks for (".gv"/".dot", ".svg", ".png", ".pdf", ".jsonld", ".jsonl",
// ".nq", ".graphml"); nullopt when the extension says nothing.
std::optional<ExportFormat> export_format_from_path(const std::filesystem::path& path);
// Whether the format is bytes rather than text (PNG, PDF): never written to a terminal.
bool is_binary(ExportFormat format);

// Graphviz layout engines trame offers; sfdp scales to large graphs.
inline constexpr std::string_view kLayouts[] = {"dot", "sfdp", "neato", "fdp", "circo", "twopi"};

struct ExportOptions {
  // Prefix of every IRI trame mints (JSON-LD, N-Quads). Must be absolute; a '/' is added when it
  // ends in neither '/' nor '#'.
  std::string base_iri = "https://trame.invalid/";
  std::string layout = "dot";  // Graphviz layout engine for diagrams (one of kLayouts)
  bool legend = true;          // diagrams: draw the legend of shapes, colours and line styles
  std::string title;           // diagrams: a caption above the drawing; none when empty
  // Receives Graphviz's warnings (a font it had to replace, say); they are dropped when unset.
  std::function<void(std::string_view)> on_warning;
};

// A graph that cannot be written: Graphviz refused the layout or format, a bad base IRI, a
// format that needs files rather than a stream.
class ExportError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Writes `graph` to `out`. Every format but Neo4jCsv (two files: use write_neo4j_csv or
// export_to_path). Throws ExportError.
void write_graph(const Subgraph& graph, ExportFormat format, const ExportOptions& options,
                 std::ostream& out);

// The two files of `neo4j-admin database import`: entities (label Entity plus their type) and
// statements (one relationship each, type from the relation's lemma).
void write_neo4j_csv(const Subgraph& graph, std::ostream& nodes, std::ostream& relationships);

// Where export_to_path puts the Neo4j files for `-o PATH`: PATH is a directory (made when
// missing) holding nodes.csv and relationships.csv.
struct Neo4jCsvFiles {
  std::filesystem::path nodes;
  std::filesystem::path relationships;
};
Neo4jCsvFiles neo4j_csv_files(const std::filesystem::path& directory);

// Writes the export to `path` (the directory of neo4j_csv_files for Neo4jCsv). A regular file
// (or a new one) is written beside its final name, synced and renamed into place, so a failure
// never leaves half a file; a device or a FIFO is written in place (it is never replaced); a
// symbolic link is followed and its target written, the link staying a link. Throws
// ExportError naming the path and the reason ("No space left on device") when a file cannot
// be written.
void export_to_path(const Subgraph& graph, ExportFormat format, const ExportOptions& options,
                    const std::filesystem::path& path);

// The JSON-LD @context every document carries inline (loaders need no network); published as
// docs/trame-context.jsonld.
std::string jsonld_context();

}  // namespace trame
