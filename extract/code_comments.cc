#include "extract/code_comments.h"

#include <algorithm>

#include "extract/line_lexer.h"
#include "util/utf8.h"

namespace notecheck {
namespace {

// Python's str.strip() removes these ASCII characters (and Unicode spaces, handled by the
// caller's fallback).
bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' ||
         (c >= '\x1c' && c <= '\x1f');
}
bool is_ascii(char c) { return static_cast<unsigned char>(c) < 0x80; }

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
    std::string_view text = line.substr(lex.comment_column);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    if (!is_ascii(text.back())) return false;  // Unicode spaces at the end, maybe
    bool own_line = std::all_of(before.begin(), before.end(), is_space);
    if (!own_line && std::all_of(before.begin(), before.end(),
                                 [](char c) { return is_space(c) || !is_ascii(c); }))
      return false;  // maybe Unicode spaces only
    out->push_back({number + 1, lex.comment_column, std::string(text), own_line});
  }
  return true;
}

}  // namespace notecheck
