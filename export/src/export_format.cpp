#include <array>
#include <utility>

#include "trame/export/exporter.h"

namespace trame {
namespace {

constexpr std::array<std::pair<ExportFormat, std::string_view>, 9> kNames = {{
    {ExportFormat::Dot, "dot"},
    {ExportFormat::Svg, "svg"},
    {ExportFormat::Png, "png"},
    {ExportFormat::Pdf, "pdf"},
    {ExportFormat::JsonLd, "jsonld"},
    {ExportFormat::Jsonl, "jsonl"},
    {ExportFormat::NQuads, "nquads"},
    {ExportFormat::GraphMl, "graphml"},
    {ExportFormat::Neo4jCsv, "neo4j-csv"},
}};

constexpr std::array<std::pair<std::string_view, ExportFormat>, 10> kExtensions = {{
    {".dot", ExportFormat::Dot},
    {".gv", ExportFormat::Dot},
    {".svg", ExportFormat::Svg},
    {".png", ExportFormat::Png},
    {".pdf", ExportFormat::Pdf},
    {".jsonld", ExportFormat::JsonLd},
    {".jsonl", ExportFormat::Jsonl},
    {".nq", ExportFormat::NQuads},
    {".nquads", ExportFormat::NQuads},
    {".graphml", ExportFormat::GraphMl},
}};

}  // namespace

std::string_view to_string(ExportFormat format) {
  for (const auto& [f, name] : kNames)
    if (f == format) return name;
  return "?";
}

std::optional<ExportFormat> export_format_from_string(std::string_view text) {
  for (const auto& [f, name] : kNames)
    if (name == text) return f;
  return std::nullopt;
}

std::optional<ExportFormat> export_format_from_path(const std::filesystem::path& path) {
  std::string ext = path.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const auto& [e, f] : kExtensions)
    if (e == ext) return f;
  return std::nullopt;
}

bool is_binary(ExportFormat format) {
  return format == ExportFormat::Png || format == ExportFormat::Pdf;
}

}  // namespace trame
