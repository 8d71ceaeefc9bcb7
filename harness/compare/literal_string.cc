// String and bytes literals: the lex_string part of literal_lex.h.
#include <cctype>
#include <cstring>

#include "harness/compare/literal_lex.h"
#include "util/utf8.h"

namespace notecheck {
namespace {

// Reads exactly `count` hex digits at pos; false if they are not there.
bool read_hex(std::string_view text, size_t& pos, int count, unsigned long& value) {
  if (pos + count > text.size()) return false;
  value = 0;
  for (int i = 0; i < count; ++i) {
    char c = text[pos + i];
    if (!std::isxdigit(static_cast<unsigned char>(c))) return false;
    value = value * 16 + (std::isdigit(static_cast<unsigned char>(c))
                              ? c - '0'
                              : std::tolower(static_cast<unsigned char>(c)) - 'a' + 10);
  }
  pos += count;
  return true;
}

// Decodes the escape after a backslash at text[pos - 1]; unknown escapes stay as written, as in
// Python.
void decode_escape(std::string_view text, size_t& pos, bool is_bytes, std::string& out) {
  char c = text[pos++];
  static const char* simple_from = "\\'\"abfnrtv";
  static const char* simple_to = "\\'\"\a\b\f\n\r\t\v";
  if (const char* hit = std::strchr(simple_from, c); hit && c) {
    out += simple_to[hit - simple_from];
    return;
  }
  if (c == '\n') return;  // line continuation
  if (c >= '0' && c <= '7') {
    unsigned long v = c - '0';
    for (int i = 0; i < 2 && pos < text.size() && text[pos] >= '0' && text[pos] <= '7'; ++i) {
      v = v * 8 + (text[pos++] - '0');
    }
    if (is_bytes) {
      out += static_cast<char>(v & 0xFF);
    } else {
      append_utf8(out, static_cast<char32_t>(v));
    }
    return;
  }
  unsigned long v = 0;
  size_t p = pos;
  int width = c == 'x' ? 2 : (!is_bytes && c == 'u') ? 4 : (!is_bytes && c == 'U') ? 8 : 0;
  if (width && read_hex(text, p, width, v) && v <= 0x10FFFF) {
    pos = p;
    if (is_bytes) {
      out += static_cast<char>(v);
    } else {
      append_utf8(out, static_cast<char32_t>(v));
    }
    return;
  }
  out += '\\';
  out += c;
}

}  // namespace

std::optional<LexedAtom> lex_string(std::string_view text, size_t pos) {
  size_t p = pos;
  bool raw = false, is_bytes = false;
  for (int i = 0; i < 2 && p < text.size() && std::isalpha(static_cast<unsigned char>(text[p]));
       ++i, ++p) {
    char c = static_cast<char>(std::tolower(static_cast<unsigned char>(text[p])));
    if (c == 'r' && !raw) {
      raw = true;
    } else if (c == 'b' && !is_bytes) {
      is_bytes = true;
    } else if (c != 'u' || i > 0) {
      return std::nullopt;  // f-strings and words are not literals
    }
  }
  if (p >= text.size() || (text[p] != '\'' && text[p] != '"')) return std::nullopt;
  char quote = text[p];
  bool triple = text.substr(p, 3) == std::string(3, quote);
  p += triple ? 3 : 1;
  std::string content;
  while (true) {
    if (p >= text.size()) return std::nullopt;
    char c = text[p];
    if (c == quote && (!triple || text.substr(p, 3) == std::string(3, quote))) {
      p += triple ? 3 : 1;
      break;
    }
    if (c == '\n' && !triple) return std::nullopt;
    if (c == '\\' && p + 1 < text.size()) {
      if (raw) {
        content += text.substr(p, 2);
        p += 2;
      } else {
        ++p;
        decode_escape(text, p, is_bytes, content);
      }
      continue;
    }
    content += c;
    ++p;
  }
  Value v;
  v.type = is_bytes ? "bytes" : "str";
  v.str = content;
  v.repr = python_repr_of_text(content, is_bytes);
  return LexedAtom{v, p};
}

}  // namespace notecheck
