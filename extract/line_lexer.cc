#include "extract/line_lexer.h"

#include <algorithm>
#include <array>

#include "util/text.h"

namespace notecheck {
namespace {

// ASCII only (non-ASCII is refused before these are asked), without the locale's tables.
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_name_start(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool is_name_char(char c) { return is_name_start(c) || is_digit(c); }

bool is_string_prefix(std::string_view word) {
  if (word.size() > 2) return false;
  std::string lower = to_lower(word);
  static const std::array<const char*, 8> kPrefixes = {"r", "u", "f", "b", "br", "rb", "fr", "rf"};
  return std::find(kPrefixes.begin(), kPrefixes.end(), lower) != kPrefixes.end();
}

// Scans a string body from `pos` (just after the opening quote(s)); returns the position just
// after the closing quote(s), or npos if the line ends first.
size_t scan_string_body(std::string_view line, size_t pos, char quote, bool triple) {
  while (pos < line.size()) {
    char c = line[pos];
    if (c == '\\') {
      pos += 2;
      continue;
    }
    if (c == quote) {
      if (!triple) return pos + 1;
      if (line.compare(pos, 3, std::string(3, quote)) == 0) return pos + 3;
    }
    ++pos;
  }
  return std::string_view::npos;
}

// The length of Python's longest operator or delimiter at line[pos] (`**=` over `**` and `*`),
// 0 if none starts there.
size_t operator_length(std::string_view line, size_t pos) {
  auto at = [&](size_t i) { return pos + i < line.size() ? line[pos + i] : '\0'; };
  const char c = at(0), d = at(1), e = at(2);
  switch (c) {
    case '*':
    case '/':
    case '<':
    case '>':  // ** // << >>, each also with =
      if (d == c) return e == '=' ? 3 : 2;
      return d == '=' ? 2 : 1;
    case '.':
      return d == '.' && e == '.' ? 3 : 1;
    case '-':
      return d == '>' || d == '=' ? 2 : 1;
    case '+':
    case '%':
    case '&':
    case '|':
    case '^':
    case '@':
    case ':':
    case '=':
      return d == '=' ? 2 : 1;
    case '!':
      return d == '=' ? 2 : 0;
    case '~':
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case ',':
    case ';':
      return 1;
    default:
      return 0;
  }
}

bool ends_atom(const Token& t) {
  if (t.kind == TokenKind::kName || t.kind == TokenKind::kNumber || t.kind == TokenKind::kString)
    return true;
  return t.kind == TokenKind::kOp && (t.text == ")" || t.text == "]" || t.text == "}");
}

bool starts_atom(const Token& t, const Token& prev) {
  if (t.kind == TokenKind::kName || t.kind == TokenKind::kNumber) return true;
  // Adjacent string literals concatenate; a string after anything else atom-like is prose.
  return t.kind == TokenKind::kString && prev.kind != TokenKind::kString;
}

}  // namespace

bool is_python_keyword(std::string_view word) {
  if (word.size() < 2 || word.size() > 8) return false;
  auto any = [&](std::initializer_list<std::string_view> words) {
    return std::find(words.begin(), words.end(), word) != words.end();
  };
  switch (word[0]) {  // only the keywords with that first letter are compared
    case 'a':
      return any({"and", "as", "assert", "async", "await"});
    case 'b':
      return word == "break";
    case 'c':
      return any({"class", "continue"});
    case 'd':
      return any({"def", "del"});
    case 'e':
      return any({"elif", "else", "except"});
    case 'f':
      return any({"finally", "for", "from"});
    case 'g':
      return word == "global";
    case 'i':
      return any({"if", "import", "in", "is"});
    case 'l':
      return word == "lambda";
    case 'n':
      return any({"nonlocal", "not"});
    case 'o':
      return word == "or";
    case 'p':
      return word == "pass";
    case 'r':
      return any({"raise", "return"});
    case 't':
      return word == "try";
    case 'w':
      return any({"while", "with"});
    case 'y':
      return word == "yield";
    default:
      return false;
  }
}

LineLex lex_line(std::string_view line, LexState& state) {
  LineLex out;
  out.tokens.reserve(16);  // most lines: one allocation
  // A megabyte-long line (a data dump, minified code) is never an example: say so without
  // tokenizing it, so that such a file costs no more than reading it.
  if (line.size() > kMaxCodeLineBytes) {
    out.bad = "line too long to be code";
    state = {};
    return out;
  }
  const bool fresh = !state.continues();
  state.backslash = false;
  size_t pos = 0;
  auto fail = [&](std::string why) {
    if (out.bad.empty()) out.bad = std::move(why);
  };
  if (state.triple) {
    out.started_in_string = true;
    size_t end = scan_string_body(line, 0, state.triple, true);
    if (end == std::string_view::npos) return out;  // still inside the string
    out.tokens.push_back(
        {TokenKind::kString, line.substr(0, end), 0, static_cast<int>(state.brackets.size())});
    state.triple = 0;
    pos = end;
  }
  while (pos < line.size()) {
    char c = line[pos];
    if (c == ' ' || c == '\t' || c == '\f') {
      ++pos;
      continue;
    }
    const int column = static_cast<int>(pos);
    const int depth = static_cast<int>(state.brackets.size());
    if (c == '#') {
      out.comment_column = column;
      break;
    }
    if (static_cast<unsigned char>(c) >= 0x80) {
      fail("non-ASCII text outside strings and comments");
      ++pos;
      continue;
    }
    Token tok{TokenKind::kOp, {}, column, depth};
    size_t start = pos;
    if (is_name_start(c)) {
      while (pos < line.size() && is_name_char(line[pos])) ++pos;
      std::string_view word = line.substr(start, pos - start);
      if (pos < line.size() && (line[pos] == '\'' || line[pos] == '"') && is_string_prefix(word)) {
        c = line[pos];  // a prefixed string: fall through to the string case below
      } else {
        tok.kind = is_python_keyword(word) ? TokenKind::kKeyword : TokenKind::kName;
        tok.text = word;
      }
    }
    if (tok.text.empty() && (c == '\'' || c == '"')) {
      bool triple = line.compare(pos, 3, std::string(3, c)) == 0;
      size_t end = scan_string_body(line, pos + (triple ? 3 : 1), c, triple);
      tok.kind = TokenKind::kString;
      if (end == std::string_view::npos) {
        if (triple) {
          state.triple = c;
        } else if (!line.empty() && line.back() == '\\') {
          state.backslash = true;  // a string continued with a backslash; rare but legal
        } else {
          fail("unterminated string");
        }
        end = line.size();
      }
      pos = end;
      tok.text = line.substr(start, pos - start);
    } else if (tok.text.empty() &&
               (is_digit(c) || (c == '.' && pos + 1 < line.size() && is_digit(line[pos + 1])))) {
      while (pos < line.size()) {
        char d = line[pos];
        bool sign = (d == '+' || d == '-') && (line[pos - 1] == 'e' || line[pos - 1] == 'E') &&
                    line.substr(start, 2) != "0x" && line.substr(start, 2) != "0X";
        if (!is_name_char(d) && d != '.' && !sign) break;
        ++pos;
      }
      tok.kind = TokenKind::kNumber;
      tok.text = line.substr(start, pos - start);
    } else if (tok.text.empty()) {
      if (c == '\\') {
        if (line.find_first_not_of(" \t", pos + 1) == std::string_view::npos) {
          state.backslash = true;
        } else {
          fail("backslash inside a line");
        }
        ++pos;
        continue;
      }
      tok.text = line.substr(pos, operator_length(line, pos));
      if (tok.text.empty()) {
        fail(std::string("character '") + c + "' is not Python");
        ++pos;
        continue;
      }
      pos += tok.text.size();
      if (tok.text == "(" || tok.text == "[" || tok.text == "{") {
        state.brackets += tok.text[0];
      } else if (tok.text == ")" || tok.text == "]" || tok.text == "}") {
        char open = tok.text == ")" ? '(' : tok.text == "]" ? '[' : '{';
        if (state.brackets.empty() || state.brackets.back() != open) {
          fail("unbalanced brackets");
        } else {
          state.brackets.pop_back();
        }
        tok.depth = static_cast<int>(state.brackets.size());
      }
    }
    // Soft keywords open statements: `match x:`, `case Point(x=0):`, `type T = int`.
    bool soft = fresh && out.tokens.size() == 1 &&
                (out.tokens[0].text == "match" || out.tokens[0].text == "case" ||
                 out.tokens[0].text == "type");
    if (!out.tokens.empty() && ends_atom(out.tokens.back()) &&
        starts_atom(tok, out.tokens.back()) && !soft)
      fail("two words in a row");
    // An attribute dot needs an object before it (`from . import x` aside).
    if (tok.kind == TokenKind::kOp && tok.text == "." && !out.tokens.empty()) {
      const Token& prev = out.tokens.back();
      if (!ends_atom(prev) && prev.text != "." && prev.text != "from" && prev.text != "import")
        fail("'.' without an object before it");
    }
    out.tokens.push_back(tok);
  }
  return out;
}

}  // namespace notecheck
