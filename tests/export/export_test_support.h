// What the export tests share: the sample subgraph, nasty strings, and running the
// consumers (dot, rdflib, Oxigraph, networkx) on what trame wrote.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "trame/export/exporter.h"

namespace trame::test {

std::filesystem::path source_dir();

// tests/export/data: 25 statements read by hand from the invented articles in
// tests/export/data/articles (around Héloïse Martin and her start-up Novaterra), and their
// nodes. Each source names its article ("articles/001.txt") and quotes its sentence there.
// A node record from its parts (the store numbers nodes itself).
NodeRecord make_node(std::string id, std::string name, EntityType type,
                     std::vector<std::string> aliases = {});

Subgraph sample_subgraph();

// The text of a sample article, by the document path its sources give.
std::string sample_article(const std::string& doc);

// Names and texts that break naive writers: quotes, backslashes (one at the end), Graphviz
// escapes, markup, entities, line breaks, emoji, right-to-left scripts, DOT keywords, a very
// long line. Each comes back exactly from a correct file (line breaks as LF).
std::vector<std::string> nasty_strings();

// A subgraph whose node ids, names, aliases, relation texts, mentions and source texts are
// the nasty strings: node i is named nasty[i], statement i links node i to node i+1.
Subgraph nasty_subgraph();

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};
// Runs a program (found on PATH) without a shell; its output collected.
RunResult run(const std::vector<std::string>& argv);

// A fresh directory, removed with everything in it at the end of the test.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& content);

std::string exported(const Subgraph& graph, ExportFormat format, ExportOptions options = {});

// Runs a consumer script that prints JSON; fails the test (with the script's stderr) if it
// exits non-zero.
nlohmann::json run_json(const std::vector<std::string>& argv);

// SPARQL through rdflib (/usr/bin/python3, Debian's python3-rdflib) and through Oxigraph
// (node, npm package oxigraph): rows of variable -> value. `format` is "json-ld" or "nquads".
nlohmann::json rdflib_query(const std::string& format, const std::filesystem::path& file,
                            const std::string& query);
nlohmann::json oxigraph_query(const std::string& format, const std::filesystem::path& file,
                              const std::string& query);

// What Graphviz draws for each node and edge of a DOT file, read back through `dot -Tjson`:
// the lines of each label joined with '\n'. Requires dot to exit 0 with nothing on stderr.
struct DrawnGraph {
  std::vector<std::pair<std::string, std::string>> nodes;  // node name -> label text
  struct Edge {
    std::string tail, head, label, style, color, penwidth;
  };
  std::vector<Edge> edges;
  nlohmann::json json;
};
DrawnGraph draw(const std::string& dot_text);

}  // namespace trame::test
