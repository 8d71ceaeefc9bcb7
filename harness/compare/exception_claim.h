// Claims that a line raises: `# ValueError`, `# TypeError: ...`, `# UnboundLocalError! ...`,
// `# raises KeyError`.
#pragma once

#include <string>
#include <string_view>

namespace notecheck {

// Whether `name` (last dotted component) looks like an exception class: `...Error`,
// `...Exception`, `...Warning`, or one of the few builtins named otherwise (StopIteration, ...).
bool is_exception_name(std::string_view name);

// The exception type named at the start of a claim, without module prefix, or "" when the
// claim does not start by naming one. `No KeyError! Auto-creates list` names none.
std::string claimed_exception(std::string_view claim);

// Whether raising `raised` (a type name, perhaps qualified) bears out a claim of `claimed`: the
// same type, or a builtin base of it (`LookupError` for `KeyError`, `Exception` for most).
bool exception_satisfies(std::string_view claimed, std::string_view raised);

}  // namespace notecheck
