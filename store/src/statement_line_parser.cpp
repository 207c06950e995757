#include "statement_line_parser.h"

#include <cctype>
#include <charconv>
#include <cstdint>
#include <string>

namespace trame::store {
namespace {

// Every failure, of the JSON or of the statement, is a plain `false`.
class Cursor {
 public:
  explicit Cursor(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {}

  void skip_space() {
    while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\n' || *p_ == '\r')) ++p_;
  }
  bool at_end() {
    skip_space();
    return p_ == end_;
  }
  bool eat(char c) {
    skip_space();
    if (p_ < end_ && *p_ == c) {
      ++p_;
      return true;
    }
    return false;
  }
  char peek() {
    skip_space();
    return p_ < end_ ? *p_ : '\0';
  }

  bool string(std::string& out) {
    out.clear();
    if (!eat('"')) return false;
    for (;;) {
      const char* start = p_;
      while (p_ < end_ && *p_ != '"' && *p_ != '\\' && static_cast<unsigned char>(*p_) >= 0x20 &&
             static_cast<unsigned char>(*p_) < 0x80)
        ++p_;
      out.append(start, p_);
      if (p_ == end_) return false;
      unsigned char c = static_cast<unsigned char>(*p_);
      if (c == '"') {
        ++p_;
        return true;
      }
      if (c < 0x20) return false;
      if (c >= 0x80) {
        if (!utf8_sequence(out)) return false;
        continue;
      }
      if (!escape(out)) return false;
    }
  }

  bool boolean(bool& out) {
    skip_space();
    if (literal("true")) return out = true, true;
    if (literal("false")) return out = false, true;
    return false;
  }
  bool null() {
    skip_space();
    return literal("null");
  }

  // -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
  bool number(double& out) {
    skip_space();
    const char* start = p_;
    auto digits = [this] {
      const char* d = p_;
      while (p_ < end_ && std::isdigit(static_cast<unsigned char>(*p_))) ++p_;
      return p_ > d;
    };
    if (p_ < end_ && *p_ == '-') ++p_;
    if (p_ < end_ && *p_ == '0') {
      ++p_;
    } else if (!digits()) {
      return false;
    }
    if (p_ < end_ && *p_ == '.') {
      ++p_;
      if (!digits()) return false;
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
      ++p_;
      if (p_ < end_ && (*p_ == '+' || *p_ == '-')) ++p_;
      if (!digits()) return false;
    }
    auto [ptr, ec] = std::from_chars(start, p_, out);
    return ec == std::errc() && ptr == p_;
  }
  // A count: a non-negative integer that fits 32 bits.
  bool count(std::uint32_t& out) {
    skip_space();
    const char* start = p_;
    while (p_ < end_ && std::isdigit(static_cast<unsigned char>(*p_))) ++p_;
    if (p_ == start || (p_ < end_ && (*p_ == '.' || *p_ == 'e' || *p_ == 'E' || *p_ == '-')))
      return false;
    if (*start == '0' && p_ - start > 1) return false;
    auto [ptr, ec] = std::from_chars(start, p_, out);
    return ec == std::errc() && ptr == p_;
  }

  // Skips any JSON value.
  bool skip_value(int depth = 0) {
    if (depth > 64) return false;
    char c = peek();
    std::string scratch;
    double d;
    bool b;
    switch (c) {
      case '"':
        return string(scratch);
      case 't':
      case 'f':
        return boolean(b);
      case 'n':
        return null();
      case '{':
        eat('{');
        if (eat('}')) return true;
        do {
          if (!string(scratch) || !eat(':') || !skip_value(depth + 1)) return false;
        } while (eat(','));
        return eat('}');
      case '[':
        eat('[');
        if (eat(']')) return true;
        do {
          if (!skip_value(depth + 1)) return false;
        } while (eat(','));
        return eat(']');
      default:
        return number(d);
    }
  }

 private:
  bool literal(std::string_view word) {
    if (static_cast<std::size_t>(end_ - p_) < word.size() ||
        std::string_view(p_, word.size()) != word)
      return false;
    p_ += word.size();
    return true;
  }

  // A whole, valid UTF-8 sequence (no overlongs, surrogates or values past U+10FFFF).
  bool utf8_sequence(std::string& out) {
    const auto* u = reinterpret_cast<const unsigned char*>(p_);
    std::size_t left = static_cast<std::size_t>(end_ - p_);
    std::size_t n;
    std::uint32_t cp;
    if (u[0] >= 0xC2 && u[0] <= 0xDF)
      n = 2, cp = u[0] & 0x1F;
    else if (u[0] >= 0xE0 && u[0] <= 0xEF)
      n = 3, cp = u[0] & 0x0F;
    else if (u[0] >= 0xF0 && u[0] <= 0xF4)
      n = 4, cp = u[0] & 0x07;
    else
      return false;
    if (left < n) return false;
    for (std::size_t i = 1; i < n; ++i) {
      if ((u[i] & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (u[i] & 0x3F);
    }
    if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
        (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
      return false;
    out.append(p_, n);
    p_ += n;
    return true;
  }

  bool hex4(std::uint32_t& v) {
    if (end_ - p_ < 4) return false;
    v = 0;
    for (int i = 0; i < 4; ++i) {
      char c = *p_++;
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= static_cast<std::uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f')
        v |= static_cast<std::uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F')
        v |= static_cast<std::uint32_t>(c - 'A' + 10);
      else
        return false;
    }
    return true;
  }

  bool escape(std::string& out) {
    ++p_;  // the backslash
    if (p_ == end_) return false;
    char c = *p_++;
    switch (c) {
      case '"':
        out += '"';
        return true;
      case '\\':
        out += '\\';
        return true;
      case '/':
        out += '/';
        return true;
      case 'b':
        out += '\b';
        return true;
      case 'f':
        out += '\f';
        return true;
      case 'n':
        out += '\n';
        return true;
      case 'r':
        out += '\r';
        return true;
      case 't':
        out += '\t';
        return true;
      case 'u':
        break;
      default:
        return false;
    }
    std::uint32_t cp;
    if (!hex4(cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      std::uint32_t low;
      if (end_ - p_ < 6 || p_[0] != '\\' || p_[1] != 'u') return false;
      p_ += 2;
      if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return true;
  }

  const char* p_;
  const char* end_;
};

// A string field that may also be null (which counts as absent).
bool optional_string(Cursor& c, std::string& out) {
  if (c.peek() == 'n') {
    out.clear();
    return c.null();
  }
  return c.string(out);
}

// Fields seen once each: a repeated key is left to the full parser.
bool first_time(unsigned& seen, unsigned bit) {
  if (seen & bit) return false;
  seen |= bit;
  return true;
}

bool entity(Cursor& c, Entity& e) {
  e = Entity();
  if (c.peek() == '"') {
    if (!c.string(e.name)) return false;
    e.mention = e.name;
    return true;
  }
  if (!c.eat('{')) return false;
  std::string key, type;
  unsigned seen = 0;
  if (!c.eat('}')) {
    do {
      if (!c.string(key) || !c.eat(':')) return false;
      if (key == "name") {
        if (!first_time(seen, 1) || !optional_string(c, e.name)) return false;
      } else if (key == "type") {
        if (!first_time(seen, 2) || !optional_string(c, type)) return false;
      } else if (key == "mention") {
        if (!first_time(seen, 4) || !optional_string(c, e.mention)) return false;
      } else if (key == "aliases") {
        if (!first_time(seen, 8)) return false;
        if (c.peek() != '[') {
          if (!c.skip_value()) return false;
          continue;
        }
        c.eat('[');
        if (!c.eat(']')) {
          do {
            if (c.peek() == '"') {
              std::string alias;
              if (!c.string(alias)) return false;
              e.aliases.push_back(std::move(alias));
            } else if (!c.skip_value()) {
              return false;
            }
          } while (c.eat(','));
          if (!c.eat(']')) return false;
        }
      } else if (key == "id") {
        std::string ignored;  // the store gives nodes its own ids
        if (!first_time(seen, 16) || !optional_string(c, ignored)) return false;
      } else if (!c.skip_value()) {
        return false;
      }
    } while (c.eat(','));
    if (!c.eat('}')) return false;
  }
  if (e.name.empty()) return false;
  if (!type.empty()) {
    auto t = entity_type_from_string(type);
    if (!t) return false;
    e.type = *t;
  }
  return true;
}

bool source(Cursor& c, Source& s) {
  if (!c.eat('{')) return false;
  std::string key;
  unsigned seen = 0;
  bool has_doc = false;
  if (!c.eat('}')) {
    do {
      if (!c.string(key) || !c.eat(':')) return false;
      std::uint32_t* number = key == "sentence" ? &s.sentence
                              : key == "start"  ? &s.start
                              : key == "end"    ? &s.end
                                                : nullptr;
      if (key == "doc") {
        if (!first_time(seen, 1) || c.peek() != '"' || !c.string(s.doc)) return false;
        has_doc = true;
      } else if (key == "text") {
        if (!first_time(seen, 2) || !optional_string(c, s.text)) return false;
      } else if (number) {
        unsigned bit = key == "sentence" ? 4 : key == "start" ? 8 : 16;
        if (!first_time(seen, bit)) return false;
        if (c.peek() == 'n') {
          if (!c.null()) return false;
        } else if (!c.count(*number)) {
          return false;
        }
      } else if (!c.skip_value()) {
        return false;
      }
    } while (c.eat(','));
    if (!c.eat('}')) return false;
  }
  return has_doc;
}

}  // namespace

bool parse_statement_fast(std::string_view line, Statement& st) {
  st = Statement();
  Cursor c(line);
  if (!c.eat('{')) return false;
  std::string key, text;
  unsigned seen = 0;
  bool has_sources_array = false;
  Source single;
  bool has_single = false;
  if (!c.eat('}')) {
    do {
      if (!c.string(key) || !c.eat(':')) return false;
      if (key == "subject") {
        if (!first_time(seen, 1) || !entity(c, st.subject)) return false;
      } else if (key == "object") {
        if (!first_time(seen, 2) || !entity(c, st.object)) return false;
      } else if (key == "relation") {
        if (!first_time(seen, 4)) return false;
        if (c.peek() == '"') {
          if (!c.string(st.relation.text)) return false;
          st.relation.lemma = st.relation.text;
        } else {
          if (!c.eat('{')) return false;
          unsigned rel_seen = 0;
          bool has_text = false;
          if (!c.eat('}')) {
            do {
              if (!c.string(text) || !c.eat(':')) return false;
              if (text == "text") {
                if (!first_time(rel_seen, 1) || c.peek() != '"' || !c.string(st.relation.text))
                  return false;
                has_text = true;
              } else if (text == "lemma") {
                if (!first_time(rel_seen, 2) || !optional_string(c, st.relation.lemma))
                  return false;
              } else if (!c.skip_value()) {
                return false;
              }
            } while (c.eat(','));
            if (!c.eat('}')) return false;
          }
          if (!has_text) return false;
          if (st.relation.lemma.empty()) st.relation.lemma = st.relation.text;
        }
      } else if (key == "negated") {
        if (!first_time(seen, 8)) return false;
        if (c.peek() == 'n') {
          if (!c.null()) return false;
        } else if (!c.boolean(st.negated)) {
          return false;
        }
      } else if (key == "modality") {
        if (!first_time(seen, 16) || !optional_string(c, text)) return false;
        if (!text.empty()) {
          auto m = modality_from_string(text);
          if (!m) return false;
          st.modality = *m;
        }
      } else if (key == "confidence") {
        if (!first_time(seen, 32)) return false;
        if (c.peek() == 'n') {
          if (!c.null()) return false;
        } else if (!c.number(st.confidence)) {
          return false;
        }
      } else if (key == "attribution") {
        if (!first_time(seen, 64)) return false;
        if (c.peek() == 'n') {
          if (!c.null()) return false;
        } else {
          Entity a;
          if (!entity(c, a)) return false;
          st.attribution = std::move(a);
        }
      } else if (key == "sources") {
        if (!first_time(seen, 128)) return false;
        if (c.peek() != '[') {
          if (!c.skip_value()) return false;
          continue;
        }
        has_sources_array = true;
        c.eat('[');
        if (!c.eat(']')) {
          do {
            Source s;
            if (!source(c, s)) return false;
            st.sources.push_back(std::move(s));
          } while (c.eat(','));
          if (!c.eat(']')) return false;
        }
      } else if (key == "source") {
        if (!first_time(seen, 256) || !source(c, single)) return false;
        has_single = true;
      } else if (!c.skip_value()) {
        return false;
      }
    } while (c.eat(','));
    if (!c.eat('}')) return false;
  }
  if (!c.at_end() || (seen & 7) != 7 || st.relation.lemma.empty()) return false;
  if (!has_sources_array && has_single) st.sources.push_back(std::move(single));
  return true;
}

}  // namespace trame::store
