// Where the commands' output goes: standard output that cannot be written, and `export -o`
// onto regular files, devices, FIFOs and symbolic links.
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "store_dump.h"

namespace fs = std::filesystem;
using namespace trame;
using test::run_trame;
using test::RunOptions;

namespace {

std::string fixture(const std::string& name) {
  return std::string(TRAME_SOURCE_DIR) + "/tests/fixtures/" + name;
}

struct Imported {
  test::TempDir dir;
  std::string db = (dir / "db").string();
  Imported() {
    auto r =
        run_trame({"import", "--db", db, fixture("presse_a.jsonl"), fixture("presse_b.jsonl")});
    REQUIRE(r.exit_code == 0);
  }
  // What `export --format jsonl` prints on standard output.
  std::string jsonl() const {
    auto r = run_trame({"export", "--db", db, "--format", "jsonl"});
    REQUIRE(r.exit_code == 0);
    REQUIRE(!r.out.empty());
    return r.out;
  }
};

struct stat status_of(const fs::path& path) {
  struct stat st {};
  REQUIRE(::lstat(path.c_str(), &st) == 0);
  return st;
}

}  // namespace

TEST_CASE("a command whose standard output cannot be written exits 2 saying so", "[cli]") {
  Imported s;
  RunOptions full;
  full.stdout_path = "/dev/full";
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"stats", "--db", s.db},
        {"stats", "--db", s.db, "--format", "json"},
        {"entities", "--db", s.db},
        {"entities", "--db", s.db, "durand", "--format", "jsonl"},
        {"neighbours", "--db", s.db, "Camille Durand"},
        {"neighbours", "--db", s.db, "Camille Durand", "--format", "jsonl"},
        {"path", "--db", s.db, "Yves Morel", "Durand"},
        {"export", "--db", s.db, "--format", "jsonl"},
        {"export", "--db", s.db, "--format", "dot"},
        {"export", "--db", s.db, "--format", "svg"},
        {"merge", "--db", s.db, "Atelier Lumen", "Nébuleuse"},
        {"--help"},
        {"stats", "--help"},
        {"--version"}}) {
    std::string command;
    for (const auto& a : args) command += a + " ";
    INFO(command);
    auto r = run_trame(args, full);
    CHECK(r.exit_code == 2);
    CHECK(r.err == "trame: standard output: No space left on device\n");
  }
}

TEST_CASE("export -o onto a device writes the device and never replaces it", "[cli]") {
  Imported s;
  fs::path full = s.dir / "full", null = s.dir / "null";
  // Device nodes of its own (as /dev/full and /dev/null), so that a trame that replaced them
  // would not break the machine's.
  if (::mknod(full.c_str(), S_IFCHR | 0666, makedev(1, 7)) != 0 ||
      ::mknod(null.c_str(), S_IFCHR | 0666, makedev(1, 3)) != 0) {
    WARN("skipped: cannot make device nodes here (" << std::strerror(errno) << ")");
    return;
  }
  auto r = run_trame({"export", "--db", s.db, "--format", "jsonl", "-o", full.string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err == "trame: export: cannot write " + full.string() + ": No space left on device\n");
  CHECK(S_ISCHR(status_of(full).st_mode));

  r = run_trame({"export", "--db", s.db, "--format", "jsonl", "-o", null.string()});
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(S_ISCHR(status_of(null).st_mode));
  // Nothing was left beside them.
  for (const auto& entry : fs::directory_iterator(s.dir.path()))
    CHECK(entry.path().filename().string().find(".tmp") == std::string::npos);
}

TEST_CASE("export -o onto a FIFO writes into it, the FIFO stays", "[cli]") {
  Imported s;
  fs::path fifo = s.dir / "graph.jsonl";
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  // Open for reading first, without waiting for a writer: trame's open then finds a reader.
  int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  REQUIRE(reader >= 0);
  auto r = run_trame({"export", "--db", s.db, "--format", "jsonl", "-o", fifo.string()});
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  std::string received;
  char buffer[4096];
  for (ssize_t n; (n = ::read(reader, buffer, sizeof buffer)) > 0;) received.append(buffer, n);
  ::close(reader);
  CHECK(received == s.jsonl());  // the export is far smaller than a pipe's buffer
  CHECK(S_ISFIFO(status_of(fifo).st_mode));
}

TEST_CASE("export -o follows a symbolic link and writes its target, the link stays", "[cli]") {
  Imported s;
  std::string expected = s.jsonl();

  SECTION("a link to a file") {
    test::write_file(s.dir / "target.jsonl", "old\n");
    fs::permissions(s.dir / "target.jsonl", fs::perms(0640));
    fs::create_symlink("target.jsonl", s.dir / "link.jsonl");
    auto r = run_trame({"export", "--db", s.db, "-o", (s.dir / "link.jsonl").string()});
    CHECK(r.exit_code == 0);
    CHECK(fs::is_symlink(s.dir / "link.jsonl"));
    CHECK(fs::read_symlink(s.dir / "link.jsonl") == "target.jsonl");
    CHECK(test::read_file(s.dir / "target.jsonl") == expected);
    // The new version of the file keeps the old one's permissions.
    CHECK((status_of(s.dir / "target.jsonl").st_mode & 07777) == 0640);
  }
  SECTION("a link to a link to a file not written yet") {
    fs::create_directory(s.dir / "out");
    fs::create_symlink("out/graph.jsonl", s.dir / "second.jsonl");
    fs::create_symlink(s.dir / "second.jsonl", s.dir / "first.jsonl");
    auto r = run_trame({"export", "--db", s.db, "-o", (s.dir / "first.jsonl").string()});
    CHECK(r.exit_code == 0);
    CHECK(fs::is_symlink(s.dir / "first.jsonl"));
    CHECK(fs::is_symlink(s.dir / "second.jsonl"));
    CHECK(test::read_file(s.dir / "out/graph.jsonl") == expected);
  }
  SECTION("a link into a directory that does not exist") {
    fs::create_symlink("nowhere/graph.jsonl", s.dir / "link.jsonl");
    auto r = run_trame({"export", "--db", s.db, "-o", (s.dir / "link.jsonl").string()});
    CHECK(r.exit_code == 2);
    CHECK(r.err == "trame: export: cannot write " + (s.dir / "link.jsonl").string() +
                       ": No such file or directory\n");
    CHECK(fs::is_symlink(s.dir / "link.jsonl"));
  }
}

TEST_CASE("export -o onto a full disk exits 2 and leaves the old file whole", "[cli]") {
  Imported s;
  test::SmallFilesystem disk(1);
  if (!disk.mounted()) {
    WARN("skipped: " << disk.why());
    return;
  }
  fs::path out = disk / "graph.jsonl";
  test::write_file(out, "the previous export\n");
  disk.fill(0);
  auto r = run_trame({"export", "--db", s.db, "-o", out.string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err == "trame: export: cannot write " + out.string() + ": No space left on device\n");
  CHECK(test::read_file(out) == "the previous export\n");
  std::vector<std::string> left;
  for (const auto& entry : fs::directory_iterator(disk.path()))
    left.push_back(entry.path().filename().string());
  std::sort(left.begin(), left.end());
  CHECK(left == std::vector<std::string>{"filler", "graph.jsonl"});  // no temporary file

  disk.free_space();
  r = run_trame({"export", "--db", s.db, "-o", out.string()});
  CHECK(r.exit_code == 0);
  CHECK(test::read_file(out) == s.jsonl());
}

TEST_CASE("export -o names the directory it cannot write into", "[cli]") {
  Imported s;
  fs::create_directory(s.dir / "graph.jsonl");
  auto r = run_trame({"export", "--db", s.db, "-o", (s.dir / "graph.jsonl").string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err ==
        "trame: export: cannot write " + (s.dir / "graph.jsonl").string() + ": Is a directory\n");
}
