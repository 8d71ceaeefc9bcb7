// Labels that introduce what a program prints: `# Output:`, `# Output (CPython 3.12):`,
// `Output (runs concurrently, order may vary):`, `Expected output:`, `#> ` lines aside.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace notecheck {

struct OutputLabel {
  std::string rest;            // what follows the colon on the label's own line (`Output: 42`)
  bool any_order = false;      // "order may vary", "in any order": lines compare as a multiset
  std::string python_version;  // "3.12" from "(CPython 3.12)": true of that version only
  bool hypothetical = false;   // "(if we had 7 users)": not what this code prints
};

// The label in `text` (a comment without its `#`, or a line of prose), if it is one. Leading
// bullets, emoji and markup are ignored; prose that merely starts with "Output" is not a label.
std::optional<OutputLabel> output_label(std::string_view text);

}  // namespace notecheck
