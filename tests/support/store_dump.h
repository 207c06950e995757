// Test helpers shared by the store, graph and CLI tests: a full dump of every column family
// of a store (to show that something left it byte-for-byte unchanged), temporary
// directories, running the trame binary, and synthetic statement files.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace trame::test {

// Every key and value of every column family, hex-encoded, one line each, in order.
// Opens the store as a RocksDB secondary, so a writer may hold it.
std::string dump_store(const std::filesystem::path& dir);

// A fresh directory, removed with everything in it when the object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

struct RunResult {
  int exit_code = -1;  // 128 + the signal when killed by one
  std::string out;     // empty when standard output went to RunOptions::stdout_path
  std::string err;
  long max_rss_kib = 0;  // the most resident memory it used
};

struct RunOptions {
  std::string stdin_path = "/dev/null";
  std::string stdout_path;  // empty: captured in RunResult::out
  // A limit on its address space (RLIMIT_AS), so that a trame that held a whole endless input
  // would fail rather than take the machine's memory; 0: none.
  std::size_t memory_limit_mib = 0;
};

// Runs the trame binary with `args` (no shell), standard input from /dev/null.
RunResult run_trame(const std::vector<std::string>& args, const RunOptions& options = {});

// A tmpfs of a few MiB mounted for the test (needs root): a disk that fills up. Unmounted,
// with what it holds, when the object goes. `mounted()` is false, with `why()`, when it could
// not be mounted: the test then skips what needs it.
class SmallFilesystem {
 public:
  explicit SmallFilesystem(std::size_t mebibytes);
  ~SmallFilesystem();
  bool mounted() const { return mounted_; }
  const std::string& why() const { return why_; }
  const std::filesystem::path& path() const { return dir_.path(); }
  std::filesystem::path operator/(const std::string& name) const { return dir_ / name; }
  // Fills it with a file of zeros until `keep_kib` KiB are left free.
  void fill(std::size_t keep_kib);
  // Removes what fill() wrote.
  void free_space();
  std::size_t available_kib() const;

 private:
  TempDir dir_;
  bool mounted_ = false;
  std::string why_;
};

// Writes `count` statements in the contract's JSON form: people, organisations and places
// with French-looking names, spread over documents of `per_document` statements.
void write_statements(const std::filesystem::path& file, std::size_t count,
                      std::size_t per_document = 20, std::uint32_t seed = 1);

// Every file directly in `dir` (directories marked "/") with its bytes, by name: to show that
// something wrote nothing there.
std::map<std::string, std::string> directory_snapshot(const std::filesystem::path& dir);

// The largest table file (.sst) of a store.
std::filesystem::path largest_table_file(const std::filesystem::path& store);

std::string read_file(const std::filesystem::path& file);
void write_file(const std::filesystem::path& file, const std::string& text);

}  // namespace trame::test
