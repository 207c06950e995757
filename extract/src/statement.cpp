#include "trame/extract/statement.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <stdexcept>

namespace trame {
namespace {

constexpr std::array<std::string_view, 7> kEntityTypeNames = {
    "Person", "Organization", "Product", "Place", "Event", "Work", "Concept"};
constexpr std::array<std::string_view, 4> kModalityNames = {"asserted", "conditional", "reported",
                                                            "question"};

// Decomposes, drops combining marks and folds case, so that "Élysée", "ELYSEE" and
// "elysée" meet. Ligatures French writes (œ, æ) become their two letters.
icu::UnicodeString folded(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString decomposed = nfd->normalize(source, status);
  if (U_FAILURE(status)) decomposed = source;
  icu::UnicodeString out;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    i += U16_LENGTH(c);
    if (u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY) == U_NON_SPACING_MARK) continue;
    switch (c) {
      case 0x0153: out.append(u"oe"); break;  // œ
      case 0x0152: out.append(u"OE"); break;
      case 0x00E6: out.append(u"ae"); break;  // æ
      case 0x00C6: out.append(u"AE"); break;
      case 0x2019: case 0x2018: case 0x02BC: out.append(u'\''); break;  // typographic apostrophes
      case 0x2010: case 0x2011: case 0x2013: out.append(u'-'); break;    // hyphens
      default: out.append(c);
    }
  }
  out.foldCase();
  return out;
}

}  // namespace

std::string_view to_string(EntityType type) {
  return kEntityTypeNames[static_cast<std::size_t>(type)];
}

std::optional<EntityType> entity_type_from_string(std::string_view text) {
  for (std::size_t i = 0; i < kEntityTypeNames.size(); ++i)
    if (kEntityTypeNames[i] == text) return static_cast<EntityType>(i);
  return std::nullopt;
}

std::string_view to_string(Modality modality) {
  return kModalityNames[static_cast<std::size_t>(modality)];
}

std::optional<Modality> modality_from_string(std::string_view text) {
  for (std::size_t i = 0; i < kModalityNames.size(); ++i)
    if (kModalityNames[i] == text) return static_cast<Modality>(i);
  return std::nullopt;
}

std::string name_key(std::string_view name) {
  icu::UnicodeString f = folded(name);
  icu::UnicodeString out;
  bool pending_space = false;
  for (int32_t i = 0; i < f.length();) {
    UChar32 c = f.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c)) {
      pending_space = !out.isEmpty();
      continue;
    }
    if (pending_space) out.append(u' ');
    pending_space = false;
    out.append(c);
  }
  std::string key;
  out.toUTF8String(key);
  return key;
}

std::string node_id_for(std::string_view name) {
  icu::UnicodeString f = folded(name);
  std::string id;
  bool pending_dash = false;
  for (int32_t i = 0; i < f.length();) {
    UChar32 c = f.char32At(i);
    i += U16_LENGTH(c);
    if (c < 0x80 && (u_isalnum(c))) {
      if (pending_dash && !id.empty()) id += '-';
      pending_dash = false;
      id += static_cast<char>(c);
    } else if (c >= 0x80 && u_isalnum(c)) {
      // Letters outside ASCII (Greek, Cyrillic, CJK…) are kept as UTF-8: ids stay readable
      // and distinct.
      if (pending_dash && !id.empty()) id += '-';
      pending_dash = false;
      icu::UnicodeString one(c);
      one.toUTF8String(id);
    } else {
      pending_dash = true;
    }
  }
  if (id.empty()) id = "node";
  return id;
}

}  // namespace trame
