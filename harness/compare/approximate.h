// Claims a reader marks as approximate (`~120 bytes`, `~1.5s`, `≈ 8 MB`) and words that mean
// "this runs" (`# Works`, `# OK`, `# Fine`).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace notecheck {

// Relative tolerance for approximate quantities: what `~` means to a reader.
constexpr double kApproximateTolerance = 0.25;

struct Quantity {
  double value = 0;   // in base units (bytes, seconds, or a plain count)
  bool time = false;  // a duration: depends on the machine
};

// `~120 bytes`, `~8MB`, `≈ 0.4s`, `~1,000` -> the number and its kind; nullopt if there is none.
std::optional<Quantity> approximate_quantity(std::string_view text);

// The first number in `text` (printed output or a repr), with a unit right after it if any.
std::optional<Quantity> first_quantity(std::string_view text);

// Whether `a` is within the tolerance of the claimed `want`.
bool roughly_equal(double want, double got);

// `Works`, `Works!`, `OK`, `Fine`, `No error`, `Allowed`: the comment says the line runs
// without an exception, and nothing else checkable.
bool says_it_runs(std::string_view text);

}  // namespace notecheck
