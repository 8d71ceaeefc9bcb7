// Claims about more than one line's output, or about nothing being raised: `# Output:` blocks
// and "Output:" sections (kOutputBlock), and `assert` statements (kAssert).
#pragma once

#include "extract/snippet.h"
#include "harness/compare/verdict.h"
#include "harness/run/observation.h"

namespace notecheck {

// Sets v's verdict, expected, actual and reason for a kOutputBlock claim: the text printed by
// lines [from_line, code_line], line by line as doctest compares, in any order when the label
// says the order may vary. A hypothetical sample ("if we had 7 users") is unverifiable, and so
// is a mismatch when the label names another Python version than the one that ran.
void judge_output_block(const Snippet& snippet, const Claim& claim, const Observation& obs,
                        Verdict& v);

// Sets v for a kAssert claim: correct when the statement ran without AssertionError, wrong when
// it raised one; another exception, or a run that stopped before it, is an error (or a skip
// when the machine lacks what the snippet needs).
void judge_assert(const Snippet& snippet, const Claim& claim, const Observation& obs, Verdict& v);

}  // namespace notecheck
