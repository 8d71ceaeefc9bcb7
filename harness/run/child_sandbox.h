// What a forked snippet child does to itself before running any snippet code. The zygote's own
// confinement (zygote_sandbox.h: namespaces, unprivileged uid, no capabilities, seccomp) is
// inherited; this adds what is per snippet.
#pragma once

#include <sys/types.h>

#include <string>

namespace notecheck {

constexpr int kNobodyId = 65534;  // user and group the zygote becomes when notecheck is root
constexpr int kEventFd = 3;       // the runner's event stream, after enter_sandbox

struct SandboxSpec {
  std::string work_dir;  // becomes the cwd (owned by the zygote's uid, which the child has)
  int stdout_fd = -1;    // pipe write ends: become fds 1, 2 and kEventFd
  int stderr_fd = -1;
  int event_fd = -1;
  pid_t zygote_pid = 0;               // to notice a zygote that died before PR_SET_PDEATHSIG took
  double cpu_seconds = 11;            // RLIMIT_CPU
  long memory_bytes = 1L << 30;       // RLIMIT_AS
  long file_size_bytes = 256L << 20;  // RLIMIT_FSIZE
  long open_files = 1024;             // RLIMIT_NOFILE
  long processes = 256;               // RLIMIT_NPROC, when limit_processes
  // RLIMIT_NPROC counts every process of the uid: set it only where that uid is the
  // sandbox's alone (its own user namespace, or nobody), never a developer's own uid.
  bool limit_processes = false;
  // In its own PID namespace nothing else can reach the child, so it may be dumpable (its
  // /proc/self then belongs to it, as in a normal process).
  bool dumpable = false;
};

// Own session and process group (and so no controlling terminal), stdio (stdin /dev/null,
// stdout/stderr/events to the pipes, every other fd closed), rlimits, cwd, no_new_privs,
// parent-death signal. Returns "" on success or what failed; the caller must then _exit
// without running the snippet.
std::string enter_sandbox(const SandboxSpec& spec);

}  // namespace notecheck
