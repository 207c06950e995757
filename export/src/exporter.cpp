#include "trame/export/exporter.h"

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <system_error>

#include "graph_view.h"
#include "iri.h"
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

// A file written under a temporary name beside its final one, renamed into place by commit();
// removed if never committed.
class PendingFile {
 public:
  explicit PendingFile(std::filesystem::path path)
      : path_(std::move(path)),
        temp_(path_.parent_path() / (std::string(".")
                                         .append(path_.filename().string())
                                         .append(".tmp")
                                         .append(std::to_string(::getpid())))) {
    out_.open(temp_, std::ios::binary | std::ios::trunc);
    if (!out_) throw ExportError("cannot write " + path_.string());
  }
  ~PendingFile() {
    if (!committed_) {
      out_.close();
      std::error_code ignored;
      std::filesystem::remove(temp_, ignored);
    }
  }
  std::ostream& stream() { return out_; }
  void commit() {
    out_.close();
    if (!out_) throw ExportError("cannot write " + path_.string());
    std::error_code ec;
    std::filesystem::rename(temp_, path_, ec);
    if (ec) throw ExportError("cannot write " + path_.string() + ": " + ec.message());
    committed_ = true;
  }

 private:
  std::filesystem::path path_;
  std::filesystem::path temp_;
  std::ofstream out_;
  bool committed_ = false;
};

}  // namespace

void write_graph(const Subgraph& graph, ExportFormat format, const ExportOptions& options,
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
    PendingFile file(path);
    write_graph(graph, format, options, file.stream());
    file.commit();
    return;
  }
  std::error_code ec;
  std::filesystem::create_directories(path, ec);
  if (ec || !std::filesystem::is_directory(path))
    throw ExportError("cannot make the directory " + path.string() +
                      (ec ? ": " + ec.message() : std::string(" (a file has that name)")));
  Neo4jCsvFiles files = neo4j_csv_files(path);
  PendingFile nodes(files.nodes);
  PendingFile relationships(files.relationships);
  write_neo4j_csv(graph, nodes.stream(), relationships.stream());
  nodes.commit();
  relationships.commit();
}

std::string jsonld_context() {
  nlohmann::ordered_json doc = {{"@context", jsonld_context_object()}};
  return doc.dump(2) + "\n";
}

}  // namespace trame
