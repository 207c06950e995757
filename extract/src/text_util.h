// Small UTF-8 text helpers the French analysis needs (case, letters, accents).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace trame::internal {

// First code point of a UTF-8 string (0 for empty).
char32_t first_char(std::string_view s);
// Last code point (0 for empty).
char32_t last_char(std::string_view s);
bool starts_upper(std::string_view s);
bool starts_lower(std::string_view s);
bool is_all_upper(std::string_view s);   // letters all upper case, at least two letters
bool has_digit(std::string_view s);
bool has_letter(std::string_view s);
std::string to_lower(std::string_view s);
// Upper-cases the first letter ("paris" -> "Paris").
std::string capitalise(std::string_view s);
bool ends_with(std::string_view s, std::string_view suffix);
bool starts_with(std::string_view s, std::string_view prefix);
// Number of code points.
std::size_t char_count(std::string_view s);
// Code-point offset of a byte offset.
std::size_t char_offset(std::string_view text, std::size_t byte_offset);
// Lower case, accents removed ("Élysée" -> "elysee").
std::string fold(std::string_view s);

}  // namespace trame::internal
