#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "trame/extract/extractor.h"

namespace trame {

std::optional<std::string> text_problem(std::string_view bytes) {
  if (bytes.empty()) return "empty file";
  std::size_t control = 0, letters = 0;
  for (std::size_t i = 0; i < bytes.size();) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == 0) return "binary file (NUL byte at offset " + std::to_string(i) + ")";
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > bytes.size())
      return "not valid UTF-8 (byte " + std::to_string(i) + ")";
    std::uint32_t cp = len == 1 ? c : c & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(bytes[i + k]);
      if ((cc & 0xC0) != 0x80) return "not valid UTF-8 (byte " + std::to_string(i) + ")";
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8 either.
    static constexpr std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
      return "not valid UTF-8 (byte " + std::to_string(i) + ")";
    if (cp < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
    else if (cp > 0x20) ++letters;
    i += len;
  }
  if (control * 10 > letters + control) return "binary file (mostly control characters)";
  if (letters == 0) return "no text (only blanks)";
  return std::nullopt;
}

}  // namespace trame
