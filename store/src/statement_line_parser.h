// A fast reader for the common shape of a statement line, for bulk imports: it reads the
// contract's JSON form straight into a Statement without building a JSON document. It
// declines (returns false) anything it does not fully understand or that is not a valid
// statement; the caller then parses the line with statement_from_json, which gives the
// same result or the precise error message. Entity ids are left empty: the store assigns
// its own.
#pragma once

#include <string_view>

#include "trame/extract/statement.h"

namespace trame::store {

bool parse_statement_fast(std::string_view line, Statement& out);

}  // namespace trame::store
