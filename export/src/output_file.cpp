#include "output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "trame/export/descriptor_buffer.h"
#include "trame/export/exporter.h"

namespace trame::export_detail {
namespace fs = std::filesystem;

class OutputFile::Buffer : public DescriptorBuffer {
 public:
  using DescriptorBuffer::DescriptorBuffer;
};

namespace {

// `path` with symbolic links followed as long as its last component is one (a link to a link
// is followed to the end). Directories on the way are the kernel's business.
fs::path follow_links(const fs::path& path) {
  fs::path current = path;
  for (int hops = 0; hops < 40; ++hops) {
    struct stat st;
    if (::lstat(current.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return current;
    std::error_code ec;
    fs::path target = fs::read_symlink(current, ec);
    if (ec) return current;  // opening it will say why
    current = target.is_absolute() ? target : current.parent_path() / target;
  }
  errno = ELOOP;
  return {};
}

}  // namespace

OutputFile::OutputFile(const fs::path& path) : path_(path), stream_(nullptr) {
  target_ = follow_links(path_);
  if (target_.empty()) fail(errno);
  struct stat st;
  bool exists = ::stat(target_.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) fail(EISDIR);
  if (exists && !S_ISREG(st.st_mode)) {
    fd_ = ::open(target_.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd_ < 0) fail(errno);
  } else {
    // O_EXCL: never write through a file someone else made under the temporary name.
    std::string base(".");
    base.append(target_.filename().string()).append(".tmp").append(std::to_string(::getpid()));
    for (int attempt = 0; fd_ < 0; ++attempt) {
      temp_ = target_.parent_path() / (base + "-" + std::to_string(attempt));
      fd_ = ::open(temp_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
      if (fd_ < 0 && (errno != EEXIST || attempt == 100)) {
        int error = errno;
        temp_.clear();
        fail(error);
      }
    }
    // The new version of a file keeps the old one's permissions.
    if (exists) ::fchmod(fd_, st.st_mode & 07777);
  }
  buffer_ = std::make_unique<Buffer>(fd_);
  stream_.rdbuf(buffer_.get());
}

OutputFile::~OutputFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!committed_ && !temp_.empty()) ::unlink(temp_.c_str());
}

void OutputFile::fail(int error) const {
  throw ExportError("cannot write " + path_.string() + ": " + std::strerror(error));
}

void OutputFile::finish() {
  if (finished_) return;
  stream_.flush();
  int error = buffer_->error();
  if (error == 0 && !stream_) error = EIO;
  // Some file systems (NFS, ext4 with delayed allocation) tell of a full disk only here.
  if (error == 0 && !temp_.empty() && ::fsync(fd_) != 0) error = errno;
  if (::close(fd_) != 0 && error == 0) error = errno;
  fd_ = -1;
  if (error != 0) fail(error);
  finished_ = true;
}

void OutputFile::commit() {
  finish();
  if (!temp_.empty() && ::rename(temp_.c_str(), target_.c_str()) != 0) fail(errno);
  committed_ = true;
}

}  // namespace trame::export_detail
