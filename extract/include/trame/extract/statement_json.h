// The statement's JSON form (contract: "A statement as JSON"), shared by `extract`,
// `import` and `export --format jsonl`.
#pragma once

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

#include "trame/extract/statement.h"

namespace trame {

nlohmann::json to_json(const Entity& entity);
nlohmann::json to_json(const Statement& statement);

// Thrown when a JSON value is not a statement; what() names the missing or bad field.
class StatementFormatError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

Entity entity_from_json(const nlohmann::json& value);
Statement statement_from_json(const nlohmann::json& value);

}  // namespace trame
