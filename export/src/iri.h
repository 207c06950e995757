// The IRIs trame mints: everything under the base IRI the user gives (`--base`), ids and
// names percent-encoded so that any text makes a valid IRI in every RDF syntax.
#pragma once

#include <string>
#include <string_view>

namespace trame::export_detail {

// The base as given, checked (an absolute IRI: a scheme, no spaces, quotes, angle brackets,
// braces, pipes, carets, backquotes or backslashes) and ending in '/' or '#' (a '/' is added).
// Throws ExportError.
std::string normalize_base_iri(std::string_view base);

// Every byte but the unreserved characters (A-Z a-z 0-9 - . _ ~) and those in `keep` as %XX.
std::string percent_encode(std::string_view text, std::string_view keep = {});

}  // namespace trame::export_detail
