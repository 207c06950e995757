// Where the commands' output goes: standard output that cannot be written.
#include <catch2/catch.hpp>

#include "store_dump.h"

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
};

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
