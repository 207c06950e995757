// A learned second opinion on the part of speech of each word: an averaged perceptron that
// re-ranks the parts of speech a word can have (its Apertium readings, plus the classes
// French grammar lets such a word move to: a participle used as an adjective, an adjective
// used as a noun, a capitalised word as a name) given the word, its endings, the readings
// of its neighbours and the tags already chosen to its left.
//
// The model is small (features whose weights matter) and was trained on UD French-Sequoia
// *train* only, by scripts/train-tag-model; see the header lines of the model file.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "token.h"

namespace trame::internal {

inline constexpr std::size_t kUposCount = static_cast<std::size_t>(Upos::X) + 1;

// The parts of speech a word may be given, as a bit set indexed by Upos.
using UposSet = std::uint32_t;
inline UposSet upos_bit(Upos u) { return UposSet{1} << static_cast<unsigned>(u); }

// Which parts of speech the re-ranker may choose for tokens[i].
UposSet candidate_upos(const Token& token, bool sentence_initial);

// What the features of a sentence's words read besides the words themselves.
struct SentenceContext {
  std::vector<UposSet> candidates;  // candidate_upos of each word
  // Words inside a stretch of English ("The Medicines Company", "damn lies and war"):
  // around an English function word, the unknown and capitalised words next to it.
  std::vector<bool> foreign;
};
SentenceContext sentence_context(const std::vector<Token>& tokens);

// The features of tokens[i] that do not depend on the tags chosen before it.
std::vector<std::string> static_features(const std::vector<Token>& tokens, std::size_t i,
                                         const SentenceContext& context);

// Makes `upos` the token's part of speech, switching to the reading that has it when the
// dictionary gave one, and otherwise deriving lemma and tags the way UD French wants them
// (an adjectival participle's lemma is its masculine singular form).
void apply_upos(Token& token, Upos upos);

// "des"/"du" as a determiner: one word in place of the contraction "de" + "les"/"le".
Token indefinite_determiner(const Token& preposition, const Token& article);
// ... and back: the contraction's two words.
std::pair<Token, Token> preposition_and_article(const Token& determiner);

class TagModel {
 public:
  // Parses the text form written by `save`; throws std::runtime_error on malformed lines.
  static TagModel parse(std::string_view text);
  // The model built into trame (extract/data/tag_model.txt), or the file named by
  // $TRAME_TAG_MODEL.
  static const TagModel& built_in();

  bool empty() const { return weights_.empty(); }

  // Re-tags a sentence in place, left to right.
  void retag(std::vector<Token>& tokens) const;

  // The best part of speech among `allowed` for the given features.
  Upos best(const std::vector<std::string>& features, UposSet allowed) const;

  // All features of tokens[i], given the tags chosen for the two words before it.
  static void add_history_features(std::vector<std::string>& features,
                                   const std::vector<Token>& tokens, std::size_t i, Upos previous,
                                   Upos before_previous);

  // Training: one perceptron update towards `gold` away from `predicted`.
  void update(const std::vector<std::string>& features, Upos gold, Upos predicted);
  // Call once per training example seen (for averaging).
  void tick() { ++examples_; }
  // Replaces the weights by their averages over all examples seen.
  void average();
  // Adds `scale` times another model's weights (to average several models).
  void add(const TagModel& other, float scale);
  // Text form: a header of '#' lines, then "feature<TAB>UPOS=weight ..." lines, keeping
  // only weights of at least `min_weight` in absolute value.
  std::string save(const std::string& header, float min_weight) const;
  std::size_t feature_count() const { return weights_.size(); }

 private:
  using Weights = std::array<float, kUposCount>;
  // Training only, for averaging: each weight's sum over the examples seen, and the
  // example at which the weight last changed.
  struct Totals {
    std::array<double, kUposCount> sum{};
    std::array<std::int64_t, kUposCount> since{};
  };
  void bump(const std::string& feature, Upos upos, float delta);

  std::unordered_map<std::string, Weights> weights_;
  std::unordered_map<std::string, Totals> totals_;
  std::int64_t examples_ = 0;
};

}  // namespace trame::internal
