#include "store_dump.h"

#include <fcntl.h>
#include <rocksdb/db.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/statvfs.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
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

std::map<std::string, std::string> directory_snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : fs::directory_iterator(dir)) {
    std::string name = entry.path().filename().string();
    if (entry.is_directory())
      files[name + "/"] = "";
    else
      files[name] = read_file(entry.path());
  }
  return files;
}

fs::path largest_table_file(const fs::path& store) {
  fs::path largest;
  std::uintmax_t size = 0;
  for (const auto& entry : fs::directory_iterator(store))
    if (entry.path().extension() == ".sst" && entry.file_size() >= size) {
      size = entry.file_size();
      largest = entry.path();
    }
  if (largest.empty()) throw std::runtime_error(store.string() + ": no table file");
  return largest;
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

RunResult run_trame(const std::vector<std::string>& args, const RunOptions& options) {
  TempDir io;
  fs::path out = options.stdout_path.empty() ? io / "out" : fs::path(options.stdout_path);
  fs::path err = io / "err";
  pid_t pid = fork();
  if (pid == 0) {
    int in = open(options.stdin_path.c_str(), O_RDONLY);
    int o = open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int e = open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    dup2(in, 0);
    dup2(o, 1);
    dup2(e, 2);
    if (options.memory_limit_mib) {
      rlim_t bytes = static_cast<rlim_t>(options.memory_limit_mib) << 20;
      struct rlimit limit {
        bytes, bytes
      };
      setrlimit(RLIMIT_AS, &limit);
    }
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
  struct rusage usage {};
  wait4(pid, &status, 0, &usage);
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  if (options.stdout_path.empty()) r.out = read_file(out);
  r.err = read_file(err);
  r.max_rss_kib = usage.ru_maxrss;
  return r;
}

SmallFilesystem::SmallFilesystem(std::size_t mebibytes) {
  std::string size = "size=" + std::to_string(mebibytes) + "m";
  if (::mount("tmpfs", dir_.path().c_str(), "tmpfs", 0, size.c_str()) == 0)
    mounted_ = true;
  else
    why_ = "cannot mount a " + std::to_string(mebibytes) + " MiB tmpfs on " + dir_.path().string() +
           ": " + std::strerror(errno) + " (run the tests as root)";
}

SmallFilesystem::~SmallFilesystem() {
  if (mounted_) ::umount2(dir_.path().c_str(), MNT_DETACH);
}

std::size_t SmallFilesystem::available_kib() const {
  struct statvfs st {};
  if (::statvfs(dir_.path().c_str(), &st) != 0) return 0;
  return static_cast<std::size_t>(st.f_bavail) * st.f_frsize / 1024;
}

void SmallFilesystem::fill(std::size_t keep_kib) {
  std::ofstream filler(dir_ / "filler", std::ios::binary | std::ios::app);
  std::string block(1024, '\0');
  for (std::size_t kib = available_kib(); kib > keep_kib; --kib)
    filler.write(block.data(), static_cast<std::streamsize>(block.size()));
}

void SmallFilesystem::free_space() {
  std::error_code ec;
  fs::remove(dir_ / "filler", ec);
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
