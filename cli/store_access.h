// What the store commands share: opening the store with errors turned into one line and an
// exit code, finding an entity by name with "did you mean" for the unknown ones, and
// progress that only a terminal sees.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "command.h"
#include "trame/store/statement_store.h"

namespace trame::cli {

// Throws CommandError(2) when the store cannot be opened.
std::unique_ptr<StatementStore> open_store(const std::string& db_option, OpenMode mode);

// Throws CommandError(1) naming the closest known names when `name` is unknown.
NodeRecord require_node(const StatementStore& store, const std::string& name);

// "no document "DOC" in the store", with the closest stored paths: for a document name that
// names none (StatementStore::document_paths).
std::string no_document_message(const StatementStore& store, const std::string& doc);

// Direction from its command-line spelling (out, in, both).
Direction direction_from_string(const std::string& text);

// Counts written over one another on stderr, only when stderr is a terminal.
class Progress {
 public:
  explicit Progress(std::string what);
  ~Progress();
  void update(std::uint64_t count);

 private:
  std::string what_;
  bool shown_;
  bool printed_ = false;
};

}  // namespace trame::cli
