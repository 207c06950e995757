#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "text_checker.h"
#include "trame/extract/extractor.h"

namespace trame {
namespace {

std::optional<std::string> invalid_utf8(std::uint64_t offset) {
  return "not valid UTF-8 (byte " + std::to_string(offset) + ")";
}

}  // namespace

std::optional<std::string> TextChecker::add(std::string_view bytes) {
  for (char byte : bytes) {
    unsigned char c = static_cast<unsigned char>(byte);
    std::uint64_t at = offset_++;
    if (missing_ == 0) {
      if (c == 0) return "binary file (NUL byte at offset " + std::to_string(at) + ")";
      length_ = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
      if (length_ == 0) return invalid_utf8(at);
      sequence_start_ = at;
      code_point_ = length_ == 1 ? c : c & (0x7F >> length_);
      missing_ = length_ - 1;
    } else {
      if ((c & 0xC0) != 0x80) return invalid_utf8(sequence_start_);
      code_point_ = (code_point_ << 6) | (c & 0x3F);
      --missing_;
    }
    if (missing_ > 0) continue;
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8 either.
    static constexpr std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    std::uint32_t cp = code_point_;
    if (cp < kMin[length_] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
      return invalid_utf8(sequence_start_);
    if (cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t' && cp != '\f')
      ++control_;
    else if (cp > 0x20)
      ++letters_;
  }
  if (offset_ >= kVerdictBytes) return control_verdict();
  return std::nullopt;
}

std::optional<std::string> TextChecker::control_verdict() const {
  if (control_ * 10 > letters_ + control_) return "binary file (mostly control characters)";
  return std::nullopt;
}

std::optional<std::string> TextChecker::finish() const {
  if (offset_ == 0) return "empty file";
  if (missing_ > 0) return invalid_utf8(sequence_start_);
  if (auto problem = control_verdict()) return problem;
  if (letters_ == 0) return "no text (only blanks)";
  return std::nullopt;
}

std::optional<std::string> text_problem(std::string_view bytes) {
  TextChecker checker;
  if (auto problem = checker.add(bytes)) return problem;
  return checker.finish();
}

}  // namespace trame
