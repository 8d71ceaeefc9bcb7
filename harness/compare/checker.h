// The compare stage's entry point: one verdict per claim, from a snippet, the claim and what
// running the snippet produced. Plain C++: no Python here, only the observation's data.
#pragma once

#include <vector>

#include "extract/snippet.h"
#include "harness/compare/verdict.h"
#include "harness/run/observation.h"

namespace notecheck {

// Judges one claim of `snippet` against `obs`, the observation of running it:
//   kSkipped       the snippet was not run (snippet.reason / obs.detail), or needs a module that
//                  is not installed;
//   kError         the run stopped before the claimed line completed (exception, timeout, crash);
//   kUnverifiable  the comment is not a value, is approximate, or the line showed nothing;
//   kCorrect/kWrong otherwise, with `expected`, `actual` and a reason sentence.
// kModeDependent and kNondeterministic need more than one run and are not produced here.
Verdict judge(const Snippet& snippet, const Claim& claim, const Observation& obs);

// Verdicts for all claims of the snippet, in claim order. A snippet without claims gets none:
// reports list snippets (and why one was not run) separately from claims.
std::vector<Verdict> judge_all(const Snippet& snippet, const Observation& obs);

// The kSkipped verdict for a snippet that was not run: line = snippet_start, claim empty,
// reason = snippet.reason.
Verdict skipped_snippet(const Snippet& snippet);

}  // namespace notecheck
