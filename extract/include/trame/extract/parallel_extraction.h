// Extraction of many documents on several processes. Apertium's analysers keep
// process-wide state, so threads in one process would take turns; worker processes do not.
// Results come back in document order, so a store can write them in the order given.
#pragma once

#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

#include "trame/extract/document_source.h"
#include "trame/extract/extractor.h"

namespace trame {

// A document the extractor could not read; what() names it.
class ExtractionError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Extracts `documents` with `jobs` worker processes (1: in this process, no fork) and calls
// `deliver(i, extraction)` in the calling thread for i = 0, 1, 2… in order. Throws
// ExtractionError for a document that failed or a worker that died; the workers still
// running are stopped. Call it before opening anything that runs threads of its own (a
// RocksDB store): workers are forked from the calling process.
//
// `loaded`, if given, is an extractor of this process to work with: used directly when the
// work stays in this process (one job, or one document), and inherited by the workers,
// which share its pages (about 250 MB of Apertium data) instead of each loading their own.
// Without it, the call makes an extractor in this process or in each worker. Workers never
// destroy theirs (they end with _exit).
void extract_in_order(const std::vector<const InputDocument*>& documents, unsigned jobs,
                      const ExtractOptions& options,
                      const std::function<void(std::size_t, Extraction&&)>& deliver,
                      Extractor* loaded = nullptr);

}  // namespace trame
