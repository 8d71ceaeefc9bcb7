// Claims about output that changes from run to run (process ids, addresses, times, the order
// threads and processes print in): what two runs of the same code have in common.
#pragma once

#include <string>
#include <string_view>

namespace notecheck {

// The line's shape in both runs: the common start and end of the two lines, cut back to token
// boundaries, with `...` (doctest's ELLIPSIS) for what differs. "PID=34 up", "PID=38 up" ->
// "PID=... up".
std::string common_shape(std::string_view a, std::string_view b);

// Whether `want` matches the output of two runs that differ, once what differs is masked: the
// lines of the two runs are paired in sorted order, and `want`'s lines may come in any order
// (the runs showed the output varies). False when the runs printed the same text.
bool matches_apart_from_variation(std::string_view want, std::string_view first,
                                  std::string_view second);

// What may change from run to run in the output of `code`, by the names it uses.
struct Variation {
  bool numbers = false;  // randomness, clocks, ids, hashes, process ids
  bool order = false;    // threads, processes, tasks: the order lines are printed in
  bool any() const { return numbers || order; }
};
Variation variation_sources(std::string_view code);

// Whether the code tests identity (`is`, `id(`): a script and the REPL may answer differently.
bool tests_identity(std::string_view code);

// Whether `want` matches `got` once what `variation` allows to change is masked: every number
// (`PID=12345` vs `PID=35`), and the order of lines.
bool matches_apart_from(const Variation& variation, std::string_view want, std::string_view got);

}  // namespace notecheck
