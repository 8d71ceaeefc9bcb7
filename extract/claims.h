// The claims a snippet's text makes about what its code does, found with Python's own ast and
// tokenize (through SyntaxChecker::analyze) so `#` inside strings is never a comment.
#pragma once

#include "extract/snippet.h"
#include "extract/syntax_checker.h"

namespace notecheck {

// For a runnable Python snippet, appends:
//  - kTrailingComment: a comment on the first or last line of an expression statement, at
//    any depth (`print(x)  # True`, `add_item(2)  # [1, 2]`);
//  - kFollowingComment: for an expression statement without one, the own-line comments
//    directly below it (no blank line), joined with '\n'.
// Comments on other statements, directives (`# noqa`, `# doctest: +SKIP`, ...) and every
// comment of a two-column comparison table are not claims. Doctest snippets keep the claims
// their parser found.
void attach_claims(Snippet& snippet, SyntaxChecker& checker);

}  // namespace notecheck
