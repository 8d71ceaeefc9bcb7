// Comparison of a claimed value (want) with an observed one (got) as trees, the way a reader means
// them: sets order-free, dicts key-wise, `...` matching anything, a class name matching the class.
#pragma once

#include "harness/run/observation.h"

namespace notecheck {

// Both sides are in the parsed form of literal.h. Numbers compare by value within one type
// (`1_000` == `1000`, `1e3` == `1000.0`) but never across types (`2` != `2.0`, `True` != `1`).
bool values_match(const Value& want, const Value& got);

// An observed value in the parsed form: its repr parsed when it is literal syntax, otherwise
// its structure, with atoms that are not literals kept as opaque reprs.
Value from_observed(const Value& observed);

// `__main__.X` -> `X`: the module prefix a script's classes carry is noise to a reader.
std::string without_main(const std::string& name);

}  // namespace notecheck
