#include "text_util.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "trame/extract/statement.h"

namespace trame::internal {
namespace {

char32_t decode_at(std::string_view s, std::size_t& i) {
  UChar32 c = 0;
  int32_t idx = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), idx, static_cast<int32_t>(s.size()), c);
  i = static_cast<std::size_t>(idx);
  return c < 0 ? 0xFFFD : static_cast<char32_t>(c);
}

}  // namespace

char32_t first_char(std::string_view s) {
  std::size_t i = 0;
  return s.empty() ? 0 : decode_at(s, i);
}

char32_t last_char(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t i = s.size() - 1;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return decode_at(s, i);
}

bool starts_upper(std::string_view s) { return u_isupper(static_cast<UChar32>(first_char(s))); }
bool starts_lower(std::string_view s) { return u_islower(static_cast<UChar32>(first_char(s))); }

bool is_all_upper(std::string_view s) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < s.size();) {
    UChar32 c = static_cast<UChar32>(decode_at(s, i));
    if (u_isalpha(c)) {
      if (!u_isupper(c)) return false;
      ++letters;
    }
  }
  return letters >= 2;
}

bool has_digit(std::string_view s) {
  for (char c : s)
    if (c >= '0' && c <= '9') return true;
  return false;
}

bool has_letter(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (u_isalpha(static_cast<UChar32>(decode_at(s, i)))) return true;
  return false;
}

std::string to_lower(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.toLower(icu::Locale::getFrench());
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string capitalise(std::string_view s) {
  if (s.empty()) return {};
  std::size_t i = 0;
  UChar32 c = static_cast<UChar32>(decode_at(s, i));
  icu::UnicodeString head(u_toupper(c));
  std::string out;
  head.toUTF8String(out);
  out.append(s.substr(i));
  return out;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.substr(0, prefix.size()) == prefix;
}

std::size_t char_count(std::string_view s) {
  std::size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

std::size_t char_offset(std::string_view text, std::size_t byte_offset) {
  return char_count(text.substr(0, std::min(byte_offset, text.size())));
}

std::string fold(std::string_view s) { return name_key(s); }

}  // namespace trame::internal
