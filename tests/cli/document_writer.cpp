// A stand-in for `trame ingest` in crash tests: stores synthetic documents one by one with
// StatementStore::add_document, as ingest does, until killed or done.
//   document_writer DB COUNT
#include <cstdlib>
#include <iostream>
#include <string>

#include "trame/store/statement_store.h"

using namespace trame;

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: document_writer DB COUNT\n";
    return 2;
  }
  auto store = StatementStore::open(argv[1], OpenMode::ReadWrite);
  int count = std::atoi(argv[2]);
  for (int d = 0; d < count; ++d) {
    std::string path = "depeches/" + std::to_string(d) + ".txt";
    std::vector<Statement> statements;
    for (int s = 0; s < 40; ++s) {
      Statement st;
      st.subject = {
          "", "Personne " + std::to_string((d * 7 + s) % 300), EntityType::Person, "", {}};
      st.object = {
          "", "Entreprise " + std::to_string((d + s * 13) % 200), EntityType::Organization, "", {}};
      st.relation = {"dirige", "diriger"};
      auto sentence = static_cast<std::uint32_t>(s + 1);
      st.sources.push_back({path, sentence, sentence * 80, sentence * 80 + 60,
                            st.subject.name + " dirige " + st.object.name + "."});
      statements.push_back(std::move(st));
    }
    store->add_document({path, "hash-" + std::to_string(d), 40}, statements);
  }
  return 0;
}
