#include "standard_output.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <streambuf>
#include <string>

#include "command.h"
#include "trame/export/descriptor_buffer.h"

namespace trame::cli {
namespace {

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
