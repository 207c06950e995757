#include "conllu_writer.h"

#include <sstream>

namespace trame::internal {
namespace {

const std::string& or_underscore(const std::string& s) {
  static const std::string kNone = "_";
  return s.empty() ? kNone : s;
}

}  // namespace

std::string write_conllu(const std::vector<Sentence>& sentences) {
  std::ostringstream out;
  for (const Sentence& s : sentences) {
    out << "# sent_id = " << s.number << "\n# text = ";
    for (char c : s.text) out << (c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
    out << '\n';
    int mwt_remaining = 0;  // words left inside the current multiword token
    for (std::size_t k = 0; k < s.words.size(); ++k) {
      const Word& w = s.words[k];
      const int id = static_cast<int>(k) + 1;
      if (w.mwt_words > 1) {
        std::size_t last = std::min(s.words.size(), k + static_cast<std::size_t>(w.mwt_words)) - 1;
        out << id << '-' << id + w.mwt_words - 1 << '\t' << w.mwt_form << "\t_\t_\t_\t_\t_\t_\t_\t"
            << (s.words[last].space_after ? "_" : "SpaceAfter=No") << '\n';
        mwt_remaining = w.mwt_words;
      }
      bool inside_mwt = mwt_remaining > 0;
      if (mwt_remaining > 0) --mwt_remaining;
      out << id << '\t' << w.form << '\t' << or_underscore(w.lemma) << '\t' << to_string(w.upos)
          << "\t_\t" << or_underscore(w.feats) << '\t' << w.head << '\t' << or_underscore(w.deprel)
          << "\t_\t" << (!w.space_after && !inside_mwt ? "SpaceAfter=No" : "_") << '\n';
    }
    out << '\n';
  }
  return out.str();
}

}  // namespace trame::internal
