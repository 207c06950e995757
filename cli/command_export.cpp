// trame export: the whole graph, or the part around an entity, in a format people read
// (DOT, SVG, PNG, PDF) or graph databases load (JSON-LD, N-Quads, JSONL, GraphML, Neo4j CSV).
#include <unistd.h>

#include <iostream>
#include <memory>
#include <optional>

#include "command.h"
#include "standard_output.h"
#include "store_access.h"
#include "trame/export/exporter.h"
#include "trame/export/selection.h"
#include "trame/graph/knowledge_graph.h"
#include "trame/store/statement_store.h"

namespace trame::cli {
namespace {

struct ExportArgs {
  std::string db;
  std::string format;
  std::string output;
  std::string base = ExportOptions{}.base_iri;
  std::string layout = "dot";
  std::string title;
  bool no_legend = false;
  std::string entity;
  int depth = 1;
  std::string direction = "both";
  std::vector<std::string> relations;
  std::vector<std::string> types;
  std::vector<std::string> docs;
  std::size_t min_sources = 0;
  std::size_t top = 0;
};

ExportFormat resolve_format(const ExportArgs& args) {
  if (!args.format.empty()) return *export_format_from_string(args.format);
  if (!args.output.empty())
    if (auto f = export_format_from_path(args.output)) return *f;
  throw CommandError(kExitBadInput,
                     "export: give --format, or an -o file whose extension names one");
}

Direction parse_direction(const std::string& text) {
  if (text == "out") return Direction::Out;
  if (text == "in") return Direction::In;
  return Direction::Both;
}

// "person", "Person" and "PERSON" all name EntityType::Person.
EntityType parse_type(std::string text) {
  for (std::size_t i = 0; i < text.size(); ++i)
    text[i] = static_cast<char>(i == 0 ? std::toupper(static_cast<unsigned char>(text[i]))
                                       : std::tolower(static_cast<unsigned char>(text[i])));
  if (auto t = entity_type_from_string(text)) return *t;
  throw CommandError(kExitBadInput, "export: unknown --type \"" + text +
                                        "\" (Person, Organization, Product, Place, Event, "
                                        "Work or Concept)");
}

std::string closest(const StatementStore& store, const std::string& name) {
  std::string out;
  for (const std::string& n : store.closest_names(name, 5)) (out += out.empty() ? "" : ", ") += n;
  return out.empty() ? std::string() : " (closest: " + out + ")";
}

void run_export(const ExportArgs& args) {
  ExportFormat format = resolve_format(args);
  if (args.output.empty() && format == ExportFormat::Neo4jCsv)
    throw CommandError(kExitBadInput,
                       "export: neo4j-csv writes nodes.csv and relationships.csv: give -o DIR");
  if (args.output.empty() && is_binary(format) && ::isatty(STDOUT_FILENO))
    throw CommandError(kExitBadInput, "export: not writing " + std::string(to_string(format)) +
                                          " to a terminal: give -o FILE or redirect");

  std::unique_ptr<StatementStore> store = open_store(args.db, OpenMode::ReadOnly);
  // An export is taken for the whole store: one of its files missing or damaged is refused,
  // not exported as if the rest were all.
  try {
    store->check_files();
  } catch (const StoreError& e) {
    throw CommandError(kExitBadInput, e.what());
  }

  Subgraph graph;
  if (!args.entity.empty()) {
    std::optional<NodeRecord> node = store->find_node(args.entity);
    if (!node)
      throw CommandError(kExitNotFound,
                         "no entity named \"" + args.entity + "\"" + closest(*store, args.entity));
    graph = KnowledgeGraph::around(*store, node->id, args.depth, parse_direction(args.direction))
                .subgraph();
  } else {
    graph = KnowledgeGraph::load(*store).subgraph();
  }

  // A --doc that names no stored document would silently select nothing.
  for (const std::string& doc : args.docs)
    if (store->document_paths(doc).empty())
      throw CommandError(kExitNotFound, no_document_message(*store, doc));

  Selection selection;  // the entity and depth were applied by the store's indexes above
  selection.relations = args.relations;
  for (const std::string& t : args.types) selection.types.push_back(parse_type(t));
  selection.docs = args.docs;
  selection.min_sources = args.min_sources;
  selection.top = args.top;
  graph = trame::select(graph, selection);

  ExportOptions options;
  options.base_iri = args.base;
  options.layout = args.layout;
  options.legend = !args.no_legend;
  options.title = args.title;
  options.on_warning = [](std::string_view message) {
    std::cerr << "trame: graphviz: " << message << '\n';
  };
  try {
    if (args.output.empty())
      write_graph(graph, format, options, std::cout);
    else
      export_to_path(graph, format, options, args.output);
  } catch (const ExportError& e) {
    // A write to stdout that failed is told by its reason, not as a failed export.
    if (args.output.empty()) flush_standard_output();
    throw CommandError(kExitBadInput, std::string("export: ") + e.what());
  }
}

}  // namespace

void add_export_command(CLI::App& app) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd = app.add_subcommand(
      "export",
      "write the graph, or the part around an entity, as a diagram or for a graph database");
  add_db_option(*cmd, args->db);
  cmd->add_option("--format", args->format,
                  "dot, svg, png, pdf, jsonld, jsonl, nquads, graphml or neo4j-csv "
                  "(default: from the -o extension)")
      ->check(CLI::IsMember(
          {"dot", "svg", "png", "pdf", "jsonld", "jsonl", "nquads", "graphml", "neo4j-csv"}));
  cmd->add_option("-o,--output", args->output,
                  "file to write (a directory for neo4j-csv); stdout by default")
      ->type_name("FILE");
  cmd->add_option("--base", args->base, "base IRI of the JSON-LD and N-Quads identifiers")
      ->capture_default_str()
      ->type_name("IRI");
  CLI::Option* entity = cmd->add_option("--entity", args->entity,
                                        "only the part around this entity (any of its names)")
                            ->type_name("NAME");
  // Without --entity they would be ignored in silence: a usage error instead.
  cmd->add_option("--depth", args->depth, "with --entity: how many statements away")
      ->capture_default_str()
      ->check(CLI::NonNegativeNumber)
      ->needs(entity);
  cmd->add_option("--direction", args->direction, "with --entity: out, in or both")
      ->capture_default_str()
      ->check(CLI::IsMember({"out", "in", "both"}))
      ->needs(entity);
  cmd->add_option("--relation", args->relations, "only these relations (lemma or text)")
      ->delimiter(',')
      ->type_name("REL");
  cmd->add_option("--type", args->types, "only statements between entities of these types")
      ->delimiter(',')
      ->type_name("TYPE");
  cmd->add_option("--min-sources", args->min_sources, "only statements read at least K times")
      ->type_name("K");
  cmd->add_option("--top", args->top, "only the statements between the N highest-PageRank entities")
      ->type_name("N");
  cmd->add_option("--doc", args->docs, "only what these documents say (path or its last parts)")
      ->type_name("DOC");
  cmd->add_option("--layout", args->layout, "diagram layout: dot, sfdp (large graphs), neato, fdp")
      ->capture_default_str()
      ->check(CLI::IsMember({"dot", "sfdp", "neato", "fdp", "circo", "twopi"}));
  cmd->add_option("--title", args->title, "diagram caption");
  cmd->add_flag("--no-legend", args->no_legend, "draw no legend");
  cmd->callback([args] { run_export(*args); });
}

}  // namespace trame::cli
