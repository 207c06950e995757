#include "export_test_support.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include "trame/extract/statement_json.h"

namespace trame::test {

namespace fs = std::filesystem;
using nlohmann::json;

fs::path source_dir() {
  if (const char* dir = std::getenv("TRAME_SOURCE_DIR"); dir && *dir) return dir;
  return TRAME_SOURCE_DIR;
}

NodeRecord make_node(std::string id, std::string name, EntityType type,
                     std::vector<std::string> aliases) {
  NodeRecord node;
  node.id = std::move(id);
  node.name = std::move(name);
  node.type = type;
  node.aliases = std::move(aliases);
  return node;
}

Subgraph sample_subgraph() {
  Subgraph graph;
  fs::path data = source_dir() / "tests/export/data";
  std::ifstream nodes(data / "sample_nodes.jsonl");
  REQUIRE(nodes);
  for (std::string line; std::getline(nodes, line);) {
    json j = json::parse(line);
    graph.nodes.push_back(make_node(j.at("id"), j.at("name"),
                                    *entity_type_from_string(j.at("type").get<std::string>()),
                                    j.at("aliases").get<std::vector<std::string>>()));
  }
  std::ifstream statements(data / "sample_statements.jsonl");
  REQUIRE(statements);
  for (std::string line; std::getline(statements, line);)
    graph.statements.push_back(statement_from_json(json::parse(line)));
  REQUIRE(graph.statements.size() == 25);
  return graph;
}

std::string sample_article(const std::string& doc) {
  fs::path path = source_dir() / "tests/export/data" / doc;
  INFO(path);
  REQUIRE(fs::exists(path));
  return read_file(path);
}

std::vector<std::string> nasty_strings() {
  return {
      "Le \"grand\" soir",
      "back\\slash",
      "ends with a backslash\\",
      "\\",
      "\\N \\G \\E \\T \\H \\L \\n \\l \\r",
      "<b>gras</b> & AT&amp;T &#92; &lt;",
      "deux\nlignes",
      "Windows\r\nline",
      "Fusée 🚀 et 👩‍🚀 astronaute",
      "שלום עולם",
      "مرحبا بالعالم و Novaterra",
      "  espaces autour  ",
      "{braces} [brackets] ; , = -> -- <> 'apos'",
      "node",
      "graph",
      "strict",
      "]]> <!-- comment --> <![CDATA[x]]>",
      "L’Élysée, Œuvre « citée »",
      std::string(150, 'x') + " \"quoted\" \\ " + std::string(150, 'y') + "\\",
      "%s %n %d",
      "-",
      "123",
  };
}

Subgraph nasty_subgraph() {
  std::vector<std::string> nasty = nasty_strings();
  Subgraph graph;
  auto entity = [&](std::size_t i) {
    Entity e;
    e.id = nasty[i];
    e.name = nasty[i];
    e.type = static_cast<EntityType>(i % 7);
    e.mention = nasty[(i + 3) % nasty.size()];
    return e;
  };
  for (std::size_t i = 0; i < nasty.size(); ++i)
    graph.nodes.push_back(make_node(nasty[i], nasty[i], static_cast<EntityType>(i % 7),
                                    {nasty[(i + 1) % nasty.size()]}));
  for (std::size_t i = 0; i + 1 < nasty.size(); ++i) {
    Statement st;
    st.subject = entity(i);
    st.object = entity(i + 1);
    st.relation = {nasty[(i + 5) % nasty.size()], nasty[(i + 6) % nasty.size()]};
    st.confidence = 0.5;
    st.sources.push_back({nasty[(i + 7) % nasty.size()], static_cast<std::uint32_t>(i + 1), 0, 10,
                          nasty[(i + 8) % nasty.size()]});
    graph.statements.push_back(st);
  }
  return graph;
}

RunResult run(const std::vector<std::string>& argv) {
  TempDir dir;
  fs::path out = dir / "stdout", err = dir / "stderr";
  pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int o = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int e = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int n = open("/dev/null", O_RDONLY);
    dup2(o, 1);
    dup2(e, 2);
    dup2(n, 0);
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = read_file(out);
  r.err = read_file(err);
  return r;
}

TempDir::TempDir() {
  std::random_device rd;
  path_ = fs::temp_directory_path() / ("trame-export-test-" + std::to_string(rd()));
  fs::create_directories(path_);
}

TempDir::~TempDir() {
  std::error_code ignored;
  fs::remove_all(path_, ignored);
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const fs::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  REQUIRE(out.good());
}

std::string exported(const Subgraph& graph, ExportFormat format, ExportOptions options) {
  std::ostringstream out;
  write_graph(graph, format, options, out);
  return out.str();
}

json run_json(const std::vector<std::string>& argv) {
  RunResult r = run(argv);
  INFO(argv[0] << " " << (argv.size() > 1 ? argv[1] : "") << " said: " << r.err);
  REQUIRE(r.exit_code == 0);
  return json::parse(r.out);
}

json rdflib_query(const std::string& format, const fs::path& file, const std::string& query) {
  TempDir dir;
  write_file(dir / "query.rq", query);
  return run_json({"/usr/bin/python3", (source_dir() / "tests/export/rdf_query.py").string(),
                   format, file.string(), (dir / "query.rq").string()});
}

json oxigraph_query(const std::string& format, const fs::path& file, const std::string& query) {
  fs::path script = source_dir() / "tests/export/oxigraph_query.js";
  INFO("Oxigraph is installed by scripts/install-deps into tests/export/node_modules");
  REQUIRE(fs::exists(source_dir() / "tests/export/node_modules/oxigraph/package.json"));
  TempDir dir;
  write_file(dir / "query.rq", query);
  return run_json({"node", script.string(), format, file.string(), (dir / "query.rq").string()});
}

DrawnGraph draw(const std::string& dot_text) {
  TempDir dir;
  write_file(dir / "graph.gv", dot_text);
  RunResult r = run({"dot", "-Tjson", (dir / "graph.gv").string()});
  INFO("dot said: " << r.err);
  REQUIRE(r.exit_code == 0);
  REQUIRE(r.err.empty());
  DrawnGraph drawn;
  drawn.json = json::parse(r.out);
  auto text_of = [](const json& object) {
    std::string text;
    bool first = true;
    if (auto it = object.find("_ldraw_"); it != object.end()) {
      for (const json& op : *it) {
        if (op.at("op") != "T") continue;
        if (!first) text += '\n';
        text += op.at("text").get<std::string>();
        first = false;
      }
    }
    return text;
  };
  std::map<int, std::string> names;
  for (const json& object : drawn.json.value("objects", json::array())) {
    if (object.contains("nodes") || object.contains("subgraphs")) continue;  // a cluster
    names[object.at("_gvid").get<int>()] = object.at("name");
    drawn.nodes.emplace_back(object.at("name"), text_of(object));
  }
  for (const json& edge : drawn.json.value("edges", json::array())) {
    drawn.edges.push_back(
        {names.at(edge.at("tail").get<int>()), names.at(edge.at("head").get<int>()), text_of(edge),
         edge.value("style", ""), edge.value("color", ""), edge.value("penwidth", "")});
  }
  return drawn;
}

}  // namespace trame::test
