// Claims that a line raises: `# ValueError`, `# TypeError: ...`, `# UnboundLocalError! ...`,
// `# raises KeyError`. Here (not in compare) because extract attaches such a comment to any
// statement, and the orchestrator asks the run to go on after that statement raises.
#pragma once

#include <string>
#include <string_view>

#include "extract/snippet.h"

namespace notecheck {

// Whether `name` (last dotted component) looks like an exception class: `...Error`,
// `...Exception`, `...Warning`, or one of the few builtins named otherwise (StopIteration, ...).
bool is_exception_name(std::string_view name);

// The exception type named at the start of a claim, without module prefix, or "" when the
// claim does not start by naming one. `No KeyError! Auto-creates list` names none.
std::string claimed_exception(std::string_view claim);

// The exception a claim expects its statement to raise: named at the start of a comment, or
// on the last line of a doctest traceback; "" if none.
std::string expected_exception(const Claim& claim);

}  // namespace notecheck
