// The trained tagger and parser: the network (parser_network.h) with what it was trained to
// read and write: the vocabularies of words and features, the parts of speech, the
// morphological features, the lemma rules and the relations. Turns the words of a sentence
// into their analysis: part of speech, features, lemma, head and relation.
//
// Model file: a line "trame-parser-model 1", a line with the byte length of a JSON header
// (shape, vocabularies, provenance), the header, then every weight in NetworkWeights::each
// order as little-endian IEEE half floats.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tree/parser_network.h"
#include "tree/word_features.h"

namespace trame::internal {

// What the model says of one word.
struct WordAnalysis {
  std::string upos;
  std::string feats;  // "Gender=Fem|Number=Sing", or "_"
  std::string lemma;
  int head = 0;  // 1-based, 0 for the root
  std::string deprel;
};

// A lemma rule: lower-case the form or not, take off `strip` characters at the end, add
// `append` ("l|2|er": "changé" -> "changer").
std::string lemma_rule(std::string_view form, std::string_view lemma);
std::string apply_lemma_rule(std::string_view form, std::string_view rule);

class ParserModel {
 public:
  struct FeatureGroup {
    std::string name;                 // "Gender"
    std::vector<std::string> values;  // values[0] is "" (the word has none)
  };

  ParserModel() = default;

  // Reads a model file's bytes. Throws std::runtime_error when they are not one.
  static ParserModel parse(std::string_view bytes);
  std::string serialise() const;

  // The model built into trame (extract/data/parser.model), or the file named by
  // $TRAME_PARSER_MODEL.
  static const ParserModel& built_in();

  // The network's input for a sentence's words. Dictionary readings come from `lookup`.
  // `treebank` names the annotation conventions to follow (see `treebank` below); null
  // for the model's own choice.
  EncodedSentence encode(const std::vector<std::string>& forms, DictionaryLookup& lookup,
                         const std::string* treebank = nullptr) const;

  // Tags and parses sentences given as their words, several at once (faster).
  std::vector<std::vector<WordAnalysis>> analyse(
      const std::vector<EncodedSentence>& sentences,
      const std::vector<std::vector<std::string>>& forms) const;

  // Whether the form was frequent enough in training to have an embedding of its own.
  bool knows_word(std::string_view form) const {
    return word_index.count(normalised_form(form)) > 0;
  }

  const ParserNetwork& network() const { return network_; }
  ParserNetwork& network() { return network_; }
  const nlohmann::json& provenance() const { return provenance_; }

  // --- building a model (the training tool) ---
  std::unordered_map<std::string, int> word_index;
  std::vector<std::string> words;  // 0 "<unknown>", 1 "<root>"
  std::unordered_map<std::string, int> feature_index;
  std::vector<std::string> features;
  std::vector<std::string> labels;
  std::vector<std::string> upos;
  std::vector<FeatureGroup> feature_groups;
  std::vector<std::string> lemma_rules;
  std::unordered_map<std::string, int> lemma_rule_index;
  // Treebanks differ in a few conventions ("%" is a noun in Sequoia, a symbol in GSD): a
  // model trained with a feature naming each sentence's treebank reads text the way this
  // one does ("" for no treebank feature).
  std::string treebank;

  // Tag groups in network order: UPOS, every feature group, lemma rules.
  std::vector<int> tag_group_sizes() const;
  void set_network(ParserNetwork network) { network_ = std::move(network); }
  void set_provenance(nlohmann::json p) { provenance_ = std::move(p); }
  void index_vocabularies();

 private:
  ParserNetwork network_;
  nlohmann::json provenance_;
};

}  // namespace trame::internal
