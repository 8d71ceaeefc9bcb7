// Runs a function in a forked child process and hands its text back to the parent. A second
// process is the only way to put a second core to work on something that holds a global lock
// (CPython's compiler and its GIL); fork(), unlike a new process, starts with this one's data.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <functional>
#include <optional>
#include <string>

namespace notecheck {

// What must happen around fork() for state this file knows nothing of (an embedded
// interpreter's locks and threads): each is called if set.
struct ForkHooks {
  std::function<void()> before;  // in this process, just before fork()
  std::function<void()> parent;  // in this process, just after
  std::function<void()> child;   // in the child, first thing
};

class ForkedCall {
 public:
  // Forks now; the child runs `work`, stores what it returns and exits without running any
  // destructor or atexit handler of the parent's. It dies with this process. When fork()
  // fails, started() is false.
  explicit ForkedCall(const std::function<std::string()>& work, const ForkHooks& hooks = {});
  ~ForkedCall();  // reaps the child; one that has not reported yet is killed first
  ForkedCall(const ForkedCall&) = delete;
  ForkedCall& operator=(const ForkedCall&) = delete;

  bool started() const { return pid_ > 0; }
  pid_t pid() const { return pid_; }  // until reaped

  // Waits, at most `timeout`, for the child's report: the text `work` returned, or nullopt
  // when the child did not finish it (`work` threw, the child crashed, was killed or is still
  // at it), with `error` saying why. The text comes as soon as the child has stored it, while
  // the child still exits (tearing down an interpreter takes ~1.5 ms); the destructor reaps
  // it, or kills it if it never reported.
  std::optional<std::string> wait(std::chrono::milliseconds timeout, std::string* error = nullptr);

 private:
  pid_t pid_ = -1;
  int result_fd_ = -1;  // an anonymous file (memfd): the child never blocks on a full pipe
  int report_fd_ = -1;  // the child writes one byte here once the result is stored
  bool reported_ = false;
};

}  // namespace notecheck
