// The store and graph commands, run as a user runs them: the built trame binary.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "store_dump.h"
#include "trame/store/statement_store.h"

using namespace trame;
using test::run_trame;

namespace {

std::string fixture(const std::string& name) {
  return std::string(TRAME_SOURCE_DIR) + "/tests/fixtures/" + name;
}

std::size_t count_lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

// Starts `binary args...` in the background; returns its pid.
pid_t spawn(const std::string& binary, const std::vector<std::string>& args) {
  pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> argv;
    std::string b = binary;
    argv.push_back(b.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    freopen("/dev/null", "w", stderr);
    execv(b.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

int wait_exit(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
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

TEST_CASE("neighbours prints readable lines and contract JSON", "[cli]") {
  Imported s;
  auto r = run_trame({"neighbours", "--db", s.db, "camille durand"});
  CHECK(r.exit_code == 0);
  CHECK(r.out ==
        "Camille Durand —a fondé→ Nébuleuse  [2 sources]\n"
        "Camille Durand —a apprécié→ Banque du Rhône  (not) [1 source]\n");
  CHECK(r.err.empty());

  r = run_trame(
      {"neighbours", "--db", s.db, "Nébuleuse", "--format", "jsonl", "--direction", "out"});
  REQUIRE(r.exit_code == 0);
  REQUIRE(count_lines(r.out) == 1);
  auto line = nlohmann::json::parse(r.out);
  CHECK(line["subject"]["name"] == "Nébuleuse");
  CHECK(line["relation"]["lemma"] == "racheter");
  CHECK(line["modality"] == "conditional");
  CHECK(line["sources"][0]["doc"] == "presse/lundi.txt");

  r = run_trame({"neighbours", "--db", s.db, "durand", "--depth", "2", "--relation", "financer"});
  CHECK(r.exit_code == 1);  // no "financer" statement touches Durand
  r = run_trame({"neighbours", "--db", s.db, "atelier lumen", "--type", "Person"});
  CHECK(r.exit_code == 0);
  CHECK(r.out == "Yves Morel —dirige→ Atelier Lumen  [1 source]\n");
  r = run_trame({"neighbours", "--db", s.db, "atelier lumen", "--limit", "2"});
  CHECK(count_lines(r.out) == 2);
  r = run_trame({"neighbours", "--db", s.db, "atelier lumen", "--type", "Robot"});
  CHECK(r.exit_code == 2);
}

TEST_CASE("an unknown name exits 1 with the closest names", "[cli]") {
  Imported s;
  auto r = run_trame({"neighbours", "--db", s.db, "Camile Durant"});
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK(r.err == "trame: no entity named \"Camile Durant\"; closest: Camille Durand\n");
  // The same words in another order.
  r = run_trame({"neighbours", "--db", s.db, "Morel Yves"});
  CHECK(r.exit_code == 1);
  CHECK(r.err == "trame: no entity named \"Morel Yves\"; closest: Yves Morel\n");
}

TEST_CASE("path prints the chain, exit 1 when there is none", "[cli]") {
  Imported s;
  auto r = run_trame({"path", "--db", s.db, "Yves Morel", "Durand"});
  CHECK(r.exit_code == 0);
  CHECK(r.out ==
        "Yves Morel —dirige→ Atelier Lumen  [1 source]\n"
        "Nébuleuse —a racheté→ Atelier Lumen  (conditional) [1 source]\n"
        "Camille Durand —a fondé→ Nébuleuse  [2 sources]\n");
  r = run_trame({"path", "--db", s.db, "Yves Morel", "Personne"});
  CHECK(r.exit_code == 1);
  // One entity by two of its names: no chain to print, which is not an empty answer.
  r = run_trame({"path", "--db", s.db, "Durand", "camille durand"});
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK(r.err ==
        "trame: \"Durand\" and \"camille durand\" are the same entity (Camille Durand): no "
        "chain of statements to print\n");
}

TEST_CASE("stats and entities count what the store holds", "[cli]") {
  Imported s;
  auto r = run_trame({"stats", "--db", s.db});
  CHECK(r.exit_code == 0);
  // presse/mardi.txt's statements were read in its sentences 1 and 5: two sentences, not five.
  CHECK(r.out == "documents: 2\nsentences: 6\nentities: 6\nstatements: 5\nsources: 6\n");
  r = run_trame({"entities", "--db", s.db, "--limit", "1"});
  CHECK(r.out == "      3  Atelier Lumen (Organization)\n");
  r = run_trame({"entities", "--db", s.db, "durand", "--format", "jsonl"});
  auto e = nlohmann::json::parse(r.out);
  CHECK(e["name"] == "Camille Durand");
  CHECK(e["aliases"] == nlohmann::json::array({"Durand"}));
  CHECK(run_trame({"entities", "--db", s.db, "xyzzy"}).exit_code == 1);
}

TEST_CASE("the store is found through TRAME_DB", "[cli]") {
  Imported s;
  setenv("TRAME_DB", s.db.c_str(), 1);
  auto r = run_trame({"stats"});
  unsetenv("TRAME_DB");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("statements: 5") != std::string::npos);
}

TEST_CASE("queries on a missing store exit 2 naming it", "[cli]") {
  test::TempDir dir;
  auto r = run_trame({"neighbours", "--db", (dir / "none").string(), "X"});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("none: no trame store") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "none"));
}

TEST_CASE("merge and forget from the command line", "[cli]") {
  Imported s;
  auto r = run_trame({"merge", "--db", s.db, "Atelier Lumen", "Nébuleuse"});
  CHECK(r.exit_code == 0);
  CHECK(r.out == "Nébuleuse (nebuleuse), also: Atelier Lumen\n");
  r = run_trame({"neighbours", "--db", s.db, "atelier lumen", "--direction", "out"});
  CHECK(r.out.find("Nébuleuse —a racheté→ Nébuleuse") != std::string::npos);
  CHECK(run_trame({"merge", "--db", s.db, "Atelier Lumen", "Nébuleuse"}).exit_code == 2);
  CHECK(run_trame({"merge", "--db", s.db, "Inconnu", "Nébuleuse"}).exit_code == 1);

  r = run_trame({"forget", "--db", s.db, "presse/mardi.txt"});
  CHECK(r.exit_code == 0);
  r = run_trame({"stats", "--db", s.db});
  CHECK(r.out.find("documents: 1\n") != std::string::npos);
  CHECK(run_trame({"neighbours", "--db", s.db, "Yves Morel"}).exit_code == 1);
  CHECK(run_trame({"forget", "--db", s.db, "presse/mardi.txt"}).exit_code == 1);
}

TEST_CASE("forget takes a document by the last parts of its path, as export --doc does", "[cli]") {
  Imported s;
  // Another lundi.txt, in another directory: "lundi.txt" alone names two documents.
  test::TempDir dir;
  std::string archives = (dir / "archives.jsonl").string();
  std::string line = test::read_file(fixture("presse_a.jsonl"));
  line = line.substr(0, line.find('\n') + 1);
  line.replace(line.find("presse/lundi.txt"), 16, "archives/lundi.txt");
  test::write_file(archives, line);
  REQUIRE(run_trame({"import", "--db", s.db, archives}).exit_code == 0);
  std::string before = test::dump_store(s.db);

  auto r = run_trame({"forget", "--db", s.db, "lundi.txt"});
  CHECK(r.exit_code == 2);
  CHECK(r.err ==
        "trame: \"lundi.txt\" names 2 documents (archives/lundi.txt, presse/lundi.txt): give "
        "more of the path\n");
  CHECK(test::dump_store(s.db) == before);

  r = run_trame({"forget", "--db", s.db, "lundy.txt"});
  CHECK(r.exit_code == 1);
  CHECK(r.err.rfind("trame: no document \"lundy.txt\" in the store; closest: ", 0) == 0);
  CHECK(r.err.find("presse/lundi.txt") != std::string::npos);
  CHECK(test::dump_store(s.db) == before);

  // Names are all checked before anything goes: the known first one stays too.
  CHECK(run_trame({"forget", "--db", s.db, "mardi.txt", "lundy.txt"}).exit_code == 1);
  CHECK(test::dump_store(s.db) == before);

  r = run_trame({"forget", "--db", s.db, "mardi.txt", "presse/lundi.txt"});
  CHECK(r.exit_code == 0);
  CHECK(r.err == "trame: forgot presse/mardi.txt\ntrame: forgot presse/lundi.txt\n");
  r = run_trame({"stats", "--db", s.db});
  CHECK(r.out.find("documents: 1\n") != std::string::npos);
  // What is left is archives/lundi.txt, now the only lundi.txt.
  CHECK(run_trame({"forget", "--db", s.db, "lundi.txt"}).exit_code == 0);
  CHECK(run_trame({"stats", "--db", s.db}).out.find("documents: 0\n") != std::string::npos);
}

TEST_CASE("export --doc with an unknown document exits 1 naming it", "[cli]") {
  Imported s;
  auto r = run_trame({"export", "--db", s.db, "--doc", "nope.txt", "--format", "jsonl"});
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK(r.err == "trame: no document \"nope.txt\" in the store\n");
  r = run_trame(
      {"export", "--db", s.db, "--doc", "mardi.txt", "--doc", "lundy.txt", "--format", "jsonl"});
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK(r.err == "trame: no document \"lundy.txt\" in the store; closest: presse/lundi.txt\n");
  // The short form of a stored path is no unknown document.
  r = run_trame({"export", "--db", s.db, "--doc", "mardi.txt", "--format", "jsonl"});
  CHECK(r.exit_code == 0);
  CHECK(count_lines(r.out) == 2);
}

TEST_CASE("export --depth or --direction without --entity is a usage error", "[cli]") {
  Imported s;
  for (const std::vector<std::string>& extra :
       {std::vector<std::string>{"--depth", "2"}, {"--direction", "out"}}) {
    std::vector<std::string> args = {"export", "--db", s.db, "--format", "jsonl"};
    args.insert(args.end(), extra.begin(), extra.end());
    auto r = run_trame(args);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.rfind(extra[0] + " requires --entity\n", 0) == 0);
  }
  auto r = run_trame({"export", "--db", s.db, "--format", "jsonl", "--entity", "Nébuleuse",
                      "--depth", "2", "--direction", "out"});
  CHECK(r.exit_code == 0);
  CHECK(count_lines(r.out) == 1);  // Nébuleuse —a racheté→ Atelier Lumen, which leads nowhere
}

TEST_CASE("bad import input exits 2 with one line and leaves the store as it was", "[cli]") {
  Imported s;
  std::string before = test::dump_store(s.db);
  test::TempDir dir;
  std::string bad = (dir / "bad.jsonl").string();
  test::write_file(
      bad, test::read_file(fixture("presse_b.jsonl")) + "{\"subject\": {\"name\": \"A\"}}\n");
  auto r = run_trame({"import", "--db", s.db, fixture("presse_b.jsonl"), bad});
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("trame: " + bad + ":3: ", 0) == 0);
  CHECK(r.err.find("missing \"object\"") != std::string::npos);
  CHECK(count_lines(r.err) == 1);
  CHECK(test::dump_store(s.db) == before);

  test::write_file(bad, "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
  r = run_trame({"import", "--db", s.db, bad});
  CHECK(r.exit_code == 2);
  CHECK(r.err.rfind("trame: " + bad + ":1: not JSON", 0) == 0);
  CHECK(count_lines(r.err) == 1);
  CHECK(test::dump_store(s.db) == before);

  // No sources: stored, the statement would belong to no document and never be forgotten.
  test::write_file(bad, "{\"subject\":\"A\",\"relation\":\"r\",\"object\":\"B\",\"sources\":[]}\n");
  r = run_trame({"import", "--db", s.db, bad});
  CHECK(r.exit_code == 2);
  CHECK(r.err ==
        "trame: " + bad + ":1: no sources: a statement names the document it was read in\n");
  CHECK(test::dump_store(s.db) == before);

  test::write_file(bad, "");
  r = run_trame({"import", "--db", s.db, bad});
  CHECK(r.exit_code == 2);  // like ingest and extract given an empty document
  CHECK(r.err == "trame: " + bad + ": empty file\n");
  CHECK(test::dump_store(s.db) == before);

  r = run_trame({"import", "--db", s.db, (dir / "missing.jsonl").string()});
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("missing.jsonl: cannot be read") != std::string::npos);
  CHECK(test::dump_store(s.db) == before);
  CHECK(run_trame({"import", "--db", s.db}).exit_code == 2);  // no file: usage
}

TEST_CASE("an import of a file without line ends is refused without holding it", "[cli]") {
  Imported s;
  std::string before = test::dump_store(s.db);
  test::RunOptions limited;
  limited.memory_limit_mib = 1024;  // a trame that held all of /dev/zero fails, not the machine
  auto r = run_trame({"import", "--db", s.db, "/dev/zero"}, limited);
  CHECK(r.exit_code == 2);
  CHECK(r.err == "trame: /dev/zero:1: line longer than 16 MiB: not a statement\n");
  CHECK(r.max_rss_kib < 128 * 1024);
  CHECK(test::dump_store(s.db) == before);
}

TEST_CASE("importing again changes nothing", "[cli]") {
  Imported s;
  std::string once = test::dump_store(s.db);
  auto r =
      run_trame({"import", "--db", s.db, fixture("presse_b.jsonl"), fixture("presse_a.jsonl")});
  CHECK(r.exit_code == 0);
  CHECK(test::dump_store(s.db) == once);
}

TEST_CASE("queries work while an import writes the same store", "[cli][slow]") {
  test::TempDir dir;
  std::string db = (dir / "db").string();
  std::string big = (dir / "big.jsonl").string();
  test::write_statements(big, 150000, 25, 3);
  REQUIRE(run_trame({"import", "--db", db, fixture("presse_a.jsonl")}).exit_code == 0);
  pid_t writer = spawn(TRAME_BINARY, {"import", "--db", db, big});
  int queries = 0, while_writing = 0;
  for (;;) {
    bool writing = waitpid(writer, nullptr, WNOHANG) == 0;
    auto r = run_trame({"neighbours", "--db", db, "Camille Durand"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    REQUIRE(r.err.empty());
    auto s = run_trame({"stats", "--db", db});
    REQUIRE(s.exit_code == 0);
    ++queries;
    if (!writing) break;
    ++while_writing;
  }
  CHECK(while_writing >= 3);
  auto after = run_trame({"stats", "--db", db});
  CHECK(after.out.find("statements: 4\n") == std::string::npos);  // the import landed
}

TEST_CASE("kill -9 during import loses nothing committed and a re-run converges", "[cli][slow]") {
  test::TempDir dir;
  std::string big = (dir / "big.jsonl").string();
  test::write_statements(big, 150000, 25, 5);
  std::string first = fixture("presse_a.jsonl");

  std::string reference_db = (dir / "reference").string();
  REQUIRE(run_trame({"import", "--db", reference_db, first}).exit_code == 0);
  std::string committed = test::dump_store(reference_db);
  REQUIRE(run_trame({"import", "--db", reference_db, big}).exit_code == 0);
  std::string reference = test::dump_store(reference_db);

  for (int delay_ms : {50, 400, 1200, 2500}) {
    std::string db = (dir / ("killed-" + std::to_string(delay_ms))).string();
    REQUIRE(run_trame({"import", "--db", db, first}).exit_code == 0);
    pid_t writer = spawn(TRAME_BINARY, {"import", "--db", db, big});
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    kill(writer, SIGKILL);
    wait_exit(writer);
    // All of the import or none of it; what was committed before is there.
    std::string after_kill = test::dump_store(db);
    CHECK((after_kill == committed || after_kill == reference));
    auto r = run_trame({"import", "--db", db, big});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(test::dump_store(db) == reference);
    // No files of the killed import are left behind.
    for (const auto& entry : std::filesystem::directory_iterator(db))
      CHECK(entry.path().filename().string().rfind("import-", 0) != 0);
  }
}

TEST_CASE("kill -9 while documents are stored leaves no half document", "[cli][slow]") {
  test::TempDir dir;
  const int documents = 1500;
  std::string reference_db = (dir / "reference").string();
  const auto started = std::chrono::steady_clock::now();
  REQUIRE(wait_exit(spawn(DOCUMENT_WRITER, {reference_db, std::to_string(documents)})) == 0);
  // The kills land at a twentieth, a third and two thirds of an uninterrupted run, however
  // fast this machine writes.
  const auto run_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::steady_clock::now() - started)
                          .count();
  std::string reference = test::dump_store(reference_db);

  for (long delay_ms : {run_ms / 20, run_ms / 3, 2 * run_ms / 3}) {
    std::string db = (dir / ("killed-" + std::to_string(delay_ms))).string();
    pid_t writer = spawn(DOCUMENT_WRITER, {db, std::to_string(documents)});
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    kill(writer, SIGKILL);
    wait_exit(writer);
    std::unique_ptr<StatementStore> store;
    try {
      store = StatementStore::open(db, OpenMode::ReadOnly);
    } catch (const StoreError& e) {
      // Killed while creating the store: nothing to check but the re-run.
      INFO(e.what());
      std::string what = e.what();
      CHECK((what.find("creation was interrupted") != std::string::npos ||
             what.find("no trame store here") != std::string::npos));
    }
    if (store) {
      std::map<std::string, std::size_t> per_document;
      store->for_each_statement([&](const Statement& st) {
        for (const auto& src : st.sources) ++per_document[src.doc];
      });
      StoreStats s = store->stats();
      CHECK(per_document.size() == s.documents);
      for (const auto& [doc, n] : per_document) {
        INFO(doc);
        CHECK(n == 40);  // every document whole
      }
      CHECK(s.documents < static_cast<std::size_t>(documents));
      store.reset();
    }
    // Ingesting again stores what is missing and ends where an uninterrupted run ends.
    REQUIRE(wait_exit(spawn(DOCUMENT_WRITER, {db, std::to_string(documents)})) == 0);
    CHECK(test::dump_store(db) == reference);
  }
}
