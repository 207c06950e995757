#include "tree/treebank.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace trame::internal {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    out.push_back(line.substr(start, tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return out;
}

}  // namespace

std::vector<TreebankSentence> read_conllu(std::istream& in, const std::string& name) {
  std::vector<TreebankSentence> sentences;
  TreebankSentence current;
  std::string line;
  std::size_t number = 0;
  auto fail = [&](const std::string& why) {
    throw std::runtime_error(name + ":" + std::to_string(number) + ": " + why);
  };
  auto flush = [&] {
    if (!current.words.empty()) sentences.push_back(std::move(current));
    current = TreebankSentence{};
  };
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      flush();
      continue;
    }
    if (line[0] == '#') {
      if (line.rfind("# sent_id = ", 0) == 0) current.id = line.substr(12);
      if (line.rfind("# text = ", 0) == 0) current.text = line.substr(9);
      continue;
    }
    std::vector<std::string> c = split_tabs(line);
    if (c.size() != 10) fail("expected 10 columns");
    if (c[0].find('.') != std::string::npos) continue;
    if (std::size_t dash = c[0].find('-'); dash != std::string::npos) {
      TreebankToken t;
      t.first = std::stoi(c[0].substr(0, dash));
      t.last = std::stoi(c[0].substr(dash + 1));
      t.form = c[1];
      current.multiword_tokens.push_back(t);
      continue;
    }
    TreebankWord w;
    w.form = c[1];
    w.lemma = c[2];
    w.upos = c[3];
    w.feats = c[5];
    try {
      w.head = c[6] == "_" ? -1 : std::stoi(c[6]);
      if (std::stoi(c[0]) != static_cast<int>(current.words.size()) + 1)
        fail("word ids out of order");
    } catch (const std::logic_error&) {
      fail("bad word id or head");
    }
    w.deprel = c[7];
    current.words.push_back(std::move(w));
  }
  flush();
  return sentences;
}

std::vector<TreebankSentence> read_conllu_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot be read");
  std::vector<TreebankSentence> sentences = read_conllu(in, path);
  // UD's file names: fr_gsd-ud-dev.conllu is treebank "gsd".
  std::string name = path.substr(path.find_last_of('/') + 1);
  if (std::size_t underscore = name.find('_'); underscore != std::string::npos)
    name = name.substr(underscore + 1);
  name = name.substr(0, name.find('-'));
  for (TreebankSentence& s : sentences) s.treebank = name;
  return sentences;
}

}  // namespace trame::internal
