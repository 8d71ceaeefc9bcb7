#include "harness/cli/runner_thread.h"

#include "harness/run/process_runner.h"

namespace notecheck {

RunnerThread::RunnerThread(RunOptions options, bool warm_up)
    : thread_([this, options, warm_up] { serve(options, warm_up); }) {}

RunnerThread::~RunnerThread() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void RunnerThread::serve(RunOptions options, bool warm_up) {
  ProcessRunner runner(options);
  // A worker that cannot start fails the real requests, and says why there.
  if (warm_up) runner.start(1);
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    changed_.wait(lock, [this] { return stop_ || requests_ != nullptr; });
    if (stop_) return;
    const std::vector<RunRequest>* requests = requests_;
    const std::function<void(size_t)>* on_done = on_done_;
    lock.unlock();
    std::vector<Observation> results;
    std::exception_ptr error;
    try {
      results = runner.run_all(*requests, on_done ? *on_done : nullptr);
    } catch (...) {
      error = std::current_exception();
    }
    lock.lock();
    sandbox_ = runner.sandbox_description();
    results_ = std::move(results);
    error_ = error;
    requests_ = nullptr;
    done_ = true;
    changed_.notify_all();
  }
}

std::vector<Observation> RunnerThread::run_all(const std::vector<RunRequest>& requests,
                                               const std::function<void(size_t)>& on_done) {
  if (requests.empty()) return {};
  std::unique_lock<std::mutex> lock(mutex_);
  requests_ = &requests;
  on_done_ = &on_done;
  done_ = false;
  changed_.notify_all();
  changed_.wait(lock, [this] { return done_; });
  if (error_) std::rethrow_exception(error_);
  return std::move(results_);
}

}  // namespace notecheck
