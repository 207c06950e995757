// Where documents come from: paths on the command line become a list of documents, each
// read whole and checked to be text before any of it is analysed. Documents are read a piece
// at a time and checked as they come, so that a binary file or an endless stream is refused
// within its first few megabytes, and none is read past kMaxDocumentBytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace trame {

struct InputDocument {
  std::string path;  // as given (files found under a directory: that directory + relative path)
  std::string text;  // UTF-8, checked
  std::string content_hash;  // hex digest of the bytes: a document's identity in a store
};

// A path that cannot be read as a document. what() is one line naming the file and the
// problem ("notes.txt: not valid UTF-8 (byte 17)").
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Expands paths: a directory gives every `.txt` file under it (sorted), `-` standard input,
// anything else the file itself. Throws InputError for a path that does not exist.
std::vector<std::string> expand_paths(const std::vector<std::string>& paths);

// The largest document read: past it, a file or stream is refused ("larger than 64 MiB").
inline constexpr std::size_t kMaxDocumentBytes = std::size_t{64} << 20;

// Reads one expanded path ("-" is standard input) and checks its bytes. Throws InputError.
InputDocument read_document(const std::string& path);

// A stable 128-bit hex digest of the bytes (the document identity).
std::string content_hash(std::string_view bytes);

}  // namespace trame
