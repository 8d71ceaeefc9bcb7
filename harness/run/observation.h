// What running a snippet produced, as plain data. Produced by the run stage (which alone talks to
// CPython), read by compare and report, which stay plain C++.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace notecheck {

// A Python object exported as a typed tree: enough for compare to judge `# [D, B, C, A, object]`
// or `# {'a': 1}` as values rather than text.
struct Value {
  enum class Kind {
    kAtom,  // int, float, str, bool, None, bytes, anything without structure
    kList,  // list, deque and other sequences shown with [...]
    kTuple,
    kSet,    // set, frozenset
    kDict,   // dict and mappings; items alternate key, value
    kClass,  // a class object; `name` holds its __name__
    kOther,  // any other object: only repr/str are known
  };
  Kind kind = Kind::kAtom;
  std::string type;  // type(obj).__name__, e.g. "int", "deque", "type"
  std::string repr;
  std::string str;
  std::string name;  // kClass: __name__; otherwise empty
  std::vector<Value> items;
  bool truncated = false;  // the container had more elements than were exported
};

const char* to_string(Value::Kind kind);

struct RaisedException {
  std::string type;     // e.g. "ValueError"
  std::string message;  // str(exc)
  int line = 0;         // 1-based top-level snippet line whose statement raised
  int inner_line = 0;   // innermost snippet line in the traceback (inside a function)
};

// Everything observed for one 1-based line of the snippet.
struct LineObservation {
  std::string output;         // stdout written while this line was on the call stack
  std::vector<Value> values;  // value of the expression statement at this line, each time it ran
  // The exception an expected-error line raised, after which the run went on (see
  // RunRequest::expect_error_lines); recorded on the lines of its traceback the text expects,
  // and on its top-level and innermost lines.
  std::optional<RaisedException> raised;
  // The value the statement left in its target (RunRequest::state_lines), the last time.
  std::optional<Value> state;
};

// A piece of stdout and the top-level snippet line (the outermost snippet frame) that wrote it.
struct OutputPiece {
  int line = 0;
  std::string text;
};

enum class RunStatus {
  kOk,           // ran to the end
  kRaised,       // an uncaught exception ended it (see Observation::exception)
  kTimeout,      // wall-clock or CPU limit reached; killed
  kOutputLimit,  // wrote more than the output cap; killed
  kCrashed,      // died by a signal or exited without reporting (segfault, os._exit, ...)
  kNotRun,       // the runner refused or could not start it (infrastructure error in detail)
};

const char* to_string(RunStatus status);

struct Observation {
  RunStatus status = RunStatus::kNotRun;
  std::string detail;  // human explanation of the status, e.g. "killed by signal 11"
  std::map<int, LineObservation> lines;  // keyed by 1-based snippet line
  std::optional<RaisedException> exception;
  // Exceptions no claim expected that the run went on after (RunRequest::keep_going), in order.
  std::vector<RaisedException> passed_exceptions;
  std::string stdout_text;  // everything written to stdout, in order
  // What print() and sys.stdout got, in order, by the line that wrote it: the output of a
  // range of lines (an `# Output:` block in the middle of a snippet).
  std::vector<OutputPiece> output_pieces;
  std::string stderr_text;  // everything written to stderr (tracebacks, warnings)
  double seconds = 0;       // wall time of the run
  // Top-level snippet line that was executing when a timeout stopped the run (asked of the
  // child just before it was killed); 0 if unknown.
  int stopped_line = 0;
};

}  // namespace notecheck
