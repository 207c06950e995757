// Statements as a journalist reads them on a terminal:
//   Elon Musk —a fondé→ xAI  [2 sources]
//   Elon Musk —a apprécié→ OpenAI  (not) [1 source]
#pragma once

#include <string>

#include "trame/extract/statement.h"

namespace trame::cli {

std::string statement_line(const Statement& statement);

}  // namespace trame::cli
