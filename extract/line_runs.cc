#include "extract/line_runs.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <regex>

#include "extract/line_lexer.h"
#include "util/text.h"

namespace notecheck {

bool LineRuns::in_block(size_t i) const {
  return is_code(kind(i)) || kind(i) == LineKind::kComment || kind(i) == LineKind::kBlank;
}

bool LineRuns::has(const Range& r, std::initializer_list<LineKind> kinds) const {
  for (size_t i = r.begin; i < r.end; ++i) {
    if (std::find(kinds.begin(), kinds.end(), kind(i)) != kinds.end()) return true;
  }
  return false;
}

Range LineRuns::trim_blank(Range r) const {
  while (!r.empty() && is_blank_line(r.begin)) ++r.begin;
  while (!r.empty() && is_blank_line(r.end - 1)) --r.end;
  return r;
}

Range LineRuns::trim_edges(Range r) const {
  r = trim_blank(r);
  auto paragraph_end = [&](size_t from) {
    while (from < r.end && !is_blank_line(from)) ++from;
    return from;
  };
  while (!r.empty()) {
    Range first{r.begin, paragraph_end(r.begin)};
    if (has(first, {LineKind::kStrong, LineKind::kExpr})) break;
    r = trim_blank({first.end, r.end});
  }
  while (!r.empty()) {
    size_t start = r.end;
    while (start > r.begin && !is_blank_line(start - 1)) --start;
    Range last{start, r.end};
    if (has(last, {LineKind::kStrong, LineKind::kExpr}) || looks_up_something(last)) break;
    r = trim_blank({r.begin, start});
  }
  // A trailing statement of lone words at the margin (`__getattr__, __setattr__,` wrapped
  // prose after code in a PDF export) is not code either.
  while (!r.empty()) {
    size_t start = r.end - 1;
    while (start > r.begin && (kind(start) == LineKind::kContinuation ||
                               kind(start) == LineKind::kComment || is_blank_line(start))) {
      --start;
    }
    if (start == r.begin || kind(start) != LineKind::kWeak || !lone_words({start, r.end})) break;
    r = trim_blank({r.begin, start});
  }
  return r;
}

bool LineRuns::is_notation(const Range& r) const {
  static const std::regex kSignature(R"(^[a-z_]\w*\(\s*[A-Za-z_]\w*(\s*,\s*[A-Za-z_]\w*)+\s*\)$)");
  int lines = 0;
  for (size_t i = r.begin; i < r.end; ++i) {
    if (is_blank_line(i)) continue;
    std::string line(trim(lines_[i]));
    if (!std::regex_match(line, kSignature) || starts_with(line, "print(")) return false;
    ++lines;
  }
  return lines >= 2;
}

std::vector<Range> LineRuns::parts(const Range& block) const {
  std::vector<Range> out;
  size_t start = block.begin;
  for (size_t i = block.begin + 1; i < block.end; ++i) {
    bool after_blank = is_blank_line(i - 1) && !is_blank_line(i);
    bool comment_after_code = kind(i) == LineKind::kComment && lines_[i][0] == '#' &&
                              is_code(kind(i - 1)) && !opens_block(i - 1);
    if (after_blank || comment_after_code) {
      out.push_back({start, i});
      start = i;
    }
  }
  out.push_back({start, block.end});
  return out;
}

bool LineRuns::looks_up_something(const Range& r) const {
  for (size_t i = r.begin; i < r.end; ++i) {
    if (kind(i) != LineKind::kWeak) continue;
    LexState state;
    LineLex lex = lex_line(lines_[i], state);
    for (size_t t = 1; t < lex.tokens.size(); ++t) {
      if (lex.tokens[t].kind == TokenKind::kOp &&
          (lex.tokens[t].text == "." || lex.tokens[t].text == "["))
        return true;
    }
  }
  return false;
}

bool LineRuns::lone_words(const Range& r) const {
  bool comma = false;
  for (size_t i = r.begin; i < r.end; ++i) {
    const std::string& line = lines_[i];
    if (kind(i) == LineKind::kComment || is_blank_line(i)) continue;
    comma |= line.find(',') != std::string::npos;
    if (i == r.begin && (line[0] == ' ' || line[0] == '\t')) return false;
    for (char c : line) {
      if (!std::isalnum(static_cast<unsigned char>(c)) && !std::strchr("_,. \t", c)) return false;
    }
  }
  return comma;
}

bool LineRuns::opens_block(size_t i) const {
  LexState state;
  LineLex lex = lex_line(lines_[i], state);
  return !lex.tokens.empty() && lex.tokens.back().kind == TokenKind::kOp &&
         lex.tokens.back().text == ":";
}

}  // namespace notecheck
