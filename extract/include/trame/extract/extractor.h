// The extractor: French text in, statements out. It reads the text with Apertium's French
// morphology (linked in-process), applies trame's clause grammar, resolves coreference
// within the document and gives every entity a canonical name.
//
// An Extractor holds the loaded linguistic data and per-run state: use one per thread.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "trame/extract/statement.h"

namespace trame {

struct ExtractorConfig {
  // Directory and file prefix of the Apertium French data; empty means the build's default
  // (overridable at run time with $TRAME_APERTIUM_DIR and $TRAME_APERTIUM_PREFIX).
  std::filesystem::path apertium_dir;
  std::string apertium_prefix;
};

struct ExtractOptions {
  // Every input line is one sentence; sentence numbers are line numbers.
  bool one_sentence_per_line = false;
  // Where to write, for every sentence, the words, chunks and predications the grammar
  // read (for people checking why a statement was or was not extracted); null for none.
  std::ostream* explain = nullptr;
};

struct Extraction {
  std::vector<Statement> statements;  // each with exactly one source
  std::uint32_t sentences = 0;        // sentences read in the document
};

class Extractor {
 public:
  explicit Extractor(const ExtractorConfig& config = {});
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Statements of one document. `doc` is the path recorded in every source.
  Extraction extract(std::string_view doc, std::string_view text,
                     const ExtractOptions& options = {});

  // Every sentence of a text with its words and dependency tree (lemma, UPOS, features,
  // head, relation), as CoNLL-U written to `out`. The text is read a few paragraphs (or,
  // with one sentence a line, a few hundred lines) at a time, so memory stays small
  // whatever its size.
  void tag_conllu(std::string_view text, std::ostream& out, const ExtractOptions& options = {});

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Why a document's bytes cannot be read as text, or nullopt when they can: empty, binary
// (NUL bytes or mostly control characters), or not valid UTF-8 (with the byte offset).
std::optional<std::string> text_problem(std::string_view bytes);

}  // namespace trame
