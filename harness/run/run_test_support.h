// Helpers for the run stage's tests: real snippets through a real ProcessRunner.
#pragma once

#include <string>

#include "harness/run/process_runner.h"

namespace notecheck::run_test {

// One runner (jobs=2, 5 s timeout) shared by the tests that need no special options, so the
// zygotes start once per test binary.
inline ProcessRunner& shared_runner() {
  static ProcessRunner runner([] {
    RunOptions options;
    options.timeout_seconds = 5;
    options.jobs = 2;
    return options;
  }());
  return runner;
}

inline Observation run_snippet(Runner& runner, const std::string& code,
                               const std::string& filename = "snippet.py") {
  return runner.run_all({RunRequest{code, filename}}).at(0);
}

inline Observation run_snippet(const std::string& code) {
  return run_snippet(shared_runner(), code);
}

}  // namespace notecheck::run_test
