#include "trame/extract/document_source.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "trame/extract/extractor.h"

namespace trame {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

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
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    doc.text = ss.str();
  } else {
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw InputError(path + ": is a directory");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path + ": cannot open (" + std::strerror(errno) + ")");
    doc.text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) throw InputError(path + ": read error");
  }
  // A UTF-8 byte-order mark (which Windows editors write) is no part of the text: left in, it
  // began the first sentence. It is dropped before anything else looks at the text, so
  // sentence offsets count characters from after it (the first sentence starts at 0), and the
  // content hash is that of the text without it: the same text with and without one is the
  // same document.
  if (doc.text.starts_with(kByteOrderMark)) doc.text.erase(0, kByteOrderMark.size());
  if (auto problem = text_problem(doc.text)) throw InputError(path + ": " + *problem);
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
