// Claims that a line raises: `# ValueError`, `# TypeError: ...`, `# UnboundLocalError! ...`,
// `# raises KeyError`.
#pragma once

#include <string>
#include <string_view>

#include "extract/claim_exception.h"  // is_exception_name, claimed_exception

namespace notecheck {

// Whether raising `raised` (a type name, perhaps qualified) bears out a claim of `claimed`: the
// same type, or a builtin base of it (`LookupError` for `KeyError`, `Exception` for most).
bool exception_satisfies(std::string_view claimed, std::string_view raised);

}  // namespace notecheck
