// Claims that name the values an unpacking bound, as notes write them after the statement:
//   `first, *rest = [1, 2, 3, 4, 5]  # first=1, rest=[2,3,4,5]`
//   `q, r = divmod(17, 5)  # q = 3, r = 2`
// The run records the unpacked names as one tuple (runner_py.h, state_target), so the claim
// reads as that tuple: `(1, [2,3,4,5])`.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "harness/run/observation.h"

namespace notecheck {

// The claim as the value of the statement's targets (a tuple for several, the value itself for
// one), when it binds each target of `statement` exactly once (in any order) and nothing else;
// nullopt otherwise (prose, `==`, a name the statement does not assign).
std::optional<std::string> bindings_as_value(std::string_view statement, std::string_view claim);

// One `name=value` of such a claim: where its value is written in the claim text.
struct Binding {
  std::string name;
  size_t value_at = 0;
  size_t value_size = 0;
};

// The claim's bindings with their places in `claim` (for fix mode), when bindings_as_value reads
// it; a trailing remark stays outside them.
std::optional<std::vector<Binding>> claimed_bindings(std::string_view statement,
                                                     std::string_view claim);

// What the run bound, written as such a claim is (`q=3, r=2`), from the recorded tuple; nullopt
// when `statement` is no unpacking into plain names or `got` is not a tuple of their number.
std::optional<std::string> value_as_bindings(std::string_view statement, const Value& got);

}  // namespace notecheck
