#include "extract/boundaries.h"

#include <cctype>
#include <regex>
#include <string_view>

#include "extract/line_lexer.h"
#include "util/text.h"

namespace notecheck {
namespace {

bool glued_after(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == ')' || c == '.' || c == ':' ||
         c == ']' || c == '"' || c == '\'';
}

// The suffix must read as a whole line of code: it lexes cleanly and starts a statement.
bool is_code_start(std::string_view s) {
  bool keyword = false;  // cheap test first: the regex runs at a handful of places per line
  for (std::string_view start : {"from ", "import ", "class ", "def ", "async def ", "@"}) {
    keyword |= starts_with(s, start);
  }
  if (!keyword) return false;
  static const std::regex kStart(
      R"(^(from\s+[\w.]+\s+import\s+\S.*|import\s+[\w.]+.*|class\s+[A-Za-z_]\w*\s*[(:].*|(async\s+)?def\s+[A-Za-z_]\w*\s*\(.*|@[A-Za-z_][\w.]*.*)$)");
  if (!std::regex_match(std::string(s), kStart)) return false;
  LexState state;
  return lex_line(s, state).bad.empty();
}

}  // namespace

size_t glued_code_start(const std::string& line) {
  if (line.size() > kMaxCodeLineBytes) return std::string::npos;
  for (size_t p = 1; p + 2 < line.size(); ++p) {
    char before = line[p - 1];
    std::string_view rest = std::string_view(line).substr(p);
    // `...queue# asyncio.create_task`: a comment glued after any word.
    if (rest[0] == '#' && rest[1] == ' ' && !std::isspace(static_cast<unsigned char>(before)) &&
        before != '#') {
      return p;
    }
    // `...the order.class A:`: code glued after a sentence's punctuation, not inside a word.
    if (glued_after(before) && !std::isalnum(static_cast<unsigned char>(before)) &&
        is_code_start(rest)) {
      return p;
    }
  }
  return std::string::npos;
}

bool is_file_marker(const std::string& line) {
  static const std::regex kMarker(R"(^#{1,6}\s*[\w./-]+\.pyi?\s*:?\s*$)");
  return std::regex_match(line, kMarker);
}

bool is_title_word(const std::string& line) {
  std::string_view t = trim(line);
  if (t.empty() || t.find_first_of(" \t#") != std::string_view::npos) return false;
  for (char c : t) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  }
  for (std::string_view word : {"pass", "break", "continue", "return", "raise"}) {
    if (t == word) return false;
  }
  return true;
}

bool is_list_item(const std::string& line) {
  static const std::regex kItem(R"(^\s*@?[A-Za-z_][\w.]*(\(\))?,?\s*$)");
  return std::regex_match(line, kItem);
}

}  // namespace notecheck
