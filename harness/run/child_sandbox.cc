#include "harness/run/child_sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>

namespace notecheck {

namespace {

std::string failed(const char* what) { return std::string(what) + ": " + strerror(errno); }

// Never above the limit inherited from notecheck (raising it needs a capability).
bool set_limit(int resource, rlim_t soft, rlim_t hard) {
  rlimit limit;
  if (getrlimit(resource, &limit) != 0) return false;
  limit.rlim_max = std::min(limit.rlim_max, hard);
  limit.rlim_cur = std::min(limit.rlim_max, soft);
  return setrlimit(resource, &limit) == 0;
}

void close_fds_from(int first) {
  // close_range(2) exists since Linux 5.9; fall back to a bounded loop.
  if (syscall(SYS_close_range, first, ~0U, 0) == 0) return;
  for (int fd = first; fd < 4096; ++fd) close(fd);
}

}  // namespace

std::string enter_sandbox(const SandboxSpec& spec) {
  // Own session first: the zygote's kill(-pid) reaches everything the snippet starts, and
  // without a controlling terminal /dev/tty cannot reach the user's.
  if (setsid() < 0) return failed("setsid");

  int null_fd = open("/dev/null", O_RDONLY);
  if (null_fd < 0) return failed("open /dev/null");
  if (dup2(null_fd, 0) < 0 || dup2(spec.stdout_fd, 1) < 0 || dup2(spec.stderr_fd, 2) < 0) {
    return failed("dup2 stdio");
  }
  // The event fd is close-on-exec: programs the snippet execs must not write into it.
  if (spec.event_fd != kEventFd && dup3(spec.event_fd, kEventFd, O_CLOEXEC) < 0) {
    return failed("dup3 event fd");
  }
  close_fds_from(kEventFd + 1);

  rlim_t cpu = static_cast<rlim_t>(std::ceil(spec.cpu_seconds));
  if (!set_limit(RLIMIT_CPU, cpu, cpu + 1)) return failed("RLIMIT_CPU");
  if (!set_limit(RLIMIT_AS, spec.memory_bytes, spec.memory_bytes)) return failed("RLIMIT_AS");
  if (!set_limit(RLIMIT_CORE, 0, 0)) return failed("RLIMIT_CORE");
  if (!set_limit(RLIMIT_FSIZE, spec.file_size_bytes, spec.file_size_bytes)) {
    return failed("RLIMIT_FSIZE");
  }
  if (!set_limit(RLIMIT_NOFILE, spec.open_files, spec.open_files)) return failed("RLIMIT_NOFILE");
  // Stops a fork bomb.
  if (spec.limit_processes && !set_limit(RLIMIT_NPROC, spec.processes, spec.processes)) {
    return failed("RLIMIT_NPROC");
  }
  if (chdir(spec.work_dir.c_str()) != 0) return failed("chdir");
  if (spec.dumpable && prctl(PR_SET_DUMPABLE, 1, 0, 0, 0) != 0) return failed("PR_SET_DUMPABLE");
  // No setuid binary (su, sudo) can give privileges back (the zygote set it too).
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return failed("PR_SET_NO_NEW_PRIVS");
  // Then check the zygote did not die before the parent-death signal took effect.
  if (prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) != 0) return failed("PR_SET_PDEATHSIG");
  if (getppid() != spec.zygote_pid) return "zygote died";
  return "";
}

}  // namespace notecheck
