// Two-column comparison tables written as a Python block:
//   # Python                          # TypeScript
//   name: str = "Alice"               # const name: string = "Alice"
// The right-hand comments are the other language, not claims about the Python.
#pragma once

#include <string>

namespace notecheck {

// The byte column where the right-hand column starts, or -1 if `code` is not such a table:
// its first line holds two `#` comments apart by wide whitespace, and at least half of the
// other non-blank lines carry a comment from about that column on.
int comparison_table_column(const std::string& code);

}  // namespace notecheck
