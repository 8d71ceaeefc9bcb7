// The cost of putting the next flat statement at a given depth of the search state
// (indent_context.h): Python's rules decide what is possible, a reader's expectations
// what is likely.
#pragma once

#include "extract/flat_statements.h"
#include "extract/indent_context.h"

namespace notecheck {

// False if statement `k` cannot be at `depth` in `ctx`; otherwise adds its cost to `*cost`.
bool placement_cost(const IndentContext& ctx, int k, int depth, double* cost);

}  // namespace notecheck
