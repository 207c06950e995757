#include "trame/extract/parallel_extraction.h"

#include <catch2/catch.hpp>

using namespace trame;

namespace {

std::vector<InputDocument> documents() {
  std::vector<InputDocument> docs;
  const char* texts[] = {
      "Héloïse Martin a fondé Novaterra.",
      "Le groupe Méridia a racheté le terminal de Fos-sur-Mer.",
      "Karim Benali n'a pas confirmé la vente de Velotrix.",
      "Selon Le Progrès, Cyclonis aurait signé un contrat avec Novaterra.",
      "Lucien Ferrand dirige le syndicat des dockers."};
  int i = 0;
  for (const char* t : texts) {
    InputDocument d;
    d.path = "doc" + std::to_string(i++) + ".txt";
    d.text = t;
    d.content_hash = content_hash(d.text);
    docs.push_back(d);
  }
  return docs;
}

std::vector<std::pair<std::size_t, std::vector<Statement>>> run(unsigned jobs) {
  std::vector<InputDocument> docs = documents();
  std::vector<const InputDocument*> pointers;
  for (const InputDocument& d : docs) pointers.push_back(&d);
  std::vector<std::pair<std::size_t, std::vector<Statement>>> out;
  extract_in_order(pointers, jobs, {}, [&](std::size_t i, Extraction&& ex) {
    out.emplace_back(i, std::move(ex.statements));
  });
  return out;
}

}  // namespace

TEST_CASE("worker processes deliver what one process extracts, in document order",
          "[parallel]") {
  auto one = run(1);
  auto three = run(3);
  REQUIRE(one.size() == 5);
  REQUIRE(three.size() == 5);
  for (std::size_t i = 0; i < 5; ++i) {
    CHECK(one[i].first == i);
    CHECK(three[i].first == i);
    CHECK(three[i].second == one[i].second);
    CHECK(!one[i].second.empty());
  }
}

TEST_CASE("one process and workers forked from it use the extractor given", "[parallel]") {
  std::vector<InputDocument> docs = documents();
  std::vector<const InputDocument*> pointers;
  for (const InputDocument& d : docs) pointers.push_back(&d);
  Extractor loaded;
  auto expected = run(1);
  // Twice in this process (the extractor serves again), then in 3 and 5 workers that share it.
  for (unsigned jobs : {1u, 1u, 3u, 5u}) {
    std::vector<std::pair<std::size_t, std::vector<Statement>>> out;
    extract_in_order(
        pointers, jobs, {},
        [&](std::size_t i, Extraction&& ex) { out.emplace_back(i, std::move(ex.statements)); },
        &loaded);
    CHECK(out == expected);
  }
}

TEST_CASE("an error while delivering stops the workers and reaches the caller", "[parallel]") {
  std::vector<InputDocument> docs = documents();
  std::vector<const InputDocument*> pointers;
  for (const InputDocument& d : docs) pointers.push_back(&d);
  std::size_t delivered = 0;
  CHECK_THROWS_WITH(extract_in_order(pointers, 2, {},
                                     [&](std::size_t i, Extraction&&) {
                                       ++delivered;
                                       if (i == 1) throw std::runtime_error("store full");
                                     }),
                    "store full");
  CHECK(delivered == 2);
}
