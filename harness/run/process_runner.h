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
  // false: no namespace sandbox, only the fallback (unprivileged uid, seccomp, rlimits); for
  // tests and measurements of the fallback, never a user's choice.
  bool namespaces = true;
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

  // Starts up to `count` zygotes now (at most `jobs`) without waiting for them, so that they
  // start while the caller prepares the first run_all. Not needed otherwise: run_all starts
  // what it needs.
  void start(int count);

  // Which protections were in force for the snippets run so far, as the zygotes reported
  // them, e.g. "namespaces (user, mount, net, pid, ipc, uts), read-only root, private /tmp,
  // seccomp, no capabilities, no_new_privs, rlimits" or "fallback: unprivileged uid 65534
  // (nobody) only (namespaces refused: unshare: EPERM), ...". The weakest one wins if zygotes
  // differed. Empty before any zygote started.
  std::string sandbox_description() const { return sandbox_description_; }

 private:
  struct Slot;
  class Batch;
  bool start_slot(Slot& slot);  // false (and start_error_ set) if the zygote did not spawn
  void note_sandbox(const std::string& description, const std::string& warning);
  RunOptions options_;
  ProcessRunnerConfig config_;
  std::vector<std::unique_ptr<Slot>> slots_;
  int failed_starts_ = 0;  // consecutive zygotes that died before saying hello
  std::string start_error_;
  std::string sandbox_description_;
  bool sandbox_weakened_ = false;  // a zygote reported a warning
};

}  // namespace notecheck
