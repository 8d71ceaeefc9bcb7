#include "util/forked_call.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <exception>

namespace notecheck {
namespace {

bool write_all(int fd, const std::string& text) {
  size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

std::optional<std::string> read_from_start(int fd) {
  std::string text;
  char buf[65536];
  off_t offset = 0;
  while (true) {
    ssize_t n = ::pread(fd, buf, sizeof buf, offset);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return std::nullopt;
    if (n == 0) return text;
    text.append(buf, static_cast<size_t>(n));
    offset += n;
  }
}

}  // namespace

ForkedCall::ForkedCall(const std::function<std::string()>& work, const ForkHooks& hooks) {
  int report[2];
  result_fd_ = ::memfd_create("notecheck-forked-call", MFD_CLOEXEC);
  if (result_fd_ < 0 || ::pipe2(report, O_CLOEXEC) != 0) return;
  const pid_t parent = ::getpid();
  if (hooks.before) hooks.before();
  pid_ = ::fork();
  if (pid_ != 0) {  // the parent (or fork() failed): only the child may write the report
    if (hooks.parent) hooks.parent();
    ::close(report[1]);
    report_fd_ = report[0];
    return;
  }
  // The child: _exit() only, so that nothing the parent owns (buffered output, temporary
  // files, an interpreter) is flushed, removed or finalized twice.
  if (hooks.child) hooks.child();
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) ::_exit(1);  // the parent died before the line above
  ::close(report[0]);
  bool stored = false;
  try {
    stored = write_all(result_fd_, work());
  } catch (...) {
    stored = false;
  }
  ::_exit(stored && write_all(report[1], "1") ? 0 : 1);
}

ForkedCall::~ForkedCall() {
  if (pid_ > 0) {
    if (!reported_) ::kill(pid_, SIGKILL);
    while (::waitpid(pid_, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
  if (report_fd_ >= 0) ::close(report_fd_);
  if (result_fd_ >= 0) ::close(result_fd_);
}

std::optional<std::string> ForkedCall::wait(std::chrono::milliseconds timeout, std::string* error) {
  auto fail = [&](const std::string& why) -> std::optional<std::string> {
    if (error) *error = why;
    return std::nullopt;
  };
  if (pid_ <= 0) return fail("the child process did not start");
  if (reported_) return fail("already waited for");
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (true) {
    auto left =
        std::chrono::ceil<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    pollfd p{report_fd_, POLLIN, 0};
    int n = ::poll(&p, 1, static_cast<int>(std::max<long long>(0, left.count())));
    if (n < 0 && errno == EINTR) continue;
    if (n == 0)
      return fail(fmt::format("the child did not finish within {} s",
                              std::chrono::duration<double>(timeout).count()));
    break;  // readable: the report, or the end of a child that died without one
  }
  char byte = 0;
  ssize_t n;
  while ((n = ::read(report_fd_, &byte, 1)) < 0 && errno == EINTR) {
  }
  if (n == 1) {
    reported_ = true;
    std::optional<std::string> text = read_from_start(result_fd_);
    if (!text) return fail(fmt::format("cannot read the child's result: {}", std::strerror(errno)));
    return text;
  }
  // No report: the child ended without one. Why, its exit status says.
  int status = 0;
  pid_t reaped;
  while ((reaped = ::waitpid(pid_, &status, 0)) < 0 && errno == EINTR) {
  }
  pid_ = -1;
  if (reaped < 0) return fail(fmt::format("cannot wait for the child: {}", std::strerror(errno)));
  if (WIFSIGNALED(status))
    return fail(fmt::format("the child was killed by signal {}", WTERMSIG(status)));
  return fail(fmt::format("the child failed (exit status {})", WEXITSTATUS(status)));
}

}  // namespace notecheck
