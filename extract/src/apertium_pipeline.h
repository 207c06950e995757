// Apertium's French analysis run in-process: lttoolbox morphological analysis, CG-3
// constraint-grammar disambiguation, then the HMM tagger for what CG-3 leaves ambiguous.
// The result equals the CLI pipeline `lt-proc -w | cg-proc -w | apertium-tagger -g`, with
// every lexical unit tied to its byte offsets in the text.
//
// Pipelines may run on several threads, but lttoolbox, CG-3 and the HMM tagger keep
// process-wide state: those stages take turns across the process. Parallel work wants
// several processes (see parallel_extraction.h).
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
  std::vector<std::size_t> surviving;  // indices into analyses left by CG-3
  std::size_t chosen = 0;              // the reading the HMM picked (index into analyses)
  std::string blank_before;            // the text between the previous unit and this one

  const Analysis* best() const { return analyses.empty() ? nullptr : &analyses[chosen]; }
};

// The sentences of a text, each a run of lexical units.
using AnalysedSentence = std::vector<LexicalUnit>;

class ApertiumPipeline {
 public:
  // Loads `<dir>/<prefix>.automorf.bin`, `.rlx.bin` and `.prob`. Throws std::runtime_error
  // naming the file that is missing or unreadable.
  ApertiumPipeline(const std::filesystem::path& dir, const std::string& prefix);
  ~ApertiumPipeline();
  ApertiumPipeline(const ApertiumPipeline&) = delete;
  ApertiumPipeline& operator=(const ApertiumPipeline&) = delete;

  // Morphological analysis of the whole text, units in text order.
  std::vector<LexicalUnit> analyse(std::string_view text);

  // Disambiguates sentences in place: CG-3 first (setting `surviving`), then the HMM
  // (setting `chosen`).
  void disambiguate(std::vector<AnalysedSentence>& sentences);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace trame::internal
