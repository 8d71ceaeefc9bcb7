// The confinement a zygote puts itself in once, before CPython starts, so that every snippet
// it forks inherits it at no cost per snippet:
//   - as root, first become nobody (65534): nothing the zygote or a snippet does is root's;
//   - new user, mount, network, PID, IPC and UTS namespaces: the host's file system read-only
//     (sandbox_mounts.h), only a loopback network of its own, no process outside its tree;
//   - the zygote becomes the init (PID 1) of its PID namespace: when it dies, the kernel kills
//     everything left in the namespace, and a snippet cannot signal it;
//   - no capabilities, no_new_privs, the seccomp filter (seccomp_filter.h), not dumpable.
// Where the kernel refuses namespaces, the fallback is the unprivileged uid alone (plus
// seccomp and no_new_privs), and the description and warning say so.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace notecheck {

struct ZygoteSandboxOptions {
  bool namespaces = true;         // false: the fallback, on purpose (tests, comparisons)
  pid_t notecheck_pid = 0;        // the zygote's parent; the zygote must not outlive it
  std::string fallback_dir;       // parent of the work directories without a mount namespace
  std::vector<int> protocol_fds;  // closed in the process that stays outside the namespace
};

struct ZygoteSandbox {
  std::string error;             // could not be made safe: the zygote must run nothing
  bool namespaces = false;       // in its own namespaces, as PID 1
  std::string work_parent;       // where each snippet's work directory is made
  std::string description;       // protections in force, for the report
  std::string warning;           // why weaker than the full sandbox; empty when it is not
  bool limit_processes = false;  // RLIMIT_NPROC counts only the sandbox's own processes
};

// Call first thing in the zygote, single-threaded. With namespaces it forks: the calling
// process stays outside, waits for the zygote (PID 1 inside) and ends as it ends, never
// returning; the function returns in the zygote.
ZygoteSandbox enter_zygote_sandbox(const ZygoteSandboxOptions& options);

}  // namespace notecheck
