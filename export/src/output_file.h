// Where an export goes when `-o` names a path.
//
// A regular file, or a name not taken yet, is written under a temporary name beside it,
// synced, and renamed into place by commit(): a failed export leaves the old file whole and
// no half file. Anything else that takes writes (a device such as /dev/null, a FIFO) is
// written in place: renaming a regular file over it would replace the device, or leave a
// reader of the FIFO waiting for ever. A symbolic link is followed, its target written by
// the same rules, and the link stays a link.
#pragma once

#include <filesystem>
#include <memory>
#include <ostream>
#include <streambuf>

namespace trame::export_detail {

class OutputFile {
 public:
  // Opens the target for writing. Throws ExportError naming `path` and the reason.
  explicit OutputFile(const std::filesystem::path& path);
  // Removes the temporary file when commit() was never reached.
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  std::ostream& stream() { return stream_; }

  // Flushes, syncs and closes; throws ExportError naming the path and the first write's
  // failure. Separate from commit so that several files are all written before any replaces
  // its old version.
  void finish();
  // finish() if not done, then renames the temporary file into place.
  void commit();

 private:
  class Buffer;
  [[noreturn]] void fail(int error) const;

  std::filesystem::path path_;    // as given, for messages
  std::filesystem::path target_;  // the file written: `path_` with symbolic links followed
  std::filesystem::path temp_;    // empty when written in place
  int fd_ = -1;
  std::unique_ptr<Buffer> buffer_;
  std::ostream stream_;
  bool finished_ = false;
  bool committed_ = false;
};

}  // namespace trame::export_detail
