// Test helpers shared by the store, graph and CLI tests: a full dump of every column family
// of a store (to show that something left it byte-for-byte unchanged), temporary
// directories, running the trame binary, and synthetic statement files.
#pragma once

#include <cstdint>
#include <filesystem>
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
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the trame binary with `args` (no shell), standard input from /dev/null.
RunResult run_trame(const std::vector<std::string>& args);

// Writes `count` statements in the contract's JSON form: people, organisations and places
// with French-looking names, spread over documents of `per_document` statements.
void write_statements(const std::filesystem::path& file, std::size_t count,
                      std::size_t per_document = 20, std::uint32_t seed = 1);

std::string read_file(const std::filesystem::path& file);
void write_file(const std::filesystem::path& file, const std::string& text);

}  // namespace trame::test
