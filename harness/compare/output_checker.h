// doctest's OutputChecker for claims in notes: does the claimed `want` describe what a line
// printed or evaluated to (`got`)? The judge in checker.h decides first whether the line ran.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "harness/compare/claim_text.h"
#include "harness/compare/known_names.h"
#include "harness/run/observation.h"

namespace notecheck {

// What a line showed: the output it printed, and the value of its expression statement. In
// REPL mode the run echoes the value's repr to stdout, so a line may have both.
struct Got {
  bool printed = false;        // text is stdout written while the line ran
  std::string text;            // the output without its trailing newline, or the value's repr
  std::optional<Value> value;  // the last value recorded for the line, if any

  bool empty() const { return !printed && !value; }
  bool is_none() const { return !printed && value && value->repr == "None"; }
};

// The line's output (else the repr of its last value) and its last value.
Got got_for_line(const LineObservation& line);

enum class Outcome { kMatch, kMismatch, kUnknown };

struct Comparison {
  Outcome outcome = Outcome::kUnknown;
  std::string reason;  // a sentence: "printed [4, 4, 4, 4, 4]", "comment is not a value"
};

// A one-line claim (trailing comment, or a following comment of one line). `raw` is the
// comment as written: `PENDING 1, ACTIVE 2, DISABLED 3` matches three printed lines as a whole.
Comparison check_line_claim(std::string_view raw, const ClaimText& want, const Got& got);

// A following comment of several lines, compared line by line with the printed lines.
Comparison check_claim_lines(const std::vector<std::string>& want_lines, const KnownNames& known,
                             const Got& got);

// A doctest example's wanted output: exact after whitespace folding, with ELLIPSIS, and with the
// literals in each line compared as values.
Comparison check_doctest_output(std::string_view want, const Got& got);

// "printed 2", "value is 'B'": how a reason sentence shows got (shortened when long).
std::string describe(const Got& got);

}  // namespace notecheck
