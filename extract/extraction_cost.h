// A guess at what extracting a text will cost, made before extracting it, for sharing
// documents among processes (harness/cli/cached_extraction.cc). Most of the cost is CPython's
// compiler over the code; code that lost its indentation costs a re-indentation search on top.
#pragma once

#include <cstddef>
#include <string_view>

namespace notecheck {

// The text's size in bytes, plus kFlatOpenerCost for every block opener at the left margin
// (`def f():`, `for x in y:`) whose next line is at the left margin too: a body that lost its
// indentation. Measured on the seed notes: a flattened note costs ~3x a plain one per byte.
inline constexpr size_t kFlatOpenerCost = 512;
size_t estimated_extraction_cost(std::string_view text);

}  // namespace notecheck
