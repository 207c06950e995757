// The conjugator that writes passives in the active voice: forms spelled from French
// conjugation and kept only when Apertium's dictionary reads them as the form asked for.
#include <catch2/catch.hpp>

#include "french_analyzer.h"
#include "verb_conjugator.h"

using namespace trame::internal;

namespace {

VerbConjugator& conjugator() {
  static FrenchAnalyzer analyzer(TRAME_APERTIUM_DIR, TRAME_APERTIUM_PREFIX);
  static VerbConjugator instance(analyzer);
  return instance;
}

}  // namespace

TEST_CASE("finite forms of regular and irregular verbs", "[conjugation]") {
  struct Case {
    const char* lexical;
    const char* expected;
  };
  const Case cases[] = {
      {"présider<vblex><fti><p3><sg>", "présidera"},
      {"racheter<vblex><pri><p3><sg>", "rachète"},
      {"appeler<vblex><pri><p3><sg>", "appelle"},
      {"employer<vblex><pri><p3><pl>", "emploient"},
      {"céder<vblex><pri><p3><sg>", "cède"},
      {"lancer<vblex><pii><p3><sg>", "lançait"},
      {"diriger<vblex><pii><p3><pl>", "dirigeaient"},
      {"finir<vblex><pri><p3><pl>", "finissent"},
      {"détenir<vblex><pri><p3><sg>", "détient"},
      {"détenir<vblex><pri><p3><pl>", "détiennent"},
      {"soutenir<vblex><fti><p3><sg>", "soutiendra"},
      {"prendre<vblex><pri><p3><pl>", "prennent"},
      {"mettre<vblex><pri><p3><sg>", "met"},
      {"conduire<vblex><pri><p3><pl>", "conduisent"},
      {"suivre<vblex><pii><p3><sg>", "suivait"},
      {"ouvrir<vblex><pri><p3><sg>", "ouvre"},
      {"atteindre<vblex><pri><p3><sg>", "atteint"},
      {"devoir<vbmod><pri><p3><pl>", "doivent"},
      {"avoir<vbhaver><pri><p3><pl>", "ont"},
      {"avoir<vbhaver><cni><p3><sg>", "aurait"},
      {"construire<vblex><cni><p3><sg>", "construirait"},
  };
  for (const Case& c : cases) {
    INFO(c.lexical);
    CHECK(conjugator().form(c.lexical) == c.expected);
  }
}

TEST_CASE("masculine singular participles from the forms a text used", "[conjugation]") {
  CHECK(conjugator().form("racheter<vblex><pp><m><sg>", "rachetées") == "racheté");
  CHECK(conjugator().form("mettre<vblex><pp><m><sg>", "mises") == "mis");
  CHECK(conjugator().form("conduire<vblex><pp><m><sg>", "conduites") == "conduit");
  CHECK(conjugator().form("détenir<vblex><pp><m><sg>", "détenue") == "détenu");
}

TEST_CASE("a form the dictionary does not know is not written", "[conjugation]") {
  CHECK(conjugator().form("zorglubiser<vblex><fti><p3><sg>").empty());
  CHECK(conjugator().form("présider<vblex><fti><p1><sg>").empty());
  CHECK(conjugator().realise({{"présider<vblex><fti><p3><sg>", true}, {"zorglubiser<vblex><inf>", false}}) ==
        "présidera zorglubiser<vblex><inf>");
  CHECK(conjugator().realise({{"zorglubiser<vblex><fti><p3><sg>", true}}).empty());
}

TEST_CASE("de is elided before a vowel", "[conjugation]") {
  CHECK(conjugator().realise({{"venir<vblex><pri><p3><sg>", true}, {"d'", false},
                              {"racheter<vblex><inf>", true}}) == "vient de racheter");
  CHECK(conjugator().realise({{"venir<vblex><pri><p3><sg>", true}, {"de", false},
                              {"acquérir<vblex><inf>", true}}) == "vient d'acquérir");
}
