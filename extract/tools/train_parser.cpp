// Trains trame's tagger and parser (extract/src/tree/parser_model.h) on Universal
// Dependencies treebanks; run through scripts/train-models, which names the treebanks.
//
//   train_parser --train A.conllu B.conllu:1-1100 --eval B.conllu:1101- --out MODEL [options]
//
// A file may be followed by a range of its sentences (1-based, inclusive; an open end runs
// to the last one), so that one treebank can give both training and held-out sentences.
// Every 20th sentence of the training files is kept out of training to choose the epoch
// (the weights of the epoch with the best LAS on them are kept); --eval files are only
// measured, at the end. Deterministic: the same files and options give the same model
// (fixed seed, fixed order of every sum).
#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <set>
#include <stdexcept>
#include <thread>

#include "apertium_pipeline.h"
#include "text_util.h"
#include "tree/parser_model.h"
#include "tree/treebank.h"

using namespace trame::internal;

namespace {

struct Corpus {
  std::string name;
  std::vector<TreebankSentence> sentences;
  std::vector<EncodedSentence> encoded;
};

std::vector<std::string> forms_of(const TreebankSentence& s) {
  std::vector<std::string> forms;
  for (const TreebankWord& w : s.words) forms.push_back(w.form);
  return forms;
}

// Reads "PATH" or "PATH:FROM-TO" (sentences FROM to TO, 1-based; "PATH:FROM-" to the end).
std::vector<TreebankSentence> read_part(const std::string& spec) {
  std::size_t colon = spec.rfind(':');
  std::size_t dash = colon == std::string::npos ? std::string::npos : spec.find('-', colon);
  if (colon == std::string::npos || dash == std::string::npos ||
      spec.find_first_not_of("0123456789-", colon + 1) != std::string::npos)
    return read_conllu_file(spec);
  std::vector<TreebankSentence> all = read_conllu_file(spec.substr(0, colon));
  std::size_t from = std::stoul(spec.substr(colon + 1, dash - colon - 1));
  std::size_t to = dash + 1 < spec.size() ? std::stoul(spec.substr(dash + 1)) : all.size();
  if (from < 1 || to > all.size() || from > to)
    throw std::runtime_error(spec + ": no such range of sentences (the file has " +
                             std::to_string(all.size()) + ")");
  return std::vector<TreebankSentence>(all.begin() + static_cast<std::ptrdiff_t>(from - 1),
                                       all.begin() + static_cast<std::ptrdiff_t>(to));
}

std::string universal(const std::string& deprel) { return deprel.substr(0, deprel.find(':')); }

// Splits "A=B|C=D" into pairs.
std::vector<std::pair<std::string, std::string>> split_feats(const std::string& feats) {
  std::vector<std::pair<std::string, std::string>> out;
  if (feats == "_" || feats.empty()) return out;
  std::size_t start = 0;
  while (start <= feats.size()) {
    std::size_t bar = feats.find('|', start);
    std::string item = feats.substr(start, bar - start);
    std::size_t eq = item.find('=');
    if (eq != std::string::npos) out.emplace_back(item.substr(0, eq), item.substr(eq + 1));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return out;
}

// "des" and "du" as determiners, written as trame's tokeniser first writes them: the
// preposition and the article ("des" = "de" + "les"). The preposition carries the
// determiner's analysis; the tagger learns to tell the two readings apart, and trame puts
// the word back together when it reads a determiner (tree/sentence_parser.cpp).
void split_indefinite_determiners(TreebankSentence& s) {
  std::vector<bool> in_token(s.words.size() + 2, false);
  for (const TreebankToken& t : s.multiword_tokens)
    for (int k = t.first; k <= t.last; ++k) in_token[static_cast<std::size_t>(k)] = true;
  for (std::size_t k = s.words.size(); k-- > 0;) {
    TreebankWord& w = s.words[k];
    std::string lower = to_lower(w.form);
    if (in_token[k + 1] || w.upos != "DET" || (lower != "des" && lower != "du")) continue;
    const int id = static_cast<int>(k) + 1;
    TreebankWord article;
    article.form = lower == "des" ? "les" : "le";
    article.lemma = "le";
    article.upos = "DET";
    article.feats = lower == "des" ? "Definite=Def|Number=Plur|PronType=Art"
                                   : "Definite=Def|Gender=Masc|Number=Sing|PronType=Art";
    // Both words hang on the noun, as the article of a contraction does: "des pommes" and
    // "le prix des pommes" then differ only in the first word's reading and relation.
    article.head = w.head == 0 ? id : w.head > id ? w.head + 1 : w.head;
    article.deprel = "det";
    for (TreebankWord& other : s.words)
      if (other.head > id) ++other.head;
    w.form = starts_upper(w.form) ? "De" : "de";
    s.words.insert(s.words.begin() + static_cast<std::ptrdiff_t>(k) + 1, article);
  }
}

struct Scores {
  std::size_t words = 0, upos = 0, feats = 0, lemma = 0, uas = 0, las = 0;
  void print(const std::string& name) const {
    double n = static_cast<double>(std::max<std::size_t>(1, words));
    std::printf("%-34s words %6zu  UPOS %.4f  feats %.4f  lemma %.4f  UAS %.4f  LAS %.4f\n",
                name.c_str(), words, upos / n, feats / n, lemma / n, uas / n, las / n);
    std::fflush(stdout);
  }
  double las_share() const { return words ? static_cast<double>(las) / words : 0; }
};

Scores evaluate(const ParserModel& model, const std::vector<const TreebankSentence*>& gold,
                const std::vector<const EncodedSentence*>& encoded) {
  Scores sc;
  std::vector<EncodedSentence> copies;
  std::vector<std::vector<std::string>> forms;
  for (std::size_t i = 0; i < gold.size(); ++i) {
    copies.push_back(*encoded[i]);
    forms.push_back(forms_of(*gold[i]));
  }
  std::vector<std::vector<WordAnalysis>> out = model.analyse(copies, forms);
  for (std::size_t i = 0; i < gold.size(); ++i) {
    for (std::size_t k = 0; k < gold[i]->words.size(); ++k) {
      const TreebankWord& g = gold[i]->words[k];
      const WordAnalysis& p = out[i][k];
      ++sc.words;
      sc.upos += g.upos == p.upos;
      sc.feats += g.feats == p.feats;
      sc.lemma += to_lower(g.lemma) == to_lower(p.lemma);
      bool head = g.head == p.head;
      sc.uas += head;
      sc.las += head && universal(g.deprel) == universal(p.deprel);
    }
  }
  return sc;
}

}  // namespace

int train(int argc, char** argv);

// The weight of the past in the moving average of the weights: about the last thousand
// steps (ten epochs) count.
constexpr float kAverageDecay = 0.999f;

int main(int argc, char** argv) {
  try {
    return train(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "train_parser: %s\n", e.what());
    return 2;
  }
}

int train(int argc, char** argv) {
  CLI::App app{"Trains trame's tagger and parser on UD treebanks"};
  std::vector<std::string> train_files, eval_files;
  std::string out_path;
  int epochs = 30;
  std::uint64_t seed = 1;
  int batch_words = 1500;
  float learning_rate = 2e-3f;
  int min_word_count = 2;
  int min_feature_count = 2;
  int validation_every = 20;
  NetworkShape shape;
  TrainingOptions options;
  std::string provenance_note;
  std::string treebank_feature;
  app.add_option("--train", train_files, "training treebanks")->required();
  app.add_option("--eval", eval_files, "held-out treebanks, measured at the end");
  app.add_option("--out", out_path, "model file to write")->required();
  app.add_option("--epochs", epochs);
  app.add_option("--seed", seed);
  app.add_option("--batch-words", batch_words);
  app.add_option("--learning-rate", learning_rate);
  app.add_option("--min-word-count", min_word_count);
  app.add_option("--min-feature-count", min_feature_count);
  app.add_option("--validation-every", validation_every);
  app.add_option("--word-dim", shape.word_dim);
  app.add_option("--feature-dim", shape.feature_dim);
  app.add_option("--lstm-layers", shape.lstm_layers);
  app.add_option("--lstm-hidden", shape.lstm_hidden);
  app.add_option("--arc-dim", shape.arc_dim);
  app.add_option("--label-dim", shape.label_dim);
  app.add_option("--tag-dim", shape.tag_dim);
  app.add_option("--dropout", options.dropout);
  app.add_option("--word-dropout", options.word_dropout);
  app.add_option("--note", provenance_note, "free text kept in the model's provenance");
  app.add_option("--treebank-feature", treebank_feature,
                 "give every word its treebank as a feature, and read text as this treebank");
  CLI11_PARSE(app, argc, argv);
  const auto started = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  };

  // Treebanks: every `validation_every`-th training sentence is kept for choosing the epoch.
  std::vector<Corpus> evals;
  std::vector<TreebankSentence> train, validation;
  for (const std::string& f : train_files) {
    std::vector<TreebankSentence> sentences = read_part(f);
    for (TreebankSentence& s : sentences) split_indefinite_determiners(s);
    for (std::size_t i = 0; i < sentences.size(); ++i)
      ((i % static_cast<std::size_t>(validation_every)) ==
               static_cast<std::size_t>(validation_every - 1)
           ? validation
           : train)
          .push_back(std::move(sentences[i]));
  }
  for (const std::string& f : eval_files) {
    evals.push_back({f, read_part(f), {}});
    for (TreebankSentence& s : evals.back().sentences) split_indefinite_determiners(s);
  }

  // Vocabularies from the training part.
  ApertiumPipeline pipeline(TRAME_APERTIUM_DIR, TRAME_APERTIUM_PREFIX);
  DictionaryLookup lookup(pipeline);
  {
    std::vector<std::string> all_forms;
    auto add_forms = [&](const std::vector<TreebankSentence>& sentences) {
      for (const TreebankSentence& s : sentences)
        for (const TreebankWord& w : s.words) all_forms.push_back(w.form);
    };
    add_forms(train);
    add_forms(validation);
    for (const Corpus& c : evals) add_forms(c.sentences);
    std::sort(all_forms.begin(), all_forms.end());
    all_forms.erase(std::unique(all_forms.begin(), all_forms.end()), all_forms.end());
    lookup.prepare(all_forms);
  }
  std::fprintf(stderr, "dictionary looked up (%.1f s)\n", elapsed());

  ParserModel model;
  std::map<std::string, int> word_counts, feature_counts, rule_counts;
  std::set<std::string> labels, upos;
  std::map<std::string, std::set<std::string>> feature_values;
  for (const TreebankSentence& s : train)
    for (const TreebankWord& w : s.words) {
      ++word_counts[normalised_form(w.form)];
      static const std::vector<Analysis> kNone;
      const std::vector<Analysis>& lower =
          starts_upper(w.form) ? lookup.readings(to_lower(w.form)) : kNone;
      for (const std::string& f : word_features(w.form, lookup.readings(w.form), lower))
        ++feature_counts[f];
      if (!treebank_feature.empty()) ++feature_counts["tb:" + s.treebank];
      labels.insert(w.deprel);
      upos.insert(w.upos);
      for (auto& [k, v] : split_feats(w.feats)) feature_values[k].insert(v);
      ++rule_counts[lemma_rule(w.form, w.lemma)];
    }
  model.words = {"<unknown>", "<root>"};
  for (auto& [w, c] : word_counts)
    if (c >= min_word_count) model.words.push_back(w);
  model.features = {"<root>"};
  for (auto& [f, c] : feature_counts)
    if (c >= min_feature_count) model.features.push_back(f);
  model.labels.assign(labels.begin(), labels.end());
  model.upos.assign(upos.begin(), upos.end());
  for (auto& [name, values] : feature_values) {
    ParserModel::FeatureGroup g{name, {""}};
    g.values.insert(g.values.end(), values.begin(), values.end());
    model.feature_groups.push_back(std::move(g));
  }
  for (auto& [r, c] : rule_counts)
    if (c >= 2) model.lemma_rules.push_back(r);
  model.treebank = treebank_feature;
  model.index_vocabularies();
  shape.words = static_cast<int>(model.words.size());
  shape.features = static_cast<int>(model.features.size());
  shape.labels = static_cast<int>(model.labels.size());
  shape.tag_groups = model.tag_group_sizes();
  std::fprintf(stderr,
               "%zu training sentences, %zu for choosing the epoch; %d words, %d features, %d "
               "relations, %zu feature groups, %zu lemma rules\n",
               train.size(), validation.size(), shape.words, shape.features, shape.labels,
               model.feature_groups.size(), model.lemma_rules.size());

  // Gold analyses as the network's targets.
  // With treebank features, four sentences in five name their treebank, so that the model
  // also learns to read without.
  std::size_t encoded_count = 0;
  auto encode_gold = [&](const TreebankSentence& s, bool training) {
    const std::string none;
    const bool named = !treebank_feature.empty() && ++encoded_count % 5 != 0;
    // Held-out sentences are read as trame reads text: with the model's own treebank.
    EncodedSentence e = !training ? model.encode(forms_of(s), lookup)
                                  : model.encode(forms_of(s), lookup, named ? &s.treebank : &none);
    const std::size_t n = s.words.size() + 1;
    e.heads.assign(n, -1);
    e.labels.assign(n, 0);
    e.tags.assign(n, std::vector<int>(shape.tag_groups.size(), -1));
    for (std::size_t k = 0; k < s.words.size(); ++k) {
      const TreebankWord& w = s.words[k];
      e.heads[k + 1] = w.head;
      auto label = std::find(model.labels.begin(), model.labels.end(), w.deprel);
      if (label == model.labels.end())
        e.heads[k + 1] = -1;
      else
        e.labels[k + 1] = static_cast<int>(label - model.labels.begin());
      std::vector<int>& tags = e.tags[k + 1];
      auto u = std::find(model.upos.begin(), model.upos.end(), w.upos);
      tags[0] = u == model.upos.end() ? -1 : static_cast<int>(u - model.upos.begin());
      auto feats = split_feats(w.feats);
      for (std::size_t g = 0; g < model.feature_groups.size(); ++g) {
        const ParserModel::FeatureGroup& group = model.feature_groups[g];
        int value = 0;
        for (auto& [key, v] : feats)
          if (key == group.name) {
            auto it = std::find(group.values.begin(), group.values.end(), v);
            value = it == group.values.end() ? -1 : static_cast<int>(it - group.values.begin());
          }
        tags[g + 1] = value;
      }
      auto rule = model.lemma_rule_index.find(lemma_rule(w.form, w.lemma));
      tags.back() = rule == model.lemma_rule_index.end() ? -1 : rule->second;
    }
    return e;
  };
  std::vector<EncodedSentence> train_encoded, validation_encoded;
  for (const TreebankSentence& s : train) train_encoded.push_back(encode_gold(s, true));
  for (const TreebankSentence& s : validation) validation_encoded.push_back(encode_gold(s, false));
  for (Corpus& c : evals)
    for (const TreebankSentence& s : c.sentences) c.encoded.push_back(encode_gold(s, false));
  std::vector<const TreebankSentence*> validation_gold;
  std::vector<const EncodedSentence*> validation_ptrs;
  for (std::size_t i = 0; i < validation.size(); ++i) {
    validation_gold.push_back(&validation[i]);
    validation_ptrs.push_back(&validation_encoded[i]);
  }

  // Batches of sentences of similar length, about `batch_words` words each.
  std::vector<std::size_t> by_length(train_encoded.size());
  for (std::size_t i = 0; i < by_length.size(); ++i) by_length[i] = i;
  std::stable_sort(by_length.begin(), by_length.end(), [&](std::size_t a, std::size_t b) {
    return train_encoded[a].size() < train_encoded[b].size();
  });
  std::vector<std::vector<std::size_t>> batches(1);
  int words_in_batch = 0;
  for (std::size_t i : by_length) {
    if (words_in_batch >= batch_words) {
      batches.emplace_back();
      words_in_batch = 0;
    }
    batches.back().push_back(i);
    words_in_batch += train_encoded[i].size() - 1;
  }

  ParserNetwork network(shape, seed);
  model.set_network(network);
  neural::Random random(seed * 7919 + 17);
  neural::Adam adam(learning_rate, 0.9f, 0.9f);
  NetworkWeights gradients[2] = {network.weights().zeros_like(), network.weights().zeros_like()};
  std::vector<float*> values;
  std::vector<const float*> grads;
  std::vector<std::size_t> sizes;
  network.weights().each([&](float* d, std::size_t n) {
    values.push_back(d);
    sizes.push_back(n);
  });
  gradients[0].each([&](float* d, std::size_t) { grads.push_back(d); });

  // The weights measured and kept are a moving average of the trained ones (Polyak
  // averaging), which generalises better than any single step's.
  NetworkWeights averaged = network.weights();
  std::vector<float*> averaged_values;
  averaged.each([&](float* d, std::size_t) { averaged_values.push_back(d); });
  ParserNetwork averaged_network = network;

  double best_las = -1;
  int best_epoch = 0;
  NetworkWeights best_weights = network.weights();
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    // The learning rate stays for the first half, then falls along a cosine to a
    // twentieth.
    const double progress = std::max(0.0, (epoch - 1 - epochs / 2.0) / std::max(1.0, epochs / 2.0));
    const double pi = std::acos(-1.0);
    adam.set_learning_rate(static_cast<float>(
        learning_rate * (0.05 + 0.95 * 0.5 * (1 + std::cos(pi * std::min(1.0, progress))))));
    // Shuffle the batches (Fisher-Yates with our own generator: the same on every platform).
    for (std::size_t i = batches.size(); i > 1; --i)
      std::swap(batches[i - 1], batches[random.below(i)]);
    double loss = 0;
    std::size_t words = 0;
    for (const std::vector<std::size_t>& batch : batches) {
      // Two halves with about as many words each, one a thread.
      std::vector<const EncodedSentence*> halves[2];
      int batch_total = 0;
      for (std::size_t i : batch) batch_total += train_encoded[i].size() - 1;
      int first_half = 0;
      for (std::size_t i : batch) {
        bool first = first_half * 2 < batch_total;
        halves[first ? 0 : 1].push_back(&train_encoded[i]);
        if (first) first_half += train_encoded[i].size() - 1;
      }
      std::uint64_t seeds[2] = {random.next(), random.next()};
      double losses[2] = {0, 0};
      auto work = [&](int h) {
        gradients[h].set_zero();
        if (halves[h].empty()) return;
        neural::Random r(seeds[h]);
        losses[h] = network.train(halves[h], options, r, gradients[h]);
      };
      std::thread other(work, 1);
      work(0);
      other.join();
      gradients[0].add(gradients[1]);
      // Mean over the batch's words, clipped to norm 5.
      double norm = 0;
      const float scale = 1.0f / static_cast<float>(std::max(1, batch_total));
      gradients[0].each([&](float* d, std::size_t n) {
        for (std::size_t i = 0; i < n; ++i) {
          d[i] *= scale;
          norm += static_cast<double>(d[i]) * d[i];
        }
      });
      norm = std::sqrt(norm);
      if (norm > 5.0) {
        const float clip = static_cast<float>(5.0 / norm);
        gradients[0].each([&](float* d, std::size_t n) {
          for (std::size_t i = 0; i < n; ++i) d[i] *= clip;
        });
      }
      adam.step(values, grads, sizes);
      for (std::size_t k = 0; k < values.size(); ++k) {
        float* avg = averaged_values[k];
        const float* now = values[k];
        for (std::size_t i = 0; i < sizes[k]; ++i)
          avg[i] += (1.0f - kAverageDecay) * (now[i] - avg[i]);
      }
      loss += losses[0] + losses[1];
      words += static_cast<std::size_t>(batch_total);
    }
    averaged_network.weights() = averaged;
    model.set_network(averaged_network);
    Scores v = evaluate(model, validation_gold, validation_ptrs);
    std::printf("epoch %2d  loss %.4f  (%.0f s)  ", epoch, loss / std::max<std::size_t>(1, words),
                elapsed());
    v.print("validation");
    if (v.las_share() > best_las) {
      best_las = v.las_share();
      best_epoch = epoch;
      best_weights = averaged;
    }
  }
  network.weights() = best_weights;
  model.set_network(network);
  std::printf("kept epoch %d (validation LAS %.4f)\n", best_epoch, best_las);
  for (Corpus& c : evals) {
    std::vector<const TreebankSentence*> gold;
    std::vector<const EncodedSentence*> enc;
    for (std::size_t i = 0; i < c.sentences.size(); ++i) {
      gold.push_back(&c.sentences[i]);
      enc.push_back(&c.encoded[i]);
    }
    std::string name = c.name.substr(c.name.find_last_of('/') + 1);
    evaluate(model, gold, enc).print(name);
  }
  nlohmann::json provenance;
  std::vector<std::string> train_names;
  for (const std::string& f : train_files) train_names.push_back(f.substr(f.find_last_of('/') + 1));
  provenance["trained_on"] = train_names;
  provenance["held_out_for_epochs"] = "every " + std::to_string(validation_every) + "th sentence";
  provenance["epochs"] = epochs;
  provenance["kept_epoch"] = best_epoch;
  provenance["seed"] = seed;
  provenance["batch_words"] = batch_words;
  provenance["learning_rate"] = learning_rate;
  provenance["dropout"] = options.dropout;
  provenance["word_dropout"] = options.word_dropout;
  if (!provenance_note.empty()) provenance["note"] = provenance_note;
  provenance["learning_rate_schedule"] = "constant for half the epochs, then cosine to 1/20";
  provenance["weights"] = "moving average of the trained weights, decay 0.999 a step";
  if (!treebank_feature.empty()) provenance["treebank_feature"] = treebank_feature;
  model.set_provenance(provenance);
  std::string bytes = model.serialise();
  FILE* f = std::fopen(out_path.c_str(), "wb");
  if (!f || std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size() || std::fclose(f) != 0) {
    std::fprintf(stderr, "%s: cannot be written\n", out_path.c_str());
    return 2;
  }
  std::fprintf(stderr, "wrote %s (%zu bytes, %.0f s)\n", out_path.c_str(), bytes.size(), elapsed());
  return 0;
}
