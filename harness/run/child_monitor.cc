#include "harness/run/child_monitor.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <string>

#include "harness/run/event_stream.h"

namespace notecheck {

namespace {

using Clock = std::chrono::steady_clock;

// The event stream carries the output again plus values; bound it too.
constexpr size_t kEventSlackBytes = 64u << 20;
constexpr int kWhereGraceMs = 200;

class Monitor {
 public:
  Monitor(pid_t pid, const ChildPipes& pipes, const ChildLimits& limits)
      : pid_(pid),
        limits_(limits),
        events_(pid),
        fds_{pipes.stdout_fd, pipes.stderr_fd, pipes.event_fd} {
    for (int fd : fds_) fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
  }

  Observation run() {
    auto start = Clock::now();
    auto deadline = start + std::chrono::duration<double>(limits_.timeout_seconds);
    // A pidfd makes the child's exit a poll event, so no SIGCHLD handler is needed; without
    // one (old kernel) poll in short slices and ask waitpid.
    int pidfd = static_cast<int>(syscall(SYS_pidfd_open, pid_, 0));
    bool reaped = false;
    int wait_status = 0;
    while (!killed_) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
      if (left.count() <= 0) {
        ask_where_it_stopped();
        std::string detail = "timed out after " + seconds(limits_.timeout_seconds);
        if (observation_.stopped_line > 0)
          detail += " at line " + std::to_string(observation_.stopped_line);
        kill_group(RunStatus::kTimeout, detail);
        break;
      }
      pollfd polled[4];
      int count = 0;
      for (int i = 0; i < 3; ++i) {
        if (open_[i]) polled[count++] = {fds_[i], POLLIN, 0};
      }
      int pid_index = count;
      if (pidfd >= 0) polled[count++] = {pidfd, POLLIN, 0};
      long slice = pidfd >= 0 ? 60000 : 10;
      int timeout_ms = static_cast<int>(std::min<long>(left.count() + 1, slice));
      if (poll(polled, count, timeout_ms) < 0 && errno != EINTR) break;
      for (int i = 0; i < pid_index; ++i) {
        if (polled[i].revents != 0) drain(index_of(polled[i].fd));
      }
      if (pidfd >= 0 ? pid_index < count && polled[pid_index].revents != 0
                     : (reaped = waitpid(pid_, &wait_status, WNOHANG) == pid_)) {
        break;  // the child exited
      }
    }
    // The snippet's leftover processes must not outlive it, nor keep the pipes open.
    kill(-pid_, SIGKILL);
    while (!reaped && waitpid(pid_, &wait_status, 0) < 0 && errno == EINTR) {
    }
    for (int i = 0; i < 3; ++i) {
      if (open_[i]) drain(i);
      close(fds_[i]);
    }
    if (pidfd >= 0) close(pidfd);
    if (!killed_ && !events_.ended()) {
      explain_exit(wait_status);
      if (observation_.stopped_line > 0)
        observation_.detail += " at line " + std::to_string(observation_.stopped_line);
    }
    observation_.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return std::move(observation_);
  }

 private:
  static std::string seconds(double s) {
    std::string text = std::to_string(s);
    text.erase(text.find_last_not_of('0') + 1);
    if (text.back() == '.') text.pop_back();
    return text + " s";
  }

  int index_of(int fd) const { return fd == fds_[0] ? 0 : fd == fds_[1] ? 1 : 2; }

  // Reads everything available now from pipe `i` (non-blocking); marks it closed at EOF.
  void drain(int i) {
    char buffer[65536];
    for (;;) {
      ssize_t n = read(fds_[i], buffer, sizeof buffer);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        if (n == 0) open_[i] = false;
        return;
      }
      accept(i, buffer, static_cast<size_t>(n));
    }
  }

  void accept(int i, const char* data, size_t size) {
    if (i == 2) {
      events_.feed(data, size, observation_);
      size_t cap = 4 * static_cast<size_t>(limits_.output_limit_bytes) + kEventSlackBytes;
      if (events_.bytes() > cap && !killed_) {
        kill_group(RunStatus::kOutputLimit, "the runner's event stream exceeded its cap");
      }
      return;
    }
    std::string& text = i == 0 ? observation_.stdout_text : observation_.stderr_text;
    size_t limit = static_cast<size_t>(std::max(0L, limits_.output_limit_bytes));
    size_t used = observation_.stdout_text.size() + observation_.stderr_text.size();
    size_t room = used >= limit ? 0 : limit - used;
    text.append(data, std::min(size, room));
    if (size > room && !killed_) {
      kill_group(RunStatus::kOutputLimit,
                 "output exceeded " + std::to_string(limits_.output_limit_bytes) + " bytes");
    }
  }

  // SIGUSR1 makes the runner report the top-level line it is executing (runner_py.h). A child
  // stuck in C code cannot answer; it gets a short grace period, not more.
  void ask_where_it_stopped() {
    if (!open_[2] || kill(pid_, SIGUSR1) != 0) return;
    auto give_up = Clock::now() + std::chrono::milliseconds(kWhereGraceMs);
    while (observation_.stopped_line == 0 && open_[2] && !killed_) {
      auto left =
          std::chrono::duration_cast<std::chrono::milliseconds>(give_up - Clock::now()).count();
      if (left <= 0) break;
      pollfd p = {fds_[2], POLLIN, 0};
      if (poll(&p, 1, static_cast<int>(left)) > 0) drain(2);
    }
  }

  void kill_group(RunStatus status, std::string detail) {
    kill(-pid_, SIGKILL);
    killed_ = true;
    observation_.status = status;
    observation_.detail = std::move(detail);
    observation_.exception.reset();
  }

  void explain_exit(int wait_status) {
    if (WIFSIGNALED(wait_status)) {
      int sig = WTERMSIG(wait_status);
      bool cpu = sig == SIGXCPU;
      observation_.status = cpu ? RunStatus::kTimeout : RunStatus::kCrashed;
      const char* name = sigabbrev_np(sig);
      observation_.detail = cpu ? "CPU time limit exceeded (SIGXCPU)"
                                : "killed by signal " + std::to_string(sig) +
                                      (name ? std::string(" (SIG") + name + ")" : "");
      return;
    }
    int code = WIFEXITED(wait_status) ? WEXITSTATUS(wait_status) : -1;
    observation_.status = RunStatus::kCrashed;
    observation_.detail = "exited with status " + std::to_string(code) + " without reporting";
  }

  pid_t pid_;
  ChildLimits limits_;
  EventStream events_;
  int fds_[3];                         // stdout, stderr, events
  bool open_[3] = {true, true, true};  // not yet at EOF
  Observation observation_;
  bool killed_ = false;
};

}  // namespace

Observation monitor_child(pid_t pid, const ChildPipes& pipes, const ChildLimits& limits) {
  return Monitor(pid, pipes, limits).run();
}

}  // namespace notecheck
