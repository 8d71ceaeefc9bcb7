// Interactive-session examples (`>>> ` prompts, `pycon` fences): the source lines become the
// snippet, the wanted output lines become doctest-output claims.
#pragma once

#include <vector>

#include "extract/snippet.h"
#include "extract/source_lines.h"
#include "extract/syntax_checker.h"

namespace notecheck {

// True if the first non-blank line starts with a `>>>` prompt.
bool looks_like_doctest(const std::vector<SourceLine>& lines);

// Strips `>>> ` / `... ` prompts (line_map points at the prompt lines), attaches each
// example's wanted output as a kDoctestOutput claim on its last source line, and marks the
// snippet runnable only if the source compiles. origin "doctest", language "pycon".
Snippet make_doctest_snippet(const std::vector<SourceLine>& lines, SyntaxChecker& checker);

}  // namespace notecheck
