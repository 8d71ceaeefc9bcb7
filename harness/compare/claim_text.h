// Splits a comment into the value it claims and the prose around it:
//   `4 (includes temporary reference in getrefcount)` -> value `4`
//   `[4, 4, 4, 4, 4] -- NOT [0, 1, 2, 3, 4]`           -> value `[4, 4, 4, 4, 4]`
//   `"local" — L (local scope)`                        -> value `"local"`
//   `union: {1, 2, 3, 4, 5, 6}`, `Prime the generator -> 0` -> the value after the label
// and tells comments that are not values (`Fine`, `calls setter`, `Circular!`) from those that
// are. A comment that is not a value can only be unverifiable, never wrong.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "harness/compare/known_names.h"
#include "harness/run/observation.h"

namespace notecheck {

struct ClaimText {
  std::string value_text;      // the value as written, e.g. `[4, 4, 4, 4, 4]`; empty if none
  std::string prose;           // the rest; all of the comment when it is not a value
  std::optional<Value> value;  // value_text parsed (literal.h); nullopt: not a value
  std::string exception;       // `ValueError` for `ValueError: ...`; empty if none named
  bool approximate = false;    // `~1.5s`, `Memory: ~120 bytes`: not checkable exactly
  bool loose = false;          // words follow the value with no separator: `2 again`
};

// Reads one line of comment text (without the `#`). `known` tells names of classes and other
// objects (`[D, B, C, A, object]`) from words (`(generation0, generation1, generation2)`).
ClaimText read_claim_text(std::string_view text, const KnownNames& known);

// `4 (includes ...)` -> `4`: the text without a final parenthesized remark, for text matching.
std::string without_trailing_remark(std::string_view text);

}  // namespace notecheck
