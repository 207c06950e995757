// How a document is named on the command line (`export --doc`, `forget`): by the path it was
// stored under, or by that path's last components, so that "novaterra.txt" and
// "examples/novaterra.txt" both name "examples/novaterra.txt" and "terra.txt" names nothing.
#pragma once

#include <string_view>

namespace trame {

// Whether `name` is `path` or its last components (a suffix starting after a '/').
inline bool names_document(std::string_view path, std::string_view name) {
  if (path == name) return true;
  return !name.empty() && path.size() > name.size() && path.ends_with(name) &&
         path[path.size() - name.size() - 1] == '/';
}

}  // namespace trame
