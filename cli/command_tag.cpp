// trame tag: the French analysis of a text as CoNLL-U.
#include <iostream>

#include "command.h"
#include "standard_output.h"
#include "trame/extract/document_source.h"
#include "trame/extract/extractor.h"

namespace trame::cli {

void add_tag_command(CLI::App& app) {
  struct Options {
    std::vector<std::string> paths;
    bool one_sentence_per_line = false;
  };
  auto opts = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand(
      "tag", "print every sentence's words and dependency tree (lemma, UPOS, features, head, relation) as CoNLL-U");
  cmd->add_option("PATH", opts->paths, "text files, directories or - for standard input")
      ->required();
  cmd->add_flag("--one-sentence-per-line", opts->one_sentence_per_line,
                "every input line is one sentence");
  cmd->callback([opts] {
    std::vector<InputDocument> docs = read_documents(opts->paths);
    Extractor& extractor = process_extractor();
    ExtractOptions options;
    options.one_sentence_per_line = opts->one_sentence_per_line;
    for (const InputDocument& d : docs) {
      if (docs.size() > 1) std::cout << "# newdoc id = " << d.path << '\n';
      extractor.tag_conllu(d.text, std::cout, options);
      flush_standard_output();
    }
  });
}

}  // namespace trame::cli
