// The run stage's interface: executes snippets in isolation and returns plain observations.
// The real implementation forks from embedded-CPython workers; tests use a fake.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "harness/run/observation.h"

namespace notecheck {

struct RunOptions {
  double timeout_seconds = 10;         // wall clock per snippet
  long output_limit_bytes = 1 << 20;   // stdout + stderr together
  long memory_limit_bytes = 1L << 30;  // address space of the child
  int jobs = 2;                        // worker processes
};

struct Probe {
  int line = 0;      // 1-based snippet line of the comment
  std::string code;  // the statement inside the comment
};

struct RunRequest {
  std::string code;      // the snippet, compiled as one module named __main__
  std::string filename;  // shown in tracebacks, e.g. "notes.md:12"
  std::string mode;      // "script" or "repl" (each statement on its own, as python -i);
                         // empty: the runner's default
  // Earlier snippets this one continues: run first, in order, in the same namespace, their
  // output discarded and their exceptions ignored.
  std::vector<std::string> prelude;
  // Run only the prelude's top-level definitions (its expression statements, such as calls
  // that mutate state or print, are left out): what a reader carries from earlier examples.
  bool prelude_definitions_only = false;
  // 1-based snippet lines whose claims expect an exception (`# ValueError`, a failing
  // `assert`): when one is on the traceback of a top-level statement's exception, the exception
  // is recorded (LineObservation::raised) and the run goes on with the next statement.
  std::vector<int> expect_error_lines;
  // 1-based first lines of top-level statements whose claims are about the state they leave:
  // the value of the name an assignment binds (`idx = f(a)  # 2`), or of the object a method
  // call changed (`dq.appendleft(0)  # [0, 1, 2]`), recorded as LineObservation::state.
  std::vector<int> state_lines;
  // 0 for the first run; 1 for the nondeterminism check's second run of the same request,
  // which must be a run of its own (a result cache keys on it), not the first one's answer.
  int attempt = 0;
  // Statements the text shows commented out with a claim of what they raise
  // (`# t[0] = 99  # TypeError`): each runs, at the top level, where its comment is, in a copy
  // of the namespace; what it raises (a SyntaxError included) is recorded on its line, which
  // gets a record even when nothing is raised. The run goes on either way.
  std::vector<Probe> probes;
  // After an exception no claim expects, go on with the next top-level statement (its
  // traceback printed, the exception recorded in Observation::passed_exceptions), as doctest
  // goes on after a failing example; SystemExit and KeyboardInterrupt still end the run.
  bool keep_going = false;
};

class Runner {
 public:
  virtual ~Runner() = default;
  // Runs every request (in any order, up to `jobs` at once) and returns one observation per
  // request, in request order. A snippet's failure is an observation, never an exception.
  // `on_done` (optional) is called as each one finishes, for progress display.
  virtual std::vector<Observation> run_all(
      const std::vector<RunRequest>& requests,
      const std::function<void(size_t index)>& on_done = nullptr) = 0;
};

}  // namespace notecheck
