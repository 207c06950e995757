#include "store_dump.h"

#include <fcntl.h>
#include <rocksdb/db.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <stdexcept>

namespace trame::test {
namespace fs = std::filesystem;

namespace {

std::string hex(const rocksdb::Slice& s) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s.ToStringView()) {
    out.push_back(kDigits[c >> 4]);
    out.push_back(kDigits[c & 15]);
  }
  return out;
}

}  // namespace

std::string dump_store(const fs::path& dir) {
  rocksdb::Options options;
  options.max_open_files = -1;
  std::vector<std::string> names;
  auto s = rocksdb::DB::ListColumnFamilies(options, dir.string(), &names);
  if (!s.ok()) throw std::runtime_error("dump " + dir.string() + ": " + s.ToString());
  std::vector<rocksdb::ColumnFamilyDescriptor> descs;
  for (const auto& n : names) descs.emplace_back(n, rocksdb::ColumnFamilyOptions());
  TempDir secondary;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  rocksdb::DB* raw = nullptr;
  s = rocksdb::DB::OpenAsSecondary(options, dir.string(), secondary.path().string(), descs,
                                   &handles, &raw);
  if (!s.ok()) throw std::runtime_error("dump " + dir.string() + ": " + s.ToString());
  std::unique_ptr<rocksdb::DB> db(raw);
  std::string out;
  for (std::size_t i = 0; i < handles.size(); ++i) {
    out += "[" + names[i] + "]\n";
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), handles[i]));
    for (it->SeekToFirst(); it->Valid(); it->Next())
      out += hex(it->key()) + " " + hex(it->value()) + "\n";
  }
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  return out;
}

TempDir::TempDir() {
  std::string templ = (fs::temp_directory_path() / "trame-test-XXXXXX").string();
  if (!mkdtemp(templ.data())) throw std::runtime_error("mkdtemp failed");
  path_ = templ;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

std::string read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const fs::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary);
  out << text;
}

RunResult run_trame(const std::vector<std::string>& args) {
  TempDir io;
  fs::path out = io / "out", err = io / "err";
  pid_t pid = fork();
  if (pid == 0) {
    int in = open("/dev/null", O_RDONLY);
    int o = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int e = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(in, 0);
    dup2(o, 1);
    dup2(e, 2);
    std::vector<char*> argv;
    std::string binary = TRAME_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = read_file(out);
  r.err = read_file(err);
  return r;
}

void write_statements(const fs::path& file, std::size_t count, std::size_t per_document,
                      std::uint32_t seed) {
  static const char* kFirst[] = {"Camille", "Lucie", "Hugo", "Manon",  "Théo", "Chloé", "Louis",
                                 "Inès",    "Jules", "Léa",  "Nathan", "Zoé",  "Émile", "Rose"};
  static const char* kLast[] = {"Durand",  "Lefèvre", "Moreau", "Girard", "Bonnet", "Faure",
                                "Mercier", "Blanc",   "Guérin", "Muller", "Henry",  "Roussel"};
  static const char* kOrgs[] = {"Nébuleuse",     "Atelier Lumen",  "Banque du Rhône",
                                "Groupe Hélios", "Société Alpine", "Éditions du Pont",
                                "Vélo Cité",     "Agence Orque"};
  static const char* kVerbs[][2] = {{"a fondé", "fonder"},     {"dirige", "diriger"},
                                    {"a racheté", "racheter"}, {"finance", "financer"},
                                    {"a quitté", "quitter"},   {"conseille", "conseiller"}};
  std::mt19937 rng(seed);
  std::ofstream out(file);
  for (std::size_t i = 0; i < count; ++i) {
    std::string person = std::string(kFirst[rng() % 14]) + " " + kLast[rng() % 12];
    std::string org = kOrgs[rng() % 8];
    if (rng() % 3 == 0) org += " " + std::to_string(rng() % 500);
    auto& verb = kVerbs[rng() % 6];
    std::string doc = "archives/doc" + std::to_string(i / per_document) + ".txt";
    auto sentence = static_cast<std::uint32_t>(i % per_document + 1);
    std::string text = person + " " + verb[0] + " " + org + ".";
    nlohmann::json line = {{"subject", {{"name", person}, {"type", "Person"}, {"mention", person}}},
                           {"relation", {{"text", verb[0]}, {"lemma", verb[1]}}},
                           {"object", {{"name", org}, {"type", "Organization"}, {"mention", org}}},
                           {"negated", rng() % 10 == 0},
                           {"modality", "asserted"},
                           {"confidence", 0.5 + (rng() % 50) / 100.0},
                           {"sources",
                            {{{"doc", doc},
                              {"sentence", sentence},
                              {"start", sentence * 100},
                              {"end", sentence * 100 + text.size()},
                              {"text", text}}}}};
    out << line.dump() << '\n';
  }
}

}  // namespace trame::test
