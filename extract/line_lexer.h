// A small Python tokenizer that works one line at a time, carrying open brackets and open
// triple-quoted strings to the next line. It lets the unfenced scanner tell code from prose
// before asking the real compiler: two words in a row, `?`, an unterminated quote or non-ASCII
// text outside strings and comments can never be Python.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace notecheck {

struct LexState {
  std::string brackets;    // open brackets, innermost last
  char triple = 0;         // quote of an open triple-quoted string, 0 if none
  bool backslash = false;  // the previous line ended with a backslash continuation
  bool continues() const { return !brackets.empty() || triple != 0 || backslash; }
};

enum class TokenKind { kName, kKeyword, kNumber, kString, kOp };

struct Token {
  TokenKind kind;
  std::string_view text;
  int column = 0;  // byte column in the line
  int depth = 0;   // brackets open before this token
};

struct LineLex {
  std::vector<Token> tokens;       // code tokens; comments are not tokens
  int comment_column = -1;         // byte column of a `#` comment, -1 if none
  bool started_in_string = false;  // the line began inside a triple-quoted string
  std::string bad;                 // why this line cannot be Python; empty if it might be
};

bool is_python_keyword(std::string_view word);

// Lines longer than this are never code (see lex_line).
constexpr size_t kMaxCodeLineBytes = 20000;

// Tokenizes `line` (no '\n') starting from `state`, and updates `state` for the next line.
LineLex lex_line(std::string_view line, LexState& state);

}  // namespace notecheck
