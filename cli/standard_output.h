// Standard output with every write checked. std::cout's own buffer only says that a write
// failed, not why, and nobody asks it: `trame stats > /dev/full` printed nothing and exited 0.
// This buffer keeps the reason of the first failure, so that a command ends with
// "trame: standard output: No space left on device" and exit 2.
#pragma once

namespace trame::cli {

// Points std::cout at a buffer over file descriptor 1 that remembers the first failed write.
// main calls it once, before any command runs; the buffer is never destroyed (std::cout is
// flushed at exit, after every static object of this program has gone).
void use_checked_standard_output();

// Flushes std::cout. Throws CommandError(kExitBadInput, "standard output: REASON") when
// anything written to it was lost. Commands that print as they go call it between pieces of
// work, so that they stop at the first lost write rather than compute for nothing.
void flush_standard_output();

}  // namespace trame::cli
