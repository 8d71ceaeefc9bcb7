// Lines of a document that may become a snippet, and the helpers that turn them into one.
#pragma once

#include <string>
#include <vector>

#include "extract/snippet.h"
#include "extract/syntax_checker.h"

namespace notecheck {

struct SourceLine {
  int doc_line = 0;  // 1-based
  std::string text;  // without '\n'
};

// code = the lines joined with '\n' after removing their common indentation (notes indent
// whole examples; Python would reject that), line_map from the document lines.
Snippet make_snippet(const std::vector<SourceLine>& lines, std::string origin,
                     std::string language);

// The compiler's complaint with its line (and any "on line K" in it) mapped to document lines:
// "does not compile as Python: invalid syntax at line 57". Indentation errors say that the
// indentation may have been lost, as in text copied out of a PDF.
std::string compile_failure_reason(const Snippet& snippet, const SyntaxResult& result);

bool is_blank(const std::string& line);

// Code larger than this is never a note's example (a generated data dump, a minified file):
// it is reported instead of compiled, so a huge line cannot stall extraction.
constexpr size_t kMaxSnippetBytes = 1 << 20;

// Code that mixes tabs and spaces in its indentation does not compile ("inconsistent use of
// tabs"); an editor shows it with tab stops every 8 (or 4) columns. If one of those readings
// compiles, `snippet.code` becomes it, `*result` its result, and the reason says so.
bool expand_mixed_tabs(Snippet& snippet, SyntaxResult* result, SyntaxChecker& checker);

// If `snippet` is too large to check, marks it not runnable and returns true.
bool reject_if_too_large(Snippet& snippet);

}  // namespace notecheck
