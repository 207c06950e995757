// JSON lines: one statement a line in the contract's form, sources merged.
#include "trame/extract/statement_json.h"
#include "writers.h"

namespace trame::export_detail {

void write_jsonl(const GraphView& view, std::ostream& out) {
  for (const Statement& st : view.statements)
    out << to_json(st).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
}

}  // namespace trame::export_detail
