#include "tree/parser_model.h"

#include <Eigen/Core>
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <numeric>
#include <stdexcept>

#include "text_util.h"
#include "tree/spanning_tree.h"

namespace trame::internal {

// The bytes of extract/data/parser.model, linked in (see extract/CMakeLists.txt).
extern "C" const char trame_parser_model_start[];
extern "C" const char trame_parser_model_end[];

namespace {

constexpr std::string_view kMagic = "trame-parser-model 1\n";

std::vector<std::size_t> char_starts(std::string_view s) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) starts.push_back(i);
  return starts;
}

bool has_upper(std::string_view s) { return to_lower(s) != s; }

// A form with neither letters nor digits: "•", "«", "—", "%".
bool is_sign(std::string_view form) { return !form.empty() && !has_letter(form) && !has_digit(form); }
bool is_joining_sign(std::string_view form) { return form == "&" || form == "/" || form == "+"; }

// A number written in digits ("2024", "1,4", "6 200", "3.5") or a date ("2021-03-04"): NUM
// in every treebank.
bool is_number(std::string_view form) {
  if (form.empty() || form.front() < '0' || form.front() > '9') return false;
  int hyphens = 0;
  for (std::size_t i = 0; i < form.size(); ++i) {
    char c = form[i];
    if (c >= '0' && c <= '9') continue;
    if (c == '.' || c == ',' || c == ' ') continue;
    if (c == '-') {
      ++hyphens;
      continue;
    }
    if (form.compare(i, 2, "\u00a0") == 0 || form.compare(i, 3, "\u202f") == 0) {
      i += form.compare(i, 2, "\u00a0") == 0 ? 1 : 2;
      continue;
    }
    return false;
  }
  const bool date = hyphens == 2 && (form.size() == 10);
  return (hyphens == 0 || date) && form.back() >= '0' && form.back() <= '9';
}

}  // namespace

std::string lemma_rule(std::string_view form, std::string_view lemma) {
  if (lemma == form) return "a|0|";
  bool lower = !has_upper(lemma);
  std::string base = lower ? to_lower(form) : std::string(form);
  std::vector<std::size_t> base_chars = char_starts(base);
  std::vector<std::size_t> lemma_chars = char_starts(lemma);
  std::size_t common = 0;  // code points in common at the start
  while (common < base_chars.size() && common < lemma_chars.size()) {
    std::size_t b_end = common + 1 < base_chars.size() ? base_chars[common + 1] : base.size();
    std::size_t l_end = common + 1 < lemma_chars.size() ? lemma_chars[common + 1] : lemma.size();
    if (base.substr(base_chars[common], b_end - base_chars[common]) !=
        lemma.substr(lemma_chars[common], l_end - lemma_chars[common]))
      break;
    ++common;
  }
  std::size_t strip = base_chars.size() - common;
  std::string append(common < lemma_chars.size() ? lemma.substr(lemma_chars[common]) : "");
  return std::string(lower ? "l" : "a") + "|" + std::to_string(strip) + "|" + append;
}

std::string apply_lemma_rule(std::string_view form, std::string_view rule) {
  std::size_t bar1 = rule.find('|');
  std::size_t bar2 = rule.find('|', bar1 + 1);
  if (bar1 == std::string_view::npos || bar2 == std::string_view::npos) return std::string(form);
  std::string base = rule[0] == 'l' ? to_lower(form) : std::string(form);
  std::size_t strip = static_cast<std::size_t>(
      std::strtoul(std::string(rule.substr(bar1 + 1, bar2 - bar1 - 1)).c_str(), nullptr, 10));
  std::vector<std::size_t> chars = char_starts(base);
  if (strip > chars.size()) return std::string(form);
  base.resize(strip == 0 ? base.size() : chars[chars.size() - strip]);
  base += rule.substr(bar2 + 1);
  return base.empty() ? std::string(form) : base;
}

std::vector<int> ParserModel::tag_group_sizes() const {
  std::vector<int> sizes{static_cast<int>(upos.size())};
  for (const FeatureGroup& g : feature_groups) sizes.push_back(static_cast<int>(g.values.size()));
  sizes.push_back(static_cast<int>(lemma_rules.size()));
  return sizes;
}

void ParserModel::index_vocabularies() {
  word_index.clear();
  for (std::size_t i = 0; i < words.size(); ++i) word_index[words[i]] = static_cast<int>(i);
  feature_index.clear();
  for (std::size_t i = 0; i < features.size(); ++i)
    feature_index[features[i]] = static_cast<int>(i);
  lemma_rule_index.clear();
  for (std::size_t i = 0; i < lemma_rules.size(); ++i)
    lemma_rule_index[lemma_rules[i]] = static_cast<int>(i);
}

EncodedSentence ParserModel::encode(const std::vector<std::string>& forms, DictionaryLookup& lookup,
                                    const std::string* tb) const {
  EncodedSentence s;
  s.words.resize(forms.size() + 1);
  s.words[0].word = 1;
  if (auto it = feature_index.find("<root>"); it != feature_index.end())
    s.words[0].features.push_back(it->second);
  int treebank_feature = -1;
  if (const std::string& name = tb ? *tb : treebank; !name.empty())
    if (auto it = feature_index.find("tb:" + name); it != feature_index.end())
      treebank_feature = it->second;
  if (treebank_feature >= 0) s.words[0].features.push_back(treebank_feature);
  lookup.prepare(forms);
  for (std::size_t i = 0; i < forms.size(); ++i) {
    EncodedSentence::Word& w = s.words[i + 1];
    auto it = word_index.find(normalised_form(forms[i]));
    w.word = it == word_index.end() ? 0 : it->second;
    static const std::vector<Analysis> kNone;
    const std::vector<Analysis>& readings = lookup.readings(forms[i]);
    const std::vector<Analysis>& lower =
        starts_upper(forms[i]) ? lookup.readings(to_lower(forms[i])) : kNone;
    for (const std::string& f : word_features(forms[i], readings, lower))
      if (auto fi = feature_index.find(f); fi != feature_index.end())
        w.features.push_back(fi->second);
    if (treebank_feature >= 0) w.features.push_back(treebank_feature);
  }
  return s;
}

std::vector<std::vector<WordAnalysis>> ParserModel::analyse(
    const std::vector<EncodedSentence>& sentences,
    const std::vector<std::vector<std::string>>& forms) const {
  std::vector<std::vector<WordAnalysis>> out(sentences.size());
  // Sentences of similar lengths together: little padding.
  std::vector<std::size_t> order(sentences.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return sentences[a].size() < sentences[b].size();
  });
  // Up to 32 sentences a batch, and no more than 2,048 positions once padded to the longest,
  // so that the batch's matrices stay a few megabytes whatever the sentences' lengths.
  const std::size_t kBatch = 32;
  const std::size_t kPositions = 2048;
  const int root_label =
      static_cast<int>(std::find(labels.begin(), labels.end(), "root") - labels.begin());
  for (std::size_t start = 0, next = 0; start < order.size(); start = next) {
    std::vector<const EncodedSentence*> batch;
    for (next = start; next < order.size() && next - start < kBatch; ++next) {
      // Sentences come shortest first: the one added is the longest of the batch.
      const std::size_t longest = static_cast<std::size_t>(sentences[order[next]].size());
      if (!batch.empty() && longest * (batch.size() + 1) > kPositions) break;
      batch.push_back(&sentences[order[next]]);
    }
    std::vector<SentenceScores> scores = network_.score(batch);
    for (std::size_t k = 0; k < batch.size(); ++k) {
      const std::size_t index = order[start + k];
      const SentenceScores& sc = scores[k];
      const int n = batch[k]->size();
      std::vector<int> heads = best_tree(sc.arcs);
      neural::Matrix label_scores = network_.label_scores(sc, heads);
      std::vector<WordAnalysis>& words_out = out[index];
      words_out.resize(static_cast<std::size_t>(n - 1));
      for (int d = 1; d < n; ++d) {
        WordAnalysis& w = words_out[static_cast<std::size_t>(d - 1)];
        const std::string& form = forms[index][static_cast<std::size_t>(d - 1)];
        w.head = heads[static_cast<std::size_t>(d)];
        auto label = label_scores.col(d - 1);
        if (w.head == 0) {
          w.deprel = "root";
        } else {
          if (root_label < label.size()) label(root_label) = -1e30f;
          Eigen::Index best;
          label.maxCoeff(&best);
          w.deprel = labels[static_cast<std::size_t>(best)];
        }
        auto tags = sc.tags.col(d);
        int row = 0;
        Eigen::Index best;
        {
          neural::Vector scores = tags.segment(row, static_cast<Eigen::Index>(upos.size()));
          // A number in digits is a numeral; a sign that is neither a letter nor a digit is
          // punctuation or a symbol ("•", "»"), whatever its neighbours; a few signs also
          // join words ("&", "/", "+").
          if (is_number(form))
            for (std::size_t u = 0; u < upos.size(); ++u)
              if (upos[u] != "NUM") scores(static_cast<Eigen::Index>(u)) = -1e30f;
          if (is_sign(form))
            for (std::size_t u = 0; u < upos.size(); ++u)
              if (upos[u] != "PUNCT" && upos[u] != "SYM" &&
                  !(is_joining_sign(form) && (upos[u] == "CCONJ" || upos[u] == "ADP")))
                scores(static_cast<Eigen::Index>(u)) = -1e30f;
          scores.maxCoeff(&best);
        }
        w.upos = upos[static_cast<std::size_t>(best)];
        row += static_cast<int>(upos.size());
        std::string feats;
        for (const FeatureGroup& g : feature_groups) {
          tags.segment(row, static_cast<Eigen::Index>(g.values.size())).maxCoeff(&best);
          row += static_cast<int>(g.values.size());
          const std::string& value = g.values[static_cast<std::size_t>(best)];
          if (value.empty()) continue;
          if (!feats.empty()) feats += '|';
          feats += g.name + "=" + value;
        }
        w.feats = feats.empty() ? "_" : feats;
        tags.segment(row, static_cast<Eigen::Index>(lemma_rules.size())).maxCoeff(&best);
        w.lemma = apply_lemma_rule(form, lemma_rules[static_cast<std::size_t>(best)]);
      }
    }
  }
  return out;
}

std::string ParserModel::serialise() const {
  nlohmann::json header;
  const NetworkShape& s = network_.shape();
  header["shape"] = {{"words", s.words},
                     {"features", s.features},
                     {"word_dim", s.word_dim},
                     {"feature_dim", s.feature_dim},
                     {"lstm_layers", s.lstm_layers},
                     {"lstm_hidden", s.lstm_hidden},
                     {"arc_dim", s.arc_dim},
                     {"label_dim", s.label_dim},
                     {"tag_dim", s.tag_dim},
                     {"labels", s.labels},
                     {"tag_groups", s.tag_groups}};
  header["words"] = words;
  header["features"] = features;
  header["labels"] = labels;
  header["upos"] = upos;
  nlohmann::json groups = nlohmann::json::array();
  for (const FeatureGroup& g : feature_groups)
    groups.push_back({{"name", g.name}, {"values", g.values}});
  header["feature_groups"] = groups;
  header["lemma_rules"] = lemma_rules;
  header["treebank"] = treebank;
  header["provenance"] = provenance_;
  std::string text = header.dump();
  std::string out(kMagic);
  out += std::to_string(text.size()) + "\n" + text;
  const_cast<NetworkWeights&>(network_.weights()).each([&](float* data, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
      Eigen::half h(data[i]);
      std::uint16_t bits = Eigen::numext::bit_cast<std::uint16_t>(h);
      out += static_cast<char>(bits & 0xFF);
      out += static_cast<char>(bits >> 8);
    }
  });
  return out;
}

ParserModel ParserModel::parse(std::string_view bytes) {
  auto fail = [](const std::string& why) {
    throw std::runtime_error("not a trame parser model: " + why);
  };
  if (bytes.substr(0, kMagic.size()) != kMagic) fail("bad first line");
  std::size_t pos = kMagic.size();
  std::size_t nl = bytes.find('\n', pos);
  if (nl == std::string_view::npos) fail("no header length");
  std::size_t length = std::strtoul(std::string(bytes.substr(pos, nl - pos)).c_str(), nullptr, 10);
  pos = nl + 1;
  if (pos + length > bytes.size()) fail("header cut short");
  nlohmann::json header = nlohmann::json::parse(bytes.substr(pos, length));
  pos += length;
  ParserModel m;
  NetworkShape s;
  const nlohmann::json& js = header.at("shape");
  s.words = js.at("words");
  s.features = js.at("features");
  s.word_dim = js.at("word_dim");
  s.feature_dim = js.at("feature_dim");
  s.lstm_layers = js.at("lstm_layers");
  s.lstm_hidden = js.at("lstm_hidden");
  s.arc_dim = js.at("arc_dim");
  s.label_dim = js.at("label_dim");
  s.tag_dim = js.at("tag_dim");
  s.labels = js.at("labels");
  s.tag_groups = js.at("tag_groups").get<std::vector<int>>();
  m.words = header.at("words").get<std::vector<std::string>>();
  m.features = header.at("features").get<std::vector<std::string>>();
  m.labels = header.at("labels").get<std::vector<std::string>>();
  m.upos = header.at("upos").get<std::vector<std::string>>();
  for (const nlohmann::json& g : header.at("feature_groups"))
    m.feature_groups.push_back({g.at("name"), g.at("values").get<std::vector<std::string>>()});
  m.lemma_rules = header.at("lemma_rules").get<std::vector<std::string>>();
  m.treebank = header.value("treebank", "");
  m.provenance_ = header.value("provenance", nlohmann::json::object());
  if (static_cast<int>(m.words.size()) != s.words ||
      static_cast<int>(m.features.size()) != s.features ||
      static_cast<int>(m.labels.size()) != s.labels || m.tag_group_sizes() != s.tag_groups)
    fail("vocabularies do not match the shape");
  m.network_ = ParserNetwork(s, 0);
  bool short_data = false;
  m.network_.weights().each([&](float* data, std::size_t n) {
    if (pos + 2 * n > bytes.size()) {
      short_data = true;
      return;
    }
    for (std::size_t i = 0; i < n; ++i) {
      std::uint16_t bits =
          static_cast<std::uint16_t>(static_cast<unsigned char>(bytes[pos]) |
                                     (static_cast<unsigned char>(bytes[pos + 1]) << 8));
      data[i] = static_cast<float>(Eigen::numext::bit_cast<Eigen::half>(bits));
      pos += 2;
    }
  });
  if (short_data) fail("weights cut short");
  if (pos != bytes.size()) fail("bytes after the weights");
  m.index_vocabularies();
  return m;
}

const ParserModel& ParserModel::built_in() {
  static const ParserModel model = [] {
    if (const char* path = std::getenv("TRAME_PARSER_MODEL"); path && *path) {
      std::ifstream in(path, std::ios::binary);
      if (!in) throw std::runtime_error(std::string(path) + ": cannot read the parser model");
      std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      return parse(bytes);
    }
    return parse(std::string_view(
        trame_parser_model_start,
        static_cast<std::size_t>(trame_parser_model_end - trame_parser_model_start)));
  }();
  return model;
}

}  // namespace trame::internal
