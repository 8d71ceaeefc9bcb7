// A ProcessRunner that lives on a thread of its own, so that its worker can start (CPython and
// the preloaded modules: tens of milliseconds) while this thread still extracts the documents.
// The runner thread also stays the one thread that forks the workers, as ProcessRunner needs
// (they die with the thread that started them).
#pragma once

#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

#include "harness/run/runner.h"

namespace notecheck {

class RunnerThread : public Runner {
 public:
  // `warm_up`: start a worker now, for a check that will run snippets anyway; it starts while
  // this thread extracts. Without it the worker starts on the first real request, as usual.
  RunnerThread(RunOptions options, bool warm_up);
  ~RunnerThread() override;
  RunnerThread(const RunnerThread&) = delete;
  RunnerThread& operator=(const RunnerThread&) = delete;

  // Hands the requests to the runner thread and waits; `on_done` is called on that thread
  // while this one waits.
  std::vector<Observation> run_all(
      const std::vector<RunRequest>& requests,
      const std::function<void(size_t index)>& on_done = nullptr) override;

  // The protection the snippets of the last run_all ran under (ProcessRunner's description);
  // empty before any run.
  std::string sandbox_description() {
    std::lock_guard<std::mutex> lock(mutex_);
    return sandbox_;
  }

 private:
  void serve(RunOptions options, bool warm_up);

  std::mutex mutex_;
  std::condition_variable changed_;
  const std::vector<RunRequest>* requests_ = nullptr;  // a job waiting for the runner thread
  const std::function<void(size_t)>* on_done_ = nullptr;
  std::vector<Observation> results_;
  std::string sandbox_;
  std::exception_ptr error_;
  bool done_ = false;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace notecheck
