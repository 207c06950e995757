#include "jsonl_statement_reader.h"

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>

#include "statement_line_parser.h"
#include "trame/extract/statement_json.h"
#include "trame/store/statement_store.h"

namespace trame::store {
namespace {

constexpr std::size_t kBatchSize = 512;
constexpr std::size_t kQueuedBatches = 16;
// A statement's line, its sentence included, is a few KiB: a longer one is no statement, and
// a file without line ends (/dev/zero, a binary file) must not be held whole.
constexpr std::size_t kMaxLineBytes = std::size_t{16} << 20;

enum class LineRead { Line, End, TooLong };

// std::getline with a bound: stops reading a line of more than kMaxLineBytes, which `buffer`
// (kMaxLineBytes + 1 bytes) holds.
LineRead read_line(std::istream& in, char* buffer, std::string& line) {
  in.getline(buffer, static_cast<std::streamsize>(kMaxLineBytes + 1));
  auto read = static_cast<std::size_t>(in.gcount());
  if (in.bad()) return LineRead::End;  // the caller reports the read error
  if (in.fail() && !in.eof()) return LineRead::TooLong;
  if (read == 0 && in.eof()) return LineRead::End;
  bool ended = !in.eof();  // the line end was read and counted, not stored
  line.assign(buffer, read - (ended ? 1 : 0));
  return LineRead::Line;
}

}  // namespace

Statement parse_statement_line(const std::string& line, const std::string& where) {
  nlohmann::json value;
  try {
    value = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    std::string what = e.what();
    // nlohmann's messages start with "[json.exception.parse_error.101] ".
    if (auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
    throw ImportInputError(where + "not JSON: " + what);
  }
  Statement st;
  try {
    st = statement_from_json(value);
  } catch (const StatementFormatError& e) {
    throw ImportInputError(where + e.what());
  } catch (const nlohmann::json::exception& e) {
    throw ImportInputError(where + e.what());
  }
  if (st.relation.lemma.empty()) throw ImportInputError(where + "relation: empty lemma");
  return st;
}

std::optional<std::string> sources_problem(const Statement& st) {
  // A statement stored without a source belongs to no document, so that forget could never
  // remove it: the contract has every statement name where it was read.
  if (st.sources.empty()) return "no sources: a statement names the document it was read in";
  for (const Source& s : st.sources)
    if (s.doc.empty()) return "source: empty \"doc\"";
  return std::nullopt;
}

JsonlStatementReader::JsonlStatementReader(std::vector<std::string> paths)
    : paths_(std::move(paths)), thread_([this] { run(); }) {}

JsonlStatementReader::~JsonlStatementReader() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void JsonlStatementReader::push(Batch batch) {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [this] { return stopping_ || queue_.size() < kQueuedBatches; });
  if (stopping_) return;
  queue_.push_back(std::move(batch));
  changed_.notify_all();
}

void JsonlStatementReader::run() {
  Batch batch;
  try {
    std::vector<char> buffer(1 << 20);
    // Not value-initialised: its pages are only touched by lines that long.
    std::unique_ptr<char[]> line_buffer(new char[kMaxLineBytes + 1]);
    std::string line;
    for (const std::string& path : paths_) {
      std::ifstream in;
      in.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      in.open(path, std::ios::binary);
      if (!in) throw ImportInputError(path + ": cannot be read");
      std::uint64_t number = 0;
      bool blank_lines = false, statements = false;
      for (LineRead read; (read = read_line(in, line_buffer.get(), line)) != LineRead::End;) {
        ++number;
        if (read == LineRead::TooLong)
          throw ImportInputError(path + ":" + std::to_string(number) + ": line longer than " +
                                 std::to_string(kMaxLineBytes >> 20) + " MiB: not a statement");
        if (line.find_first_not_of(" \t\r") == std::string::npos) {
          blank_lines = true;
          continue;
        }
        Statement st;
        if (!parse_statement_fast(line, st))
          st = parse_statement_line(line, path + ":" + std::to_string(number) + ": ");
        if (auto problem = sources_problem(st))
          throw ImportInputError(path + ":" + std::to_string(number) + ": " + *problem);
        statements = true;
        batch.statements.push_back(std::move(st));
        if (batch.statements.size() == kBatchSize) {
          push(std::move(batch));
          batch = Batch();
          std::lock_guard lock(mutex_);
          if (stopping_) return;
        }
      }
      if (in.bad()) throw ImportInputError(path + ": read error");
      // As ingest and extract refuse an empty document: a file with nothing to import is
      // most likely the wrong file, or one whose writer failed.
      if (!statements)
        throw ImportInputError(
            path + (blank_lines ? ": no statement (only blank lines)" : ": empty file"));
    }
  } catch (...) {
    batch.error = std::current_exception();
  }
  batch.last = true;
  push(std::move(batch));
}

bool JsonlStatementReader::next(Statement& statement) {
  while (position_ == current_.statements.size()) {
    if (current_.error) std::rethrow_exception(current_.error);
    if (current_.last || finished_) {
      finished_ = true;
      return false;
    }
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return !queue_.empty(); });
    current_ = std::move(queue_.front());
    queue_.pop_front();
    position_ = 0;
    changed_.notify_all();
  }
  statement = std::move(current_.statements[position_++]);
  return true;
}

}  // namespace trame::store
