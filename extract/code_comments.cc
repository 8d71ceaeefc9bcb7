#include "extract/code_comments.h"

#include <algorithm>

#include "extract/line_lexer.h"
#include "util/utf8.h"

namespace notecheck {
namespace {

// What Python's str.strip() removes: str.isspace() characters (Python 3.11, Unicode 14).
bool is_python_space(char32_t c) {
  return (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 ||
         c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f ||
         c == 0x205f || c == 0x3000;
}

// The code point that ends `s` (valid UTF-8) and its length in bytes.
char32_t last_code_point(std::string_view s, size_t* length) {
  size_t start = s.size() - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  size_t pos = start;
  char32_t c = 0;
  decode_utf8(s, pos, c);
  *length = s.size() - start;
  return c;
}

std::string_view strip_right(std::string_view s) {
  size_t length = 0;
  while (!s.empty() && is_python_space(last_code_point(s, &length))) s.remove_suffix(length);
  return s;
}

}  // namespace

bool find_comments(std::string_view code, std::vector<CommentInfo>* out) {
  out->clear();
  if (code.find('#') == std::string_view::npos) return true;
  if (find_invalid_utf8(code) != std::string_view::npos) return false;
  LexState state;
  int number = 0;
  for (size_t begin = 0; begin <= code.size(); ++number) {
    size_t end = std::min(code.find('\n', begin), code.size());
    std::string_view line = code.substr(begin, end - begin);
    begin = end + 1;
    if (line.size() > kMaxCodeLineBytes) return false;
    bool hash = line.find('#') != std::string_view::npos;
    if (!hash && !state.continues() && line.find_first_of("'\"\\") == std::string_view::npos)
      continue;  // nothing here can start a string or hide a comment
    LineLex lex = lex_line(line, state);
    if (state.backslash && !lex.tokens.empty() && lex.tokens.back().kind == TokenKind::kString)
      return false;  // `'abc\` continues the string on the next line: the lexer does not
    if (lex.comment_column < 0) continue;
    std::string_view before = line.substr(0, lex.comment_column);
    std::string text(strip_right(line.substr(lex.comment_column)));
    out->push_back({number + 1, lex.comment_column, text, strip_right(before).empty()});
  }
  return true;
}

}  // namespace notecheck
