#include "trame/extract/extractor.h"

#include <cstdlib>

#include "conllu_writer.h"
#include "french_analyzer.h"

namespace trame {

namespace {

std::filesystem::path data_dir(const ExtractorConfig& config) {
  if (!config.apertium_dir.empty()) return config.apertium_dir;
  if (const char* env = std::getenv("TRAME_APERTIUM_DIR"); env && *env) return env;
  return TRAME_APERTIUM_DIR;
}

std::string data_prefix(const ExtractorConfig& config) {
  if (!config.apertium_prefix.empty()) return config.apertium_prefix;
  if (const char* env = std::getenv("TRAME_APERTIUM_PREFIX"); env && *env) return env;
  return TRAME_APERTIUM_PREFIX;
}

}  // namespace

struct Extractor::Impl {
  internal::FrenchAnalyzer analyzer;
  explicit Impl(const ExtractorConfig& config) : analyzer(data_dir(config), data_prefix(config)) {}
};

Extractor::Extractor(const ExtractorConfig& config) : impl_(std::make_unique<Impl>(config)) {}
Extractor::~Extractor() = default;

Extraction Extractor::extract(std::string_view doc, std::string_view text,
                              const ExtractOptions& options) {
  (void)doc;
  Extraction out;
  auto sentences = impl_->analyzer.analyse(text, options.one_sentence_per_line);
  out.sentences = static_cast<std::uint32_t>(sentences.size());
  return out;
}

std::string Extractor::tag_conllu(std::string_view text, const ExtractOptions& options) {
  auto sentences = impl_->analyzer.analyse(text, options.one_sentence_per_line);
  return internal::write_conllu(sentences, impl_->analyzer);
}

}  // namespace trame
