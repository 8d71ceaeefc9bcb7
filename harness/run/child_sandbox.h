// What a forked snippet child does to itself before running any snippet code.
#pragma once

#include <sys/types.h>

#include <string>

namespace notecheck {

constexpr int kNobodyId = 65534;  // user and group the snippet runs as when notecheck is root
constexpr int kEventFd = 3;       // the runner's event stream, after enter_sandbox

struct SandboxSpec {
  std::string work_dir;  // becomes the cwd (already owned by nobody when dropping)
  int stdout_fd = -1;    // pipe write ends: become fds 1, 2 and kEventFd
  int stderr_fd = -1;
  int event_fd = -1;
  pid_t zygote_pid = 0;               // to notice a zygote that died before PR_SET_PDEATHSIG took
  double cpu_seconds = 11;            // RLIMIT_CPU
  long memory_bytes = 1L << 30;       // RLIMIT_AS
  long file_size_bytes = 256L << 20;  // RLIMIT_FSIZE
  bool drop_privileges = false;       // setuid/setgid to nobody
};

// Own process group, stdio (stdin /dev/null, stdout/stderr/events to the pipes, every other fd
// closed), rlimits, cwd, privilege drop, parent-death signal. Returns "" on success or what
// failed; the caller must then _exit without running the snippet.
std::string enter_sandbox(const SandboxSpec& spec);

}  // namespace notecheck
