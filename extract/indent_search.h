// Ranks the ways flat statements can nest: a beam search over statements where each state is
// the stack of open blocks. Python's grammar rules out most choices (a body after every `:`,
// `else` only after `if`, `return` only in a function); the rest are ranked by the signals a
// reader uses (names only a function binds, `self` only in methods, nothing after `return`,
// a decorated method stays in its class). Candidates are confirmed by the compiler elsewhere.
#pragma once

#include <vector>

#include "extract/flat_statements.h"

namespace notecheck {

struct IndentCandidate {
  std::vector<int> depth;  // per statement: nesting level, 0 = top level
  double cost = 0;         // lower is more plausible
  // Other structures nearly as plausible that differ from this one only before `statement`
  // (they were merged into it there): each is a complete depth vector.
  struct CloseCall {
    int statement = 0;  // first statement where the alternative differs
    std::vector<int> depth;
    double extra_cost = 0;
  };
  std::vector<CloseCall> close_calls;
};

// Costs within this of the best are "plausible" alternatives, reported as ambiguities.
constexpr double kAmbiguityMargin = 1.0;

// The best structures first, at most `max_results`; empty if the statements cannot nest in
// any valid way (a `return` with no function to be in), with `*dead_end` set to the first
// statement no structure can place.
std::vector<IndentCandidate> rank_indentations(const FlatBlock& block, int max_results,
                                               int* dead_end = nullptr);

}  // namespace notecheck
