#include "statement_text.h"

namespace trame::cli {

std::string statement_line(const Statement& st) {
  std::string line = st.subject.name + " —" + st.relation.text + "→ " + st.object.name;
  std::string marks;
  if (st.negated) marks += " (not)";
  switch (st.modality) {
    case Modality::Conditional:
      marks += " (conditional)";
      break;
    case Modality::Question:
      marks += " (question)";
      break;
    case Modality::Reported:
      marks += st.attribution ? " (according to " + st.attribution->name + ")" : " (reported)";
      break;
    case Modality::Asserted:
      break;
  }
  std::size_t n = st.sources.size();
  line += "  " + marks.substr(marks.empty() ? 0 : 1) + (marks.empty() ? "" : " ");
  line += "[" + std::to_string(n) + (n == 1 ? " source]" : " sources]");
  return line;
}

}  // namespace trame::cli
