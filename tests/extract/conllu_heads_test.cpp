// The heads `trame tag` writes come from the clause grammar.
#include <catch2/catch.hpp>

#include <sstream>

#include "trame/extract/extractor.h"

using namespace trame;

namespace {

struct Word {
  std::string form, head, deprel;
};

std::vector<Word> words(const std::string& conllu) {
  std::vector<Word> out;
  std::istringstream in(conllu);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> c;
    std::istringstream fields(line);
    for (std::string f; std::getline(fields, f, '\t');) c.push_back(f);
    if (c.size() != 10 || c[0].find('-') != std::string::npos) continue;
    out.push_back({c[1], c[6], c[7]});
  }
  return out;
}

}  // namespace

TEST_CASE("tag writes the heads the clause grammar found", "[conllu]") {
  Extractor extractor;
  auto w = words(extractor.tag_conllu("La société Velotrix n'a pas signé le contrat présenté par Novaterra.\n"));
  REQUIRE(w.size() == 13);
  // La société Velotrix n' a pas signé le contrat présenté par Novaterra .
  //  1    2       3      4 5  6    7    8    9       10      11     12    13
  CHECK(w[2].form == "Velotrix");
  CHECK((w[2].head == "7" && w[2].deprel == "nsubj"));
  CHECK((w[4].head == "7" && w[4].deprel == "aux"));
  CHECK((w[5].head == "7" && w[5].deprel == "advmod"));
  CHECK((w[6].head == "0" && w[6].deprel == "root"));
  CHECK((w[7].head == "9" && w[7].deprel == "det"));
  CHECK((w[8].head == "7" && w[8].deprel == "obj"));
  CHECK((w[9].head == "9" && w[9].deprel == "acl"));
  CHECK((w[10].head == "12" && w[10].deprel == "case"));
  CHECK((w[11].head == "10" && w[11].deprel == "obl:agent"));
  CHECK(w[12].head == "_");  // the final stop: no head the grammar knows
}
