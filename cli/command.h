// What every `trame` command shares: how it reports failure and finds its store.
// Commands only parse arguments and call the stages; each lives in its own file and
// registers itself on the application with an add_*_command function.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "trame/extract/document_source.h"

namespace trame {
class Extractor;
}

namespace trame::cli {

// Exit codes of the contract.
inline constexpr int kExitOk = 0;
inline constexpr int kExitNotFound = 1;
inline constexpr int kExitBadInput = 2;

// A failure the user must see as one line on stderr, with the exit code it maps to.
class CommandError : public std::runtime_error {
 public:
  CommandError(int exit_code, const std::string& message)
      : std::runtime_error(message), exit_code_(exit_code) {}
  int exit_code() const { return exit_code_; }

 private:
  int exit_code_;
};

// The store directory: --db if given, else $TRAME_DB, else ./trame.db.
std::filesystem::path store_path(const std::string& db_option);

// Reads and checks every document the paths name (directories: every .txt under them;
// "-": standard input). Throws CommandError(2) naming the first bad one, or the paths when
// they hold no document at all.
std::vector<InputDocument> read_documents(const std::vector<std::string>& paths);

// Adds the --db option every store command takes.
CLI::Option* add_db_option(CLI::App& command, std::string& db);

// The extractor of this process, loaded at the first call and never destroyed: trame exits
// once its command is done, and freeing lttoolbox's transducers and CG-3's grammar takes
// about as long as loading them (0.3 s) for nothing. Only commands that extract call it,
// so the others never load the French data.
Extractor& process_extractor();

void add_ingest_command(CLI::App& app);
void add_export_command(CLI::App& app);
void add_extract_command(CLI::App& app);
void add_tag_command(CLI::App& app);

// The store and graph commands.
void add_neighbours_command(CLI::App& app);
void add_path_command(CLI::App& app);
void add_import_command(CLI::App& app);
void add_merge_command(CLI::App& app);
void add_forget_command(CLI::App& app);
void add_stats_command(CLI::App& app);
void add_entities_command(CLI::App& app);

}  // namespace trame::cli
