#include "store_access.h"

#include <unistd.h>

#include <iostream>

namespace trame::cli {

std::unique_ptr<StatementStore> open_store(const std::string& db_option, OpenMode mode) {
  try {
    return StatementStore::open(store_path(db_option), mode);
  } catch (const StoreError& e) {
    throw CommandError(kExitBadInput, e.what());
  }
}

NodeRecord require_node(const StatementStore& store, const std::string& name) {
  if (auto node = store.find_node(name)) return *node;
  std::string message = "no entity named \"" + name + "\"";
  auto closest = store.closest_names(name, 5);
  if (!closest.empty()) {
    message += "; closest: ";
    for (std::size_t i = 0; i < closest.size(); ++i) message += (i ? ", " : "") + closest[i];
  }
  throw CommandError(kExitNotFound, message);
}

std::string no_document_message(const StatementStore& store, const std::string& doc) {
  std::string message = "no document \"" + doc + "\" in the store";
  auto closest = store.closest_document_paths(doc, 5);
  if (!closest.empty()) {
    message += "; closest: ";
    for (std::size_t i = 0; i < closest.size(); ++i) message += (i ? ", " : "") + closest[i];
  }
  return message;
}

Direction direction_from_string(const std::string& text) {
  if (text == "out") return Direction::Out;
  if (text == "in") return Direction::In;
  return Direction::Both;
}

Progress::Progress(std::string what) : what_(std::move(what)), shown_(isatty(STDERR_FILENO)) {}

Progress::~Progress() {
  if (printed_) std::cerr << '\n';
}

void Progress::update(std::uint64_t count) {
  if (!shown_) return;
  std::cerr << '\r' << what_ << ": " << count << std::flush;
  printed_ = true;
}

}  // namespace trame::cli
