#include "trame/extract/parallel_extraction.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <memory>
#include <nlohmann/json.hpp>

#include "trame/extract/statement_json.h"

namespace trame {
namespace {

using nlohmann::json;

// Worker i reads documents i, i + jobs, i + 2·jobs… and writes one record a document on its
// pipe: an 8-byte length, then a JSON object {"sentences", "statements"} or {"error"}.
bool write_all(int fd, const char* data, std::size_t size) {
  while (size > 0) {
    ssize_t n = ::write(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

bool read_all(int fd, char* data, std::size_t size) {
  while (size > 0) {
    ssize_t n = ::read(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

bool send_record(int fd, const json& record) {
  std::string payload = record.dump(-1, ' ', false, json::error_handler_t::replace);
  std::uint64_t size = payload.size();
  return write_all(fd, reinterpret_cast<const char*>(&size), sizeof size) &&
         write_all(fd, payload.data(), payload.size());
}

// `loaded`: the parent's extractor, if it has one, whose pages the worker shares until it
// writes them; else the worker loads its own.
[[noreturn]] void run_worker(int fd, const std::vector<const InputDocument*>& documents,
                             std::size_t first, std::size_t stride, const ExtractOptions& options,
                             Extractor* loaded) {
  std::unique_ptr<Extractor> own;
  Extractor* extractor = loaded;
  std::string setup_error;
  if (!extractor) {
    try {
      own = std::make_unique<Extractor>();
      extractor = own.get();
    } catch (const std::exception& e) {
      setup_error = e.what();
    }
  }
  for (std::size_t i = first; i < documents.size(); i += stride) {
    json record;
    if (!setup_error.empty()) {
      record = {{"error", setup_error}};
    } else {
      try {
        Extraction ex = extractor->extract(documents[i]->path, documents[i]->text, options);
        json statements = json::array();
        for (const Statement& st : ex.statements) statements.push_back(to_json(st));
        record = {{"sentences", ex.sentences}, {"statements", std::move(statements)}};
      } catch (const std::exception& e) {
        record = {{"error", documents[i]->path + ": " + e.what()}};
      }
    }
    if (!send_record(fd, record)) break;
  }
  ::close(fd);
  // No destructors or atexit handlers: the parent owns everything shared.
  _exit(0);
}

struct Worker {
  pid_t pid = -1;
  int fd = -1;
};

void stop(std::vector<Worker>& workers) {
  for (Worker& w : workers) {
    if (w.fd >= 0) ::close(w.fd);
    w.fd = -1;
    if (w.pid > 0) {
      ::kill(w.pid, SIGTERM);
      ::waitpid(w.pid, nullptr, 0);
      w.pid = -1;
    }
  }
}

}  // namespace

void extract_in_order(const std::vector<const InputDocument*>& documents, unsigned jobs,
                      const ExtractOptions& options,
                      const std::function<void(std::size_t, Extraction&&)>& deliver,
                      Extractor* loaded) {
  if (documents.empty()) return;
  jobs = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(documents.size())));
  if (jobs == 1) {
    std::unique_ptr<Extractor> own;
    if (!loaded) {
      own = std::make_unique<Extractor>();
      loaded = own.get();
    }
    for (std::size_t i = 0; i < documents.size(); ++i) {
      Extraction ex;
      try {
        ex = loaded->extract(documents[i]->path, documents[i]->text, options);
      } catch (const std::exception& e) {
        throw ExtractionError(documents[i]->path + ": " + e.what());
      }
      deliver(i, std::move(ex));
    }
    return;
  }

  std::vector<Worker> workers(jobs);
  for (unsigned w = 0; w < jobs; ++w) {
    int fds[2];
    if (::pipe(fds) != 0) {
      stop(workers);
      throw ExtractionError(std::string("cannot start a worker: ") + std::strerror(errno));
    }
    pid_t pid = ::fork();
    if (pid < 0) {
      ::close(fds[0]);
      ::close(fds[1]);
      stop(workers);
      throw ExtractionError(std::string("cannot start a worker: ") + std::strerror(errno));
    }
    if (pid == 0) {
      ::close(fds[0]);
      for (unsigned v = 0; v < w; ++v) ::close(workers[v].fd);
      run_worker(fds[1], documents, w, jobs, options, loaded);
    }
    ::close(fds[1]);
    workers[w] = {pid, fds[0]};
  }

  try {
    for (std::size_t i = 0; i < documents.size(); ++i) {
      Worker& w = workers[i % jobs];
      std::uint64_t size = 0;
      std::string payload;
      bool ok = read_all(w.fd, reinterpret_cast<char*>(&size), sizeof size);
      if (ok) {
        payload.resize(size);
        ok = read_all(w.fd, payload.data(), size);
      }
      if (!ok) throw ExtractionError(documents[i]->path + ": the worker reading it stopped");
      json record = json::parse(payload);
      if (record.contains("error")) throw ExtractionError(record["error"].get<std::string>());
      Extraction ex;
      ex.sentences = record["sentences"].get<std::uint32_t>();
      for (const json& st : record["statements"]) ex.statements.push_back(statement_from_json(st));
      deliver(i, std::move(ex));
    }
  } catch (...) {
    stop(workers);
    throw;
  }
  for (Worker& w : workers) {
    ::close(w.fd);
    int status = 0;
    ::waitpid(w.pid, &status, 0);
  }
}

}  // namespace trame
