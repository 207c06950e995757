#include "trame/extract/document_source.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "text_checker.h"

namespace trame {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";
constexpr std::size_t kReadBytes = std::size_t{1} << 20;  // read() at a time

}  // namespace

std::vector<std::string> expand_paths(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    if (p == "-") {
      out.push_back(p);
      continue;
    }
    std::error_code ec;
    fs::file_status status = fs::status(p, ec);
    if (ec || !fs::exists(status)) throw InputError(p + ": no such file or directory");
    if (fs::is_directory(status)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file() && it->path().extension() == ".txt")
          found.push_back(it->path().string());
      }
      if (ec) throw InputError(p + ": cannot list directory (" + ec.message() + ")");
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(p);
    }
  }
  return out;
}

InputDocument read_document(const std::string& path) {
  InputDocument doc;
  doc.path = path;
  int fd = STDIN_FILENO;
  if (path != "-") {
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw InputError(path + ": is a directory");
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw InputError(path + ": cannot open (" + std::strerror(errno) + ")");
  }
  struct Closer {
    int fd;
    ~Closer() {
      if (fd != STDIN_FILENO) ::close(fd);
    }
  } closer{fd};
  auto too_large = [&path] {
    return InputError(path + ": larger than " + std::to_string(kMaxDocumentBytes >> 20) +
                      " MiB, the most trame reads as one document");
  };
  struct stat st;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    if (static_cast<std::uint64_t>(st.st_size) > kMaxDocumentBytes) throw too_large();
    doc.text.reserve(static_cast<std::size_t>(st.st_size));
  }

  // Read a piece at a time and checked as it comes: memory holds the document and one piece,
  // and a binary file or an endless stream is refused early. A UTF-8 byte-order mark (which
  // Windows editors write) is no part of the text: left in, it began the first sentence. It is
  // dropped before anything else looks at the text, so sentence offsets count characters from
  // after it (the first sentence starts at 0), and the content hash is that of the text without
  // it: the same text with and without one is the same document.
  TextChecker checker;
  std::size_t checked = 0;  // bytes of doc.text given to the checker
  bool mark_seen = false;   // whether the byte-order mark question is settled
  auto check = [&](bool at_end) {
    if (!mark_seen) {
      if (!at_end && doc.text.size() < kByteOrderMark.size() &&
          kByteOrderMark.starts_with(doc.text))
        return;  // too few bytes yet to tell
      if (doc.text.starts_with(kByteOrderMark)) doc.text.erase(0, kByteOrderMark.size());
      mark_seen = true;
    }
    auto problem = checker.add(std::string_view(doc.text).substr(checked));
    checked = doc.text.size();
    if (!problem && at_end) problem = checker.finish();
    if (problem) throw InputError(path + ": " + *problem);
  };
  std::vector<char> piece(kReadBytes);
  for (;;) {
    ssize_t n = ::read(fd, piece.data(), piece.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw InputError(path + ": read error (" + std::strerror(errno) + ")");
    if (n == 0) break;
    if (doc.text.size() + static_cast<std::size_t>(n) > kMaxDocumentBytes) throw too_large();
    doc.text.append(piece.data(), static_cast<std::size_t>(n));
    check(false);
  }
  check(true);
  doc.content_hash = content_hash(doc.text);
  return doc;
}

std::string content_hash(std::string_view bytes) {
  // Two independent 64-bit FNV-1a streams (different offsets and a byte twist) give 128
  // bits: enough to tell documents apart, with no crypto dependency.
  std::uint64_t a = 0xcbf29ce484222325ULL, b = 0x84222325cbf29ce4ULL;
  for (unsigned char c : bytes) {
    a = (a ^ c) * 0x100000001b3ULL;
    b = (b ^ static_cast<unsigned char>(c * 31 + 7)) * 0x100000001b3ULL;
  }
  b ^= bytes.size();
  char buf[33];
  std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(a),
                static_cast<unsigned long long>(b));
  return buf;
}

}  // namespace trame
