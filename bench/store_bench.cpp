// Measures, in one run on one machine, what docs/performance.md reports:
//   - import statements/s (SST ingest, and large WriteBatches) beside raw RocksDB Put calls
//     of exactly the keys and values the import wrote;
//   - neighbours (depth 1) latency p50/p99 in-process, and cold from the CLI (a new trame
//     process each time, start to exit);
//   - time and peak RSS of building the whole KnowledgeGraph.
//
//   trame_store_bench --jsonl FILE --work DIR [--queries N] [--cli-queries N]
//                     [--skip-batch] [--skip-raw] [--queries-only] [--trame PATH]
// --queries-only measures the queries on the store an earlier run left in DIR.
#include <fcntl.h>
#include <rocksdb/db.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "trame/graph/knowledge_graph.h"
#include "trame/store/statement_store.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using namespace trame;

namespace {

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

std::uintmax_t directory_bytes(const fs::path& dir) {
  std::uintmax_t total = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) total += e.file_size();
  return total;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  std::size_t i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

long peak_rss_kb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  return 0;
}

double import_into(const fs::path& db, const std::string& jsonl, BulkMethod method,
                   std::uint64_t* statements) {
  fs::remove_all(db);
  auto t0 = Clock::now();
  auto store = StatementStore::open(db, OpenMode::ReadWrite);
  ImportOptions options;
  options.method = method;
  ImportResult r = store->import_jsonl({jsonl}, options);
  store.reset();  // closing flushes nothing of ours, but is part of the command's time
  *statements = r.statements;
  return seconds_since(t0);
}

// Put, one call a key, every key and value of every column family of `source` into a new
// database with RocksDB's default options; returns the seconds spent inside Put.
double raw_puts(const fs::path& source, const fs::path& target, std::uint64_t* keys) {
  fs::remove_all(target);
  rocksdb::Options options;
  options.max_open_files = -1;
  std::vector<std::string> names;
  rocksdb::DB::ListColumnFamilies(options, source.string(), &names);
  std::vector<rocksdb::ColumnFamilyDescriptor> descs;
  for (auto& n : names) descs.emplace_back(n, rocksdb::ColumnFamilyOptions());
  std::vector<rocksdb::ColumnFamilyHandle*> in_handles, out_handles;
  rocksdb::DB *in = nullptr, *out = nullptr;
  if (!rocksdb::DB::OpenForReadOnly(options, source.string(), descs, &in_handles, &in).ok())
    throw std::runtime_error("cannot open " + source.string());
  rocksdb::Options create;
  create.create_if_missing = true;
  create.create_missing_column_families = true;
  if (!rocksdb::DB::Open(create, target.string(), descs, &out_handles, &out).ok())
    throw std::runtime_error("cannot create " + target.string());
  double inside = 0;
  *keys = 0;
  rocksdb::WriteOptions wo;
  for (std::size_t i = 0; i < descs.size(); ++i) {
    std::unique_ptr<rocksdb::Iterator> it(in->NewIterator(rocksdb::ReadOptions(), in_handles[i]));
    for (it->SeekToFirst(); it->Valid(); it->Next()) {
      auto t0 = Clock::now();
      rocksdb::Status s = out->Put(wo, out_handles[i], it->key(), it->value());
      inside += seconds_since(t0);
      if (!s.ok()) throw std::runtime_error(s.ToString());
      ++*keys;
    }
  }
  for (auto* h : in_handles) in->DestroyColumnFamilyHandle(h);
  for (auto* h : out_handles) out->DestroyColumnFamilyHandle(h);
  auto t0 = Clock::now();
  delete out;  // closing is part of getting the data down
  inside += seconds_since(t0);
  delete in;
  return inside;
}

// Runs a process to its end; returns wall seconds, and its CPU seconds in *cpu.
double run_cli(const std::string& binary, const std::vector<std::string>& args, double* cpu,
               bool quiet = true) {
  std::cout.flush();
  // posix_spawn (vfork-like): the child does not start as a copy of this large process,
  // whose address space it would otherwise have to tear down, on its own clock.
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  if (quiet) posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  std::vector<char*> argv;
  std::string b = binary;
  argv.push_back(b.data());
  std::vector<std::string> copy = args;
  for (auto& a : copy) argv.push_back(a.data());
  argv.push_back(nullptr);
  auto t0 = Clock::now();
  pid_t pid = 0;
  if (posix_spawn(&pid, b.c_str(), &actions, nullptr, argv.data(), environ) != 0)
    throw std::runtime_error("cannot start " + binary);
  posix_spawn_file_actions_destroy(&actions);
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  double t = seconds_since(t0);
  *cpu = static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw std::runtime_error(binary + " " + args.front() + " " + args.back() + " failed");
  return t;
}

}  // namespace

int graph_build(const fs::path& db);

int main(int argc, char** argv) {
  if (argc == 3 && std::string(argv[1]) == "--graph-build") return graph_build(argv[2]);
  const std::string self = fs::canonical("/proc/self/exe").string();
  std::string jsonl, trame_binary = TRAME_BINARY;
  fs::path work;
  std::size_t queries = 2000, cli_queries = 200;
  bool skip_batch = false, skip_raw = false, queries_only = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&] { return std::string(i + 1 < argc ? argv[++i] : ""); };
    if (a == "--jsonl")
      jsonl = value();
    else if (a == "--work")
      work = value();
    else if (a == "--queries")
      queries = std::stoul(value());
    else if (a == "--cli-queries")
      cli_queries = std::stoul(value());
    else if (a == "--skip-batch")
      skip_batch = true;
    else if (a == "--skip-raw")
      skip_raw = true;
    else if (a == "--queries-only")
      queries_only = true;
    else if (a == "--trame")
      trame_binary = value();
    else {
      std::cerr << "unknown argument " << a << '\n';
      return 2;
    }
  }
  if (jsonl.empty() || work.empty()) {
    std::cerr << "usage: trame_store_bench --jsonl FILE --work DIR [--queries N] [--cli-queries N] "
                 "[--skip-batch] [--skip-raw] [--queries-only] [--trame PATH]\n";
    return 2;
  }
  fs::create_directories(work);
  const fs::path db = work / "store";
  std::cout << "input: " << jsonl << " (" << fs::file_size(jsonl) / (1 << 20) << " MiB)\n";

  std::uint64_t statements = 0;
  double sst_s = 0;
  if (queries_only) {
    skip_batch = skip_raw = true;
  } else {
    sst_s = import_into(db, jsonl, BulkMethod::SstIngest, &statements);
    std::cout << "import (SST ingest): " << statements << " statements in " << sst_s
              << " s = " << static_cast<std::uint64_t>(statements / sst_s)
              << " statements/s; store " << directory_bytes(db) / (1 << 20) << " MiB\n"
              << std::flush;
  }
  if (!skip_batch) {
    std::uint64_t n = 0;
    double batch_s = import_into(work / "store-batch", jsonl, BulkMethod::WriteBatches, &n);
    std::cout << "import (WriteBatches): " << n << " statements in " << batch_s
              << " s = " << static_cast<std::uint64_t>(n / batch_s) << " statements/s\n"
              << std::flush;
    fs::remove_all(work / "store-batch");
  }
  if (!skip_raw) {
    std::uint64_t keys = 0;
    double raw_s = raw_puts(db, work / "raw", &keys);
    std::cout << "raw RocksDB puts of the same " << keys << " keys: " << raw_s
              << " s = " << static_cast<std::uint64_t>(keys / raw_s)
              << " puts/s = " << static_cast<std::uint64_t>(statements / raw_s) << " statements/s\n"
              << "import / raw puts: " << raw_s / sst_s << "x\n"
              << std::flush;
    fs::remove_all(work / "raw");
  }

  // Query names: nodes drawn uniformly (most have few statements, as most entities do).
  std::vector<std::string> names;
  std::vector<std::size_t> degrees;
  {
    auto store = StatementStore::open(db, OpenMode::ReadOnly);
    std::mt19937_64 rng(7);
    std::size_t seen = 0;
    store->for_each_node([&](const NodeRecord& n) {
      ++seen;
      if (names.size() < queries)
        names.push_back(n.name);
      else if (std::size_t j = rng() % seen; j < queries)
        names[j] = n.name;
    });
    std::shuffle(names.begin(), names.end(), rng);

    std::vector<double> latencies;
    std::size_t returned = 0, most = 0;
    for (const auto& name : names) {
      auto t0 = Clock::now();
      auto node = store->find_node(name);
      NeighbourQuery q;
      KnowledgeGraph g = KnowledgeGraph::around(*store, node->id, q);
      auto found = g.neighbours(node->id, q);
      latencies.push_back(seconds_since(t0) * 1000);
      returned += found.size();
      most = std::max(most, found.size());
    }
    std::cout << "neighbours in-process (" << names.size() << " random entities, depth 1, "
              << "statements read in full): p50 " << percentile(latencies, 0.5) << " ms, p99 "
              << percentile(latencies, 0.99) << " ms, max " << percentile(latencies, 1.0) << " ms; "
              << static_cast<double>(returned) / static_cast<double>(names.size())
              << " statements on average, " << most << " at most\n"
              << std::flush;
  }

  std::vector<double> cold, cold_cpu;
  for (std::size_t i = 0; i < std::min(cli_queries, names.size()); ++i) {
    double cpu = 0;
    cold.push_back(run_cli(trame_binary, {"neighbours", "--db", db.string(), names[i]}, &cpu) *
                   1000);
    cold_cpu.push_back(cpu * 1000);
  }
  std::cout << "neighbours cold from the CLI (" << cold.size() << " processes, start to exit): p50 "
            << percentile(cold, 0.5) << " ms, p99 " << percentile(cold, 0.99)
            << " ms; CPU time p50 " << percentile(cold_cpu, 0.5) << " ms, p99 "
            << percentile(cold_cpu, 0.99) << " ms\n"
            << std::flush;
  double load[3] = {0, 0, 0};
  if (getloadavg(load, 3) > 0)
    std::cout << "load average at this point: " << load[0] << " " << load[1] << " " << load[2]
              << " (the machine has " << std::thread::hardware_concurrency() << " cores)\n";

  // The graph build in a process of its own, so that its peak RSS is its own.
  double cpu = 0;
  run_cli(self, {"--graph-build", db.string()}, &cpu, false);
  return 0;
}

// The child side of the graph-build measure.
int graph_build(const fs::path& db) {
  auto store = StatementStore::open(db, OpenMode::ReadOnly);
  long before = peak_rss_kb();
  auto t0 = Clock::now();
  KnowledgeGraph g = KnowledgeGraph::load(*store);
  double build_s = seconds_since(t0);
  t0 = Clock::now();
  auto rank = g.pagerank();
  double rank_s = seconds_since(t0);
  // Written to stderr: the parent sends the child's stdout to /dev/null.
  std::cerr << "graph build: " << g.node_count() << " nodes, " << g.statement_count()
            << " statements in " << build_s << " s (PageRank " << rank_s << " s); peak RSS "
            << peak_rss_kb() / 1024 << " MiB (" << before / 1024
            << " MiB of it before the build: the store opened)\n";
  return 0;
}
