// Claims about what a statement leaves behind: the value an assignment binds
// (`idx = bisect.bisect_left(a, 5)  # 2`) or the object a method call changed
// (`dq.appendleft(0)  # [0, 1, 2, 3]`), recorded by the run as LineObservation::state.
#pragma once

#include <string_view>

#include "harness/compare/claim_text.h"
#include "harness/compare/output_checker.h"

namespace notecheck {

struct StateComparison {
  Comparison comparison;
  Got got;  // what the claim was compared with in the end (for Verdict::actual)
};

// A one-line claim on a statement with a recorded state: what the line showed (output or value)
// first, then the state. Only a literal value (`2`, `[0, 1]`) can be wrong about a state; a
// name or a call (`# int`, `# O(1)`) that does not match says something else about it.
StateComparison check_with_state(std::string_view raw, const ClaimText& want, const Got& shown,
                                 const Value& state);

}  // namespace notecheck
