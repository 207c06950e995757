// Any input, any fault, through the trame binary: endless or huge inputs refused early in
// little memory, output that cannot be written, a disk that fills up during an ingest.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <thread>

#include "store_dump.h"

namespace fs = std::filesystem;
using trame::test::dump_store;
using trame::test::run_trame;
using trame::test::RunOptions;
using trame::test::SmallFilesystem;
using trame::test::TempDir;
using trame::test::write_file;

namespace {

fs::path source_dir() { return TRAME_SOURCE_DIR; }

// The binary itself and its libraries take about 20 MiB; reading a document a piece at a time
// adds a few.
constexpr long kFewMiB = 48 * 1024;

// Address space allowed to a trame under test: a trame that held a whole endless input fails
// instead of taking the machine's memory.
RunOptions limited() {
  RunOptions o;
  o.memory_limit_mib = 1024;
  return o;
}

// Writes `piece` over and over into the FIFO `path` until `total` bytes are written or the
// reader goes away. SIGPIPE is ignored while it runs: the reader leaving is expected.
class FifoWriter {
 public:
  FifoWriter(const fs::path& path, std::string piece, std::size_t total)
      : previous_(::signal(SIGPIPE, SIG_IGN)), thread_([=] {
          int fd = ::open(path.c_str(), O_WRONLY);
          if (fd < 0) return;
          for (std::size_t written = 0; written < total;) {
            ssize_t n = ::write(fd, piece.data(), piece.size());
            if (n <= 0) break;
            written += static_cast<std::size_t>(n);
          }
          ::close(fd);
        }) {}
  ~FifoWriter() {
    thread_.join();
    ::signal(SIGPIPE, previous_);
  }

 private:
  sighandler_t previous_;
  std::thread thread_;
};

}  // namespace

TEST_CASE("an endless binary input is refused at its first byte, in a few MiB", "[e2e]") {
  TempDir dir;
  std::string db = (dir / "db").string();
  for (const std::vector<std::string>& args : {std::vector<std::string>{"extract", "/dev/zero"},
                                               {"tag", "/dev/zero"},
                                               {"ingest", "--db", db, "/dev/zero"}}) {
    INFO(args[0]);
    auto r = run_trame(args, limited());
    CHECK(r.exit_code == 2);
    CHECK(r.err == "trame: /dev/zero: binary file (NUL byte at offset 0)\n");
    CHECK(r.max_rss_kib < kFewMiB);
  }
  CHECK_FALSE(fs::exists(db));
}

TEST_CASE("a file larger than 64 MiB is refused without being read", "[e2e]") {
  TempDir dir;
  fs::path huge = dir / "huge.txt";
  { std::ofstream create(huge); }
  fs::resize_file(huge, std::uintmax_t{3} << 30);  // 3 GiB, sparse
  auto r = run_trame({"extract", huge.string()}, limited());
  CHECK(r.exit_code == 2);
  CHECK(r.err ==
        "trame: " + huge.string() + ": larger than 64 MiB, the most trame reads as one document\n");
  CHECK(r.max_rss_kib < kFewMiB);

  // The same file as standard input.
  RunOptions from_file = limited();
  from_file.stdin_path = huge.string();
  r = run_trame({"extract", "-"}, from_file);
  CHECK(r.exit_code == 2);
  CHECK(r.err == "trame: -: larger than 64 MiB, the most trame reads as one document\n");
  CHECK(r.max_rss_kib < kFewMiB);
}

TEST_CASE("a stream of text is refused once past 64 MiB", "[e2e]") {
  TempDir dir;
  fs::path fifo = dir / "stream";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  FifoWriter writer(fifo, "La coopérative Terravin a racheté le domaine de Bellecombe.\n",
                    std::size_t{80} << 20);
  RunOptions stream = limited();
  stream.stdin_path = fifo.string();
  auto r = run_trame({"extract", "-"}, stream);
  CHECK(r.exit_code == 2);
  CHECK(r.err == "trame: -: larger than 64 MiB, the most trame reads as one document\n");
  CHECK(r.max_rss_kib < 256 * 1024);  // the 64 MiB it may hold, not the stream
}

TEST_CASE("a stream of control characters is refused after its first MiBs", "[e2e]") {
  TempDir dir;
  fs::path fifo = dir / "stream";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  FifoWriter writer(fifo, std::string(4096, '\x01'), std::size_t{200} << 20);
  RunOptions stream = limited();
  stream.stdin_path = fifo.string();
  auto r = run_trame({"extract", "-"}, stream);
  CHECK(r.exit_code == 2);
  CHECK(r.err == "trame: -: binary file (mostly control characters)\n");
  CHECK(r.max_rss_kib < kFewMiB);
}

TEST_CASE("a character cut between two reads is read whole, offsets counting from the start",
          "[e2e]") {
  // Documents are read a MiB at a time: these put a character across the first boundary.
  TempDir dir;
  const std::size_t piece = std::size_t{1} << 20;
  struct Case {
    std::string name, text, problem;
  };
  for (const Case& c : {
           Case{"valid.txt", std::string(piece - 1, 'a') + "é" + std::string(10, 'b') + '\0',
                "binary file (NUL byte at offset " + std::to_string(piece + 11) + ")"},
           Case{"invalid.txt", std::string(piece - 1, 'a') + "\xC3" + "A",
                "not valid UTF-8 (byte " + std::to_string(piece - 1) + ")"},
           // Offsets count from after a byte-order mark, as they always did.
           Case{"marked.txt", "\xEF\xBB\xBF" + std::string(piece - 4, 'a') + "é" + '\0',
                "binary file (NUL byte at offset " + std::to_string(piece - 2) + ")"},
       }) {
    INFO(c.name);
    fs::path file = dir / c.name;
    write_file(file, c.text);
    auto r = run_trame({"extract", file.string()});
    CHECK(r.exit_code == 2);
    CHECK(r.err == "trame: " + file.string() + ": " + c.problem + "\n");
  }
}

TEST_CASE("extract and tag exit 2 when their output cannot be written", "[e2e]") {
  std::string text = (source_dir() / "examples/novaterra.txt").string();
  RunOptions full;
  full.stdout_path = "/dev/full";
  for (const std::vector<std::string>& args :
       {std::vector<std::string>{"extract", text}, {"tag", text}}) {
    INFO(args[0]);
    auto r = run_trame(args, full);
    CHECK(r.exit_code == 2);
    CHECK(r.err == "trame: standard output: No space left on device\n");
  }
}

TEST_CASE("a full disk during ingest exits 2, keeps what was stored, and ingest then resumes",
          "[e2e]") {
  SmallFilesystem disk(4);
  if (!disk.mounted()) {
    WARN("skipped: " << disk.why());
    return;
  }
  std::string examples = (source_dir() / "examples").string();
  std::vector<std::string> news;
  for (const char* set : {"a", "b", "c", "d"})
    news.push_back((source_dir() / "tests/data/news" / set).string());
  auto ingest = [&news](const std::string& db) {
    std::vector<std::string> args = {"ingest", "--db", db};
    args.insert(args.end(), news.begin(), news.end());
    return run_trame(args);
  };

  TempDir dir;
  std::string reference = (dir / "reference").string();
  REQUIRE(run_trame({"ingest", "--db", reference, examples}).exit_code == 0);
  REQUIRE(ingest(reference).exit_code == 0);

  std::string db = (disk / "db").string();
  REQUIRE(run_trame({"ingest", "--db", db, examples}).exit_code == 0);
  disk.fill(150);
  auto r = ingest(db);
  CHECK(r.exit_code == 2);
  CHECK(r.err == "trame: " + db + ": no space left on device (what was stored before is kept)\n");
  auto stats = run_trame({"stats", "--db", db});
  CHECK(stats.exit_code == 0);
  CHECK(stats.out.rfind("documents: ", 0) == 0);
  // Still full: an ingest stores what fits or says why, and is never killed by a signal.
  r = ingest(db);
  CHECK((r.exit_code == 0 || r.exit_code == 2));
  if (r.exit_code == 2) CHECK(r.err.find("no space left on device") != std::string::npos);

  disk.free_space();
  r = ingest(db);
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(dump_store(db) == dump_store(reference));
  CHECK(run_trame({"stats", "--db", db, "--check"}).exit_code == 0);
}
