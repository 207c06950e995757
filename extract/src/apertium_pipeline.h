// Apertium's French morphological analysis (lttoolbox) run in-process: every word of a text
// with all the readings the dictionary gives it, tied to its byte offsets in the text. The
// result equals `lt-proc -w`'s. Choosing among the readings is the tagger's work
// (tree/sentence_parser.h): it reads the sentence as a whole, which Apertium's CG-3 grammar
// and HMM tagger did less accurately and several times more slowly.
//
// Analysers may run on several threads, but lttoolbox keeps process-wide state: analyses
// take turns across the process. Parallel work wants several processes (see
// parallel_extraction.h).
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace trame::internal {

// One morpheme of an analysis: "avoir" + {vbhaver, pri, p3, sg}.
struct Morpheme {
  std::string lemma;
  std::vector<std::string> tags;

  bool has(std::string_view tag) const;
};

// One reading of a lexical unit. Contractions have several morphemes ("du" is de<pr> +
// le<det>), so are pronouns glued to verbs ("dis-le").
struct Analysis {
  std::string text;  // the analysis as Apertium prints it, "de<pr>+le<det><def><m><sg>"
  std::vector<Morpheme> parts;
};

struct LexicalUnit {
  std::string surface;
  std::size_t begin = 0;  // byte offsets of the surface in the document
  std::size_t end = 0;
  bool unknown = false;                // no analysis in the dictionary ("*OpenAI")
  bool punctuation = false;            // a sign the analyser passed over as blank ("-", "%")
  std::vector<Analysis> analyses;      // every analysis of the dictionary
  std::vector<std::size_t> surviving;  // indices into analyses still possible (all of them)
  std::size_t chosen = 0;              // the reading words are made from (index into analyses)
  std::string blank_before;            // the text between the previous unit and this one

  const Analysis* best() const { return analyses.empty() ? nullptr : &analyses[chosen]; }
};

// The sentences of a text, each a run of lexical units.
using AnalysedSentence = std::vector<LexicalUnit>;

class ApertiumPipeline {
 public:
  // Loads `<dir>/<prefix>.automorf.bin`. Throws std::runtime_error naming the file when it
  // is missing or unreadable.
  ApertiumPipeline(const std::filesystem::path& dir, const std::string& prefix);
  ~ApertiumPipeline();
  ApertiumPipeline(const ApertiumPipeline&) = delete;
  ApertiumPipeline& operator=(const ApertiumPipeline&) = delete;

  // Morphological analysis of the whole text, units in text order.
  std::vector<LexicalUnit> analyse(std::string_view text);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace trame::internal
