// The real Runner: `jobs` zygote processes (worker.h), each forking one sandboxed child per
// snippet, supervised from a single-threaded poll loop in the calling thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "harness/run/runner.h"

namespace notecheck {

struct ProcessRunnerConfig {
  // Binary started as `<worker_executable> __worker`; empty means the running binary
  // (/proc/self/exe), whose main() must dispatch to worker_main.
  std::string worker_executable;
  std::string mode = "script";  // or "repl": see SnippetRequest::mode
};

class ProcessRunner : public Runner {
 public:
  explicit ProcessRunner(RunOptions options, ProcessRunnerConfig config = {});
  ~ProcessRunner() override;  // stops the zygotes and reaps them
  ProcessRunner(const ProcessRunner&) = delete;
  ProcessRunner& operator=(const ProcessRunner&) = delete;

  // Zygotes start on first use and are reused by later calls. Not reentrant; zygotes die with
  // the thread that started them (PR_SET_PDEATHSIG), so keep using one long-lived thread.
  std::vector<Observation> run_all(
      const std::vector<RunRequest>& requests,
      const std::function<void(size_t index)>& on_done = nullptr) override;

 private:
  struct Slot;
  class Batch;
  RunOptions options_;
  ProcessRunnerConfig config_;
  std::vector<std::unique_ptr<Slot>> slots_;
  int failed_starts_ = 0;  // consecutive zygotes that died before saying hello
  std::string start_error_;
};

}  // namespace notecheck
