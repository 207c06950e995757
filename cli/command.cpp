#include "command.h"

#include <cstdlib>

#include "trame/extract/extractor.h"

namespace trame::cli {

std::filesystem::path store_path(const std::string& db_option) {
  if (!db_option.empty()) return db_option;
  if (const char* env = std::getenv("TRAME_DB"); env && *env) return env;
  return "trame.db";
}

std::vector<InputDocument> read_documents(const std::vector<std::string>& paths) {
  std::vector<InputDocument> docs;
  try {
    for (const std::string& p : expand_paths(paths)) docs.push_back(read_document(p));
  } catch (const InputError& e) {
    throw CommandError(kExitBadInput, e.what());
  }
  // Directories without a .txt under them: doing nothing and saying nothing would look like
  // success.
  if (docs.empty()) {
    std::string named;
    for (const std::string& p : paths) (named += named.empty() ? "" : ", ") += p;
    throw CommandError(kExitBadInput, named + ": no .txt document found");
  }
  return docs;
}

CLI::Option* add_db_option(CLI::App& command, std::string& db) {
  return command.add_option("--db", db, "store directory (default: $TRAME_DB or ./trame.db)")
      ->type_name("DIR");
}

Extractor& process_extractor() {
  static Extractor* const extractor = new Extractor();
  return *extractor;
}

}  // namespace trame::cli
