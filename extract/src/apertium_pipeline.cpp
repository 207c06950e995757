#include "apertium_pipeline.h"

#include <lttoolbox/fst_processor.h>
#include <lttoolbox/input_file.h>
#include <unicode/ustdio.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <mutex>
#include <stdexcept>

namespace trame::internal {
namespace {

// Characters the Apertium stream format reserves; the analyser needs them escaped.
bool reserved_in_stream(char c) {
  switch (c) {
    case '^': case '$': case '@': case '/': case '<': case '>':
    case '{': case '}': case '[': case ']': case '\\':
      return true;
    default:
      return false;
  }
}

// Byte length of the space character at `i` (ASCII white space, and the no-break and thin
// spaces French puts inside numbers and before ":;?!"), or 0.
std::size_t space_width(std::string_view text, std::size_t i) {
  if (std::isspace(static_cast<unsigned char>(text[i]))) return 1;
  if (text.compare(i, 2, "\u00a0") == 0) return 2;
  if (text.compare(i, 3, "\u202f") == 0 || text.compare(i, 3, "\u2009") == 0) return 3;
  return 0;
}

std::string escape_for_stream(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 16);
  for (char c : text) {
    if (c == '\0') {
      out += ' ';  // NUL flushes lttoolbox; the caller rejects binary input before this
      continue;
    }
    if (reserved_in_stream(c)) out += '\\';
    out += c;
  }
  return out;
}

// An analysis in the stream: its tags' angle brackets are syntax, the rest is escaped.
std::string escape_analysis(std::string_view analysis) {
  std::string out;
  out.reserve(analysis.size());
  for (char c : analysis) {
    if (c != '<' && c != '>' && reserved_in_stream(c)) out += '\\';
    out += c;
  }
  return out;
}

// Runs `write` with a UFILE that collects UTF-8 output into a string.
template <typename Fn>
std::string capture_ufile(Fn&& write) {
  char* buffer = nullptr;
  std::size_t size = 0;
  FILE* mem = open_memstream(&buffer, &size);
  if (!mem) throw std::runtime_error("cannot allocate an output buffer");
  UFILE* out = u_finit(mem, nullptr, "UTF-8");
  write(out);
  u_fflush(out);
  u_fclose(out);  // leaves `mem` open: u_finit does not own it
  fclose(mem);
  std::string result(buffer, size);
  free(buffer);
  return result;
}

Morpheme parse_morpheme(std::string_view text) {
  Morpheme m;
  std::size_t lt = text.find('<');
  m.lemma = std::string(text.substr(0, lt));
  while (lt != std::string_view::npos) {
    std::size_t gt = text.find('>', lt);
    if (gt == std::string_view::npos) break;
    m.tags.emplace_back(text.substr(lt + 1, gt - lt - 1));
    lt = text.find('<', gt);
  }
  return m;
}

Analysis parse_analysis(std::string_view text) {
  Analysis a;
  a.text = std::string(text);
  std::size_t start = 0;
  // '+' joins morphemes only outside tags and after a tag closed: "de<pr>+le<det>".
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+' && i > 0 && text[i - 1] == '>') {
      a.parts.push_back(parse_morpheme(text.substr(start, i - start)));
      start = i + 1;
    }
  }
  a.parts.push_back(parse_morpheme(text.substr(start)));
  return a;
}

std::string unescape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size()) ++i;
    out += text[i];
  }
  return out;
}

// Splits "surface/analysis1/analysis2" on unescaped slashes.
std::vector<std::string> split_unit(std::string_view body) {
  std::vector<std::string> fields(1);
  for (std::size_t i = 0; i < body.size(); ++i) {
    char c = body[i];
    if (c == '\\' && i + 1 < body.size()) {
      fields.back() += c;
      fields.back() += body[++i];
    } else if (c == '/') {
      fields.emplace_back();
    } else {
      fields.back() += c;
    }
  }
  return fields;
}

// Each lexical unit of an Apertium stream with the (unescaped) blank before it.
struct StreamUnit {
  std::string blank;
  std::vector<std::string> fields;  // escaped: surface, then analyses
};

std::vector<StreamUnit> parse_stream(std::string_view stream) {
  std::vector<StreamUnit> units;
  std::string blank;
  for (std::size_t i = 0; i < stream.size(); ++i) {
    char c = stream[i];
    if (c == '\\' && i + 1 < stream.size()) {
      blank += stream[++i];
    } else if (c == '^') {
      std::size_t j = i + 1;
      while (j < stream.size() && stream[j] != '$') {
        if (stream[j] == '\\') ++j;
        ++j;
      }
      StreamUnit unit;
      unit.blank = std::move(blank);
      blank.clear();
      unit.fields = split_unit(stream.substr(i + 1, j - i - 1));
      units.push_back(std::move(unit));
      i = j;
    } else if (c != '\0') {
      blank += c;
    }
  }
  return units;
}

FILE* open_or_throw(const std::filesystem::path& path) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) throw std::runtime_error("cannot read Apertium data file " + path.string());
  return f;
}

}  // namespace

bool Morpheme::has(std::string_view tag) const {
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

struct ApertiumPipeline::Impl {
  FSTProcessor analyser;
};

ApertiumPipeline::ApertiumPipeline(const std::filesystem::path& dir, const std::string& prefix)
    : impl_(std::make_unique<Impl>()) {
  const std::filesystem::path morf = dir / (prefix + ".automorf.bin");

  FILE* f = open_or_throw(morf);
  impl_->analyser.load(f);
  std::fclose(f);
  impl_->analyser.setDictionaryCaseMode(true);
  impl_->analyser.initAnalysis();
  if (!impl_->analyser.valid()) throw std::runtime_error("invalid Apertium analyser " + morf.string());

}

ApertiumPipeline::~ApertiumPipeline() = default;

std::vector<LexicalUnit> ApertiumPipeline::analyse(std::string_view text) {
  // lttoolbox keeps process-wide state too: one analysis at a time in a process.
  static std::mutex lt_mutex;
  std::lock_guard<std::mutex> lt_lock(lt_mutex);
  // A final blank makes the analyser emit the last word now: without it lttoolbox keeps
  // it pending and prints it at the start of the next call's output.
  std::string escaped = escape_for_stream(text) + "\n";
  std::string stream = capture_ufile([&](UFILE* out) {
    FILE* in = fmemopen(escaped.data(), escaped.size(), "rb");
    if (!in) throw std::runtime_error("cannot open the text for analysis");
    InputFile input;
    input.wrap(in);  // InputFile closes `in` when it goes
    impl_->analyser.analysis(input, out);
  });

  std::vector<LexicalUnit> units;
  std::size_t cursor = 0;
  // Signs the analyser treats as blanks ("-", "/", "%", "…") still matter to the grammar
  // and to UD tokenisation: each run of them between spaces becomes a punctuation unit.
  auto add_blank = [&](std::size_t from, std::size_t to) {
    std::size_t i = from;
    std::string pending;
    while (i < to) {
      std::size_t j = i;
      while (j < to && space_width(text, j) > 0) j += space_width(text, j);
      std::size_t k = j;
      while (k < to && space_width(text, k) == 0) ++k;
      if (k > j) {
        LexicalUnit p;
        p.surface = std::string(text.substr(j, k - j));
        p.begin = j;
        p.end = k;
        p.punctuation = true;
        p.blank_before = pending + std::string(text.substr(i, j - i));
        pending.clear();
        units.push_back(std::move(p));
      } else {
        pending += std::string(text.substr(i, j - i));
      }
      i = k;
    }
    return pending;
  };
  for (StreamUnit& su : parse_stream(stream)) {
    LexicalUnit unit;
    unit.surface = unescape(su.fields[0]);
    // The analyser copies the text through, so blanks and surfaces tile it; searching
    // from the cursor keeps offsets right even if a blank was normalised.
    std::size_t at = text.find(unit.surface, cursor);
    if (at == std::string_view::npos) at = cursor;
    unit.blank_before = add_blank(cursor, at);
    unit.begin = at;
    unit.end = std::min(text.size(), at + unit.surface.size());
    cursor = unit.end;
    for (std::size_t i = 1; i < su.fields.size(); ++i) {
      const std::string& f = su.fields[i];
      if (!f.empty() && f[0] == '*') {
        unit.unknown = true;
        continue;
      }
      unit.analyses.push_back(parse_analysis(unescape(f)));
    }
    if (unit.analyses.empty()) unit.unknown = true;
    for (std::size_t a = 0; a < unit.analyses.size(); ++a) unit.surviving.push_back(a);
    units.push_back(std::move(unit));
  }
  add_blank(cursor, text.size());
  return units;
}

}  // namespace trame::internal
