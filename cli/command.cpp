#include "command.h"

#include <cstdlib>

#include "trame/extract/extractor.h"

namespace trame::cli {

std::filesystem::path store_path(const std::string& db_option) {
  if (!db_option.empty()) return db_option;
  if (const char* env = std::getenv("TRAME_DB"); env && *env) return env;
  return "trame.db";
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
