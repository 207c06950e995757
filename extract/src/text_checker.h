// The check text_problem makes, fed a piece at a time as a document is read, so that a binary
// file or an endless stream (/dev/zero) is refused at its first bad byte, or after its first
// few megabytes of control characters, instead of after reading it all.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace trame {

class TextChecker {
 public:
  // Bytes of mostly control characters after which a document is refused without reading on.
  static constexpr std::size_t kVerdictBytes = std::size_t{4} << 20;

  // The next bytes of the document (a UTF-8 sequence may be cut between two calls). Returns
  // the problem as soon as one is certain: a NUL byte, invalid UTF-8, or past kVerdictBytes
  // mostly control characters. Offsets in messages count from the first byte ever added.
  std::optional<std::string> add(std::string_view bytes);
  // After the last bytes: what only the whole document shows (empty, a sequence cut at the
  // end, mostly control characters, nothing but blanks).
  std::optional<std::string> finish() const;

 private:
  std::optional<std::string> control_verdict() const;

  std::uint64_t offset_ = 0;          // bytes added so far
  std::uint64_t sequence_start_ = 0;  // offset of the sequence being decoded
  std::uint32_t code_point_ = 0;      // its bits so far
  unsigned length_ = 0;               // its length in bytes
  unsigned missing_ = 0;              // continuation bytes still to come (0: between sequences)
  std::uint64_t control_ = 0, letters_ = 0;
};

}  // namespace trame
