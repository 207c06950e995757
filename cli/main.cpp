// trame: French news in, a knowledge graph out. This file only wires the commands.
#include <iostream>

#include "command.h"
#include "standard_output.h"

int main(int argc, char** argv) {
  CLI::App app{"trame: builds a knowledge graph of who does what to whom from French text",
               "trame"};
  trame::cli::use_checked_standard_output();
  app.set_version_flag("--version", "trame 0.1.0");
  app.require_subcommand(1);
  app.fallthrough();

  // The commands, in the order `trame --help` lists them.
  trame::cli::add_ingest_command(app);
  trame::cli::add_import_command(app);
  trame::cli::add_extract_command(app);
  trame::cli::add_neighbours_command(app);
  trame::cli::add_path_command(app);
  trame::cli::add_entities_command(app);
  trame::cli::add_stats_command(app);
  trame::cli::add_export_command(app);
  trame::cli::add_merge_command(app);
  trame::cli::add_forget_command(app);
  trame::cli::add_tag_command(app);

  int code = trame::cli::kExitOk;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    code = app.exit(e) == 0 ? trame::cli::kExitOk : trame::cli::kExitBadInput;
  } catch (const trame::cli::CommandError& e) {
    std::cerr << "trame: " << e.what() << '\n';
    code = e.exit_code();
  } catch (const std::exception& e) {
    std::cerr << "trame: " << e.what() << '\n';
    code = trame::cli::kExitBadInput;
  }
  // What a command printed (--help's text too) must have reached its destination. A command
  // that already failed has said so in its one line.
  try {
    trame::cli::flush_standard_output();
  } catch (const trame::cli::CommandError& e) {
    if (code != trame::cli::kExitBadInput) {
      std::cerr << "trame: " << e.what() << '\n';
      code = e.exit_code();
    }
  }
  return code;
}
