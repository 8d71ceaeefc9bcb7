// Where a run got to relative to one line: did the line run to completion, raise, or was it
// never reached because the run stopped earlier (exception, timeout, crash)?
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "harness/run/observation.h"

namespace notecheck {

enum class Reach {
  kCompleted,   // ran (or the run passed it); judge what it showed
  kRaisedHere,  // the uncaught exception came from this line (top-level or innermost)
  kNotReached,  // the run stopped before it, or while it was running; see why
};

struct LineReach {
  Reach reach = Reach::kCompleted;
  std::string why;  // kNotReached: "not reached: ZeroDivisionError at line 3"
  // Non-empty when the run failed for want of something this machine does not give a snippet
  // (a module, the network, a file, standard input): a skip, never a failure.
  std::string skip;
  // kRaisedHere: the exception (the run's last one, or one it went on after).
  std::optional<RaisedException> exception;
};

// `ValueError: msg` on one line for reasons (messages may span lines); `whole` keeps it as is,
// for Verdict::actual.
std::string raised_text(const RaisedException& e, bool whole = false);

// "needs module numpy", "needs network", "needs file data.csv", "reads input()"; "" if the
// exception is the snippet's own.
std::string environment_need(const RaisedException& e);

// `line` is 1-based in the snippet. After a timeout that says where it stopped, lines of the
// top-level statements before the one that was running count as completed (that needs `code`);
// otherwise only lines before the last line with a record do: that last one may have been cut.
LineReach line_reach(const Observation& obs, int line, std::string_view code = {});

// Whether the statement on `line` (bracket continuations followed back to its first line) is
// indented: inside a function, loop or other block body.
bool inside_block_body(std::string_view code, int line);

// 1-based first line of the top-level statement containing `line`, found by indentation
// (continuation lines and `else:`/`except:` clauses belong to the statement above).
int top_level_start(std::string_view code, int line);

// Whether `line` (1-based) sits in a `try:` block, where an exception may have been caught.
bool inside_try_block(std::string_view code, int line);

}  // namespace notecheck
