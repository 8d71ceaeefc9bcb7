#include "extract/two_column.h"

#include <cstdlib>

#include "extract/line_lexer.h"
#include "extract/source_lines.h"
#include "util/text.h"

namespace notecheck {
namespace {

constexpr int kSlack = 3;   // right-hand text drifts a little when the code is long
constexpr int kMinGap = 3;  // spaces that separate the two columns of the header

// Column of a second `#` in a comment that starts at `from`, set apart by wide whitespace.
int second_hash_column(const std::string& line, int from) {
  for (size_t i = static_cast<size_t>(from) + 1; i < line.size(); ++i) {
    if (line[i] != '#') continue;
    size_t gap = 0;
    while (gap < i && line[i - 1 - gap] == ' ') ++gap;
    if (gap >= kMinGap) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

int comparison_table_column(const std::string& code) {
  std::vector<std::string> lines = split_lines(code);
  size_t first = 0;
  while (first < lines.size() && is_blank(lines[first])) ++first;
  if (first == lines.size()) return -1;
  size_t hash = lines[first].find_first_not_of(" \t");
  if (lines[first][hash] != '#') return -1;
  int column = second_hash_column(lines[first], static_cast<int>(hash));
  if (column < 0) return -1;
  int others = 0, right = 0;
  LexState state;
  for (size_t i = first + 1; i < lines.size(); ++i) {
    LineLex lex = lex_line(lines[i], state);
    if (is_blank(lines[i])) continue;
    ++others;
    int c = lex.comment_column;
    if (c < 0) continue;
    if (c >= column - kSlack || std::abs(second_hash_column(lines[i], c) - column) <= kSlack) {
      ++right;
    }
  }
  return others > 0 && 2 * right >= others ? column : -1;
}

}  // namespace notecheck
