// Text as the output formats can hold it. Names and sentences come from arbitrary documents;
// these helpers make sure no byte of them can break a file's syntax.
#pragma once

#include <string>
#include <string_view>

namespace trame::export_detail {

// The code points of UTF-8 `text`; every ill-formed sequence becomes U+FFFD.
std::u32string code_points(std::string_view text);
void append_utf8(std::string& out, char32_t code_point);

// Valid UTF-8: every ill-formed sequence becomes U+FFFD.
std::string valid_utf8(std::string_view text);

// Whether XML 1.0 may carry the code point (it forbids C0 controls but tab, line feed and
// carriage return, and U+FFFE, U+FFFF).
bool is_xml_char(char32_t c);

// Valid UTF-8 without the characters XML forbids, which become U+FFFD.
std::string xml_chars(std::string_view text);

// xml_chars with &, <, >, " and ' as entities and tab, LF, CR as character references: safe
// in element text and attribute values, and read back unchanged.
std::string xml_escape(std::string_view text);

}  // namespace trame::export_detail
