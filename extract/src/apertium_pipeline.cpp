#include "apertium_pipeline.h"

#include <apertium/hmm.h>
#include <cg3.h>
#include <lttoolbox/fst_processor.h>
#include <lttoolbox/input_file.h>
#include <sys/mman.h>
#include <unicode/ustdio.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <mutex>
#include <stdexcept>
#include <unordered_map>

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

class CgRuntime {
 public:
  static void ensure_initialised() {
    static std::once_flag once;
    std::call_once(once, [] {
      if (!cg3_init(stdin, stdout, stderr)) throw std::runtime_error("cannot initialise CG-3");
    });
  }
};

class MemFile {
 public:
  MemFile() { open_own(); }
  ~MemFile() { close(fd_); }
  MemFile(const MemFile&) = delete;
  MemFile& operator=(const MemFile&) = delete;

  // Replaces the content and returns a path that opens it.
  std::string write(std::string_view content) {
    // A process forked from the one that made the file shares it with that process and
    // with its other children (parallel extraction forks workers from a loaded
    // extractor): it gets a file of its own before writing.
    if (owner_ != getpid()) {
      close(fd_);
      open_own();
    }
    if (ftruncate(fd_, 0) != 0) throw std::runtime_error("cannot reset the tagger buffer");
    std::size_t done = 0;
    while (done < content.size()) {
      ssize_t n = pwrite(fd_, content.data() + done, content.size() - done, done);
      if (n <= 0) throw std::runtime_error("cannot fill the tagger buffer");
      done += static_cast<std::size_t>(n);
    }
    return "/proc/self/fd/" + std::to_string(fd_);
  }

 private:
  void open_own() {
    fd_ = memfd_create("trame-tagger-input", MFD_CLOEXEC);
    if (fd_ < 0) throw std::runtime_error("memfd_create failed");
    owner_ = getpid();
  }

  int fd_ = -1;
  pid_t owner_ = 0;
};

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
  cg3_grammar* grammar = nullptr;
  cg3_applicator* applicator = nullptr;
  std::string hmm_model;  // the .prob file's bytes
  MemFile tagger_input;
  std::unordered_map<std::string, cg3_tag*> tag_cache;

  ~Impl() {
    if (applicator) cg3_applicator_free(applicator);
    if (grammar) cg3_grammar_free(grammar);
  }

  cg3_tag* tag(const std::string& text) {
    auto it = tag_cache.find(text);
    if (it != tag_cache.end()) return it->second;
    cg3_tag* t = cg3_tag_create_u8(applicator, text.c_str());
    tag_cache.emplace(text, t);
    return t;
  }

  void fill_cg_reading(cg3_reading* reading, const Morpheme& m, bool last_cohort) {
    cg3_reading_addtag(reading, tag("\"" + m.lemma + "\""));
    for (const std::string& t : m.tags) cg3_reading_addtag(reading, tag(t));
    if (last_cohort) cg3_reading_addtag(reading, tag("<<<"));
  }

  void run_cg(AnalysedSentence& all) {
    // Signs recovered from blanks were never part of Apertium's stream: leave them out.
    std::vector<LexicalUnit*> sentence;
    for (LexicalUnit& u : all)
      if (!u.punctuation) sentence.push_back(&u);
    if (sentence.empty()) return;
    cg3_sentence* cg = cg3_sentence_new(applicator);
    std::map<cg3_reading*, std::size_t> index_of;
    for (std::size_t u = 0; u < sentence.size(); ++u) {
      LexicalUnit& unit = *sentence[u];
      bool last = u + 1 == sentence.size();
      cg3_cohort* cohort = cg3_cohort_create(cg);
      cg3_cohort_setwordform(cohort, tag("\"<" + unit.surface + ">\""));
      if (unit.analyses.empty()) {
        // Unknown words carry their surface as baseform so CG-3 sets can still see them.
        cg3_reading* reading = cg3_reading_create(cohort);
        cg3_reading_addtag(reading, tag("\"*" + unit.surface + "\""));
        if (last) cg3_reading_addtag(reading, tag("<<<"));
        cg3_cohort_addreading(cohort, reading);
      }
      for (std::size_t a = 0; a < unit.analyses.size(); ++a) {
        const Analysis& an = unit.analyses[a];
        // As cg-proc does for joined morphemes: the last is the reading, the earlier ones
        // hang under it as sub-readings.
        cg3_reading* reading = cg3_reading_create(cohort);
        fill_cg_reading(reading, an.parts.back(), last);
        cg3_reading* parent = reading;
        for (std::size_t p = an.parts.size() - 1; p-- > 0;) {
          cg3_reading* sub = cg3_subreading_create(parent);
          fill_cg_reading(sub, an.parts[p], false);
          cg3_reading_setsubreading(parent, sub);
          parent = sub;
        }
        cg3_cohort_addreading(cohort, reading);
        index_of[reading] = a;
      }
      cg3_sentence_addcohort(cg, cohort);
    }
    cg3_sentence_runrules(applicator, cg);
    // Cohort 0 of the result is the sentence start (>>>); ours follow in order.
    std::size_t n = cg3_sentence_numcohorts(cg);
    for (std::size_t c = 1; c < n && c - 1 < sentence.size(); ++c) {
      LexicalUnit& unit = *sentence[c - 1];
      unit.surviving.clear();
      cg3_cohort* cohort = cg3_sentence_getcohort(cg, c);
      std::size_t readings = cg3_cohort_numreadings(cohort);
      for (std::size_t r = 0; r < readings; ++r) {
        auto it = index_of.find(cg3_cohort_getreading(cohort, r));
        if (it != index_of.end()) unit.surviving.push_back(it->second);
      }
      std::sort(unit.surviving.begin(), unit.surviving.end());
      if (unit.surviving.empty())
        for (std::size_t a = 0; a < unit.analyses.size(); ++a) unit.surviving.push_back(a);
    }
    cg3_sentence_free(cg);
  }
};

ApertiumPipeline::ApertiumPipeline(const std::filesystem::path& dir, const std::string& prefix)
    : impl_(std::make_unique<Impl>()) {
  const std::filesystem::path morf = dir / (prefix + ".automorf.bin");
  const std::filesystem::path rlx = dir / (prefix + ".rlx.bin");
  const std::filesystem::path prob = dir / (prefix + ".prob");

  FILE* f = open_or_throw(morf);
  impl_->analyser.load(f);
  std::fclose(f);
  impl_->analyser.setDictionaryCaseMode(true);
  impl_->analyser.initAnalysis();
  if (!impl_->analyser.valid()) throw std::runtime_error("invalid Apertium analyser " + morf.string());

  CgRuntime::ensure_initialised();
  std::fclose(open_or_throw(rlx));  // a clear message before CG-3 prints its own
  impl_->grammar = cg3_grammar_load(rlx.c_str());
  if (!impl_->grammar) throw std::runtime_error("cannot load CG-3 grammar " + rlx.string());
  impl_->applicator = cg3_applicator_create(impl_->grammar);

  // The tagger model is kept as bytes: every text gets a tagger of its own (see disambiguate).
  std::ifstream model(prob, std::ios::binary);
  if (!model) throw std::runtime_error("cannot read Apertium data file " + prob.string());
  impl_->hmm_model.assign(std::istreambuf_iterator<char>(model), std::istreambuf_iterator<char>());

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
    units.push_back(std::move(unit));
  }
  add_blank(cursor, text.size());
  return units;
}

void ApertiumPipeline::disambiguate(std::vector<AnalysedSentence>& sentences) {
  // A fresh CG-3 applicator for every text: the applicator keeps earlier windows, and rules
  // that look beyond their window would otherwise read the previous document.
  // CG-3 keeps process-wide state, even across grammars and applicators: one text at a
  // time in a process (parallel ingestion runs in several processes).
  static std::mutex cg_mutex;
  std::unique_lock<std::mutex> cg_lock(cg_mutex);
  if (impl_->applicator) cg3_applicator_free(impl_->applicator);
  impl_->tag_cache.clear();
  impl_->applicator = cg3_applicator_create(impl_->grammar);
  // CG-3, one window a sentence.
  for (AnalysedSentence& s : sentences)
    if (!s.empty()) impl_->run_cg(s);

  // The HMM over the whole text: it reads an Apertium stream of what CG-3 left.
  std::string stream;
  for (const AnalysedSentence& s : sentences) {
    for (const LexicalUnit& u : s) {
      if (u.punctuation) continue;
      stream += '^';
      std::string sf = escape_for_stream(u.surface);
      stream += sf;
      if (u.analyses.empty()) {
        stream += "/*" + sf;
      } else {
        for (std::size_t a : u.surviving) {
          stream += '/';
          stream += escape_analysis(u.analyses[a].text);
        }
      }
      stream += "$ ";
    }
    stream += '\n';
  }
  cg_lock.unlock();
  std::string path = impl_->tagger_input.write(stream);
  std::string tagged = capture_ufile([&](UFILE* out) {
    // HMM hides the path overload of FILE_Tagger::tagger; call it through the base.
    // A fresh tagger for every text: the HMM carries state from one call to the next, so a
    // document's tags would depend on the document read before it. Apertium's tagger also
    // keeps process-wide state (TaggerWord's tag table, the stream lexer): one text at a
    // time in the whole process. It is the fastest stage, so threads barely wait.
    static std::mutex tagger_mutex;
    std::lock_guard<std::mutex> lock(tagger_mutex);
    HMM hmm;
    FILE* model = fmemopen(impl_->hmm_model.data(), impl_->hmm_model.size(), "rb");
    if (!model) throw std::runtime_error("cannot read the tagger model");
    hmm.deserialise(model);
    std::fclose(model);
    hmm.set_show_sf(true);
    static_cast<Apertium::FILE_Tagger&>(hmm).tagger(path.c_str(), out);
  });

  std::vector<StreamUnit> picked = parse_stream(tagged);
  std::size_t k = 0;
  for (AnalysedSentence& s : sentences) {
    for (LexicalUnit& u : s) {
      if (u.punctuation) continue;
      u.chosen = u.surviving.empty() ? 0 : u.surviving.front();
      if (k >= picked.size()) continue;
      const StreamUnit& p = picked[k++];
      if (p.fields.size() < 2 || u.analyses.empty()) continue;
      std::string choice = unescape(p.fields[1]);
      for (std::size_t a : u.surviving)
        if (u.analyses[a].text == choice) {
          u.chosen = a;
          break;
        }
    }
  }
}

}  // namespace trame::internal
