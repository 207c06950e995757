// trame extract: statements of texts, printed as JSON lines, without a store.
#include <iostream>

#include "command.h"
#include "standard_output.h"
#include "trame/extract/document_source.h"
#include "trame/extract/extractor.h"
#include "trame/extract/statement_json.h"

namespace trame::cli {

void add_extract_command(CLI::App& app) {
  struct Options {
    std::vector<std::string> paths;
    std::string format = "jsonl";
    bool one_sentence_per_line = false;
    bool explain = false;
  };
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("extract", "print the statements of texts as JSON lines");
  cmd->add_option("PATH", opts->paths, "text files, directories (every .txt) or - for standard input")
      ->required();
  cmd->add_option("--format", opts->format, "output format")
      ->check(CLI::IsMember({"jsonl"}))
      ->capture_default_str();
  cmd->add_flag("--one-sentence-per-line", opts->one_sentence_per_line,
                "every input line is one sentence; source.sentence is its line number");
  cmd->add_flag("--explain", opts->explain,
                "also write, on stderr, how every sentence was read (its tree, chunks, predications)");
  cmd->callback([opts] {
    // Every document is read and checked before any output, so bad input prints nothing.
    std::vector<InputDocument> docs = read_documents(opts->paths);
    Extractor& extractor = process_extractor();
    ExtractOptions options;
    options.one_sentence_per_line = opts->one_sentence_per_line;
    if (opts->explain) options.explain = &std::cerr;
    for (const InputDocument& d : docs) {
      Extraction ex = extractor.extract(d.path, d.text, options);
      for (const Statement& st : ex.statements) std::cout << to_json(st).dump() << '\n';
      flush_standard_output();  // a lost write stops the work at once, not after every document
    }
  });
}

}  // namespace trame::cli
