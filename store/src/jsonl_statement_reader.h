// Reads files of statements in the contract's JSON form, one a line, parsing on a thread
// of its own so that an import's writer never waits for JSON.
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "trame/extract/statement.h"

namespace trame::store {

class JsonlStatementReader {
 public:
  explicit JsonlStatementReader(std::vector<std::string> paths);
  ~JsonlStatementReader();
  JsonlStatementReader(const JsonlStatementReader&) = delete;
  JsonlStatementReader& operator=(const JsonlStatementReader&) = delete;

  // The next statement, false at the end of the last file. Throws ImportInputError
  // ("FILE:LINE: problem") for a file that cannot be read, holds no statement, or has a line
  // that is no statement or one without sources.
  bool next(Statement& statement);

 private:
  struct Batch {
    std::vector<Statement> statements;
    std::exception_ptr error;  // set on the last batch when reading failed
    bool last = false;
  };

  void run();
  void push(Batch batch);

  std::vector<std::string> paths_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Batch> queue_;
  bool stopping_ = false;
  Batch current_;
  std::size_t position_ = 0;
  bool finished_ = false;
  std::thread thread_;
};

// Parses one line; throws ImportInputError prefixed with `where` ("FILE:LINE: ").
Statement parse_statement_line(const std::string& line, const std::string& where);
// What is wrong with the statement's sources for an import (none, or one naming no document);
// nullopt when nothing is.
std::optional<std::string> sources_problem(const Statement& statement);

}  // namespace trame::store
