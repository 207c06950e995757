#include "iri.h"

#include <cctype>

#include "trame/export/exporter.h"

namespace trame::export_detail {
namespace {

bool is_unreserved(unsigned char c) {
  return std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

}  // namespace

std::string normalize_base_iri(std::string_view base) {
  // RFC 3987: scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." ), then ':'.
  std::size_t colon = base.find(':');
  bool scheme_ok = colon != std::string_view::npos && colon > 0 &&
                   std::isalpha(static_cast<unsigned char>(base[0]));
  for (std::size_t i = 1; scheme_ok && i < colon; ++i) {
    unsigned char c = base[i];
    scheme_ok = std::isalnum(c) || c == '+' || c == '-' || c == '.';
  }
  if (!scheme_ok)
    throw ExportError("base IRI \"" + std::string(base) +
                      "\" is not absolute (it needs a scheme, as in https://example.org/)");
  for (unsigned char c : base) {
    if (c <= 0x20 || c == 0x7F || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' ||
        c == '|' || c == '^' || c == '`' || c == '\\')
      throw ExportError("base IRI \"" + std::string(base) + "\" holds a character IRIs forbid");
  }
  std::string out(base);
  if (out.back() != '/' && out.back() != '#') out += '/';
  return out;
}

std::string percent_encode(std::string_view text, std::string_view keep) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    if (is_unreserved(c) || keep.find(static_cast<char>(c)) != std::string_view::npos) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

}  // namespace trame::export_detail
