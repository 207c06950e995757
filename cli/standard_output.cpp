#include "standard_output.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <streambuf>
#include <string>

#include "command.h"

namespace trame::cli {
namespace {

// A write buffer over a file descriptor that keeps the errno of the first failed write; after
// it, everything is dropped (the stream reports failure, the reason stays here).
class DescriptorBuffer : public std::streambuf {
 public:
  explicit DescriptorBuffer(int fd) : fd_(fd) { setp(buffer_, buffer_ + sizeof buffer_); }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    for (const char* p = pbase(); error_ == 0 && p < pptr();) {
      ssize_t n = ::write(fd_, p, static_cast<std::size_t>(pptr() - p));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0)
        error_ = n < 0 ? errno : EIO;
      else
        p += n;
    }
    setp(buffer_, buffer_ + sizeof buffer_);
    return error_ == 0;
  }

  int fd_;
  int error_ = 0;
  char buffer_[1 << 16];
};

DescriptorBuffer* standard_output = nullptr;

}  // namespace

void use_checked_standard_output() {
  if (standard_output) return;
  standard_output = new DescriptorBuffer(STDOUT_FILENO);
  std::cout.rdbuf(standard_output);
}

void flush_standard_output() {
  std::cout.flush();
  int error = standard_output ? standard_output->error() : 0;
  if (error != 0)
    throw CommandError(kExitBadInput, std::string("standard output: ") + std::strerror(error));
  if (!std::cout) throw CommandError(kExitBadInput, "standard output: write error");
}

}  // namespace trame::cli
