// Claims on code the text shows commented out: `# t[0] = 99  # TypeError` says what that
// statement would raise. The run executes it where the comment is (RunRequest::probes).
#pragma once

#include <set>

#include "extract/snippet.h"
#include "extract/syntax_checker.h"

namespace notecheck {

// Appends a claim with Claim::probe set for each comment at the left margin made of a statement
// and a trailing claim of an exception. The statement must compile, or be shaped like a call,
// subscript or assignment (what it raises may be a SyntaxError); prose is never a probe.
// Adds the comments' lines to `used`.
void add_probe_claims(Snippet& s, const Analysis& analysis, SyntaxChecker& checker,
                      std::set<int>& used);

}  // namespace notecheck
