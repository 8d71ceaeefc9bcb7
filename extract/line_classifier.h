// Sorts the lines of unfenced text into prose and Python-looking code, before the compiler
// has the last word. Only lexical evidence is used; see line_lexer.h.
#pragma once

#include <string>
#include <vector>

namespace notecheck {

enum class LineKind {
  kBlank,
  kComment,       // own-line `#` comment
  kHeading,       // Markdown heading (`## ...`): separates code like prose does
  kProse,         // cannot be Python
  kStrong,        // real code evidence: def/class/import/..., a decorator, an assignment, a call
  kExpr,          // an expression with an operator (`a is b`)
  kWeak,          // might be Python but proves nothing (`Flask`, `pass`, `]`)
  kContinuation,  // inside brackets, a triple-quoted string or after a backslash
};

struct LineClass {
  LineKind kind = LineKind::kBlank;
  std::string why;  // for kProse: what rules out Python
};

bool is_code(LineKind kind);  // kStrong, kExpr, kWeak or kContinuation

// Classifies every line; lines with skip[i] set (fenced blocks, doctests) are kProse.
std::vector<LineClass> classify_lines(const std::vector<std::string>& lines,
                                      const std::vector<bool>& skip);

}  // namespace notecheck
