// A small seccomp deny-list for the zygote and everything it forks. The namespaces and the lack
// of capabilities already make these system calls fail or harmless; refusing them outright
// removes kernel attack surface (ptrace of the zygote, new namespaces, mounts, module loading,
// bpf, io_uring, keyrings, userfaultfd) and terminal injection (TIOCSTI).
#pragma once

#include <string>

namespace notecheck {

// Installs the filter on the calling thread (inherited by its children); needs no_new_privs.
// Refused calls fail with EPERM; clone3 fails with ENOSYS so that libc falls back to clone,
// whose flags the filter can read (clone3 passes them in memory). Returns "" or what failed.
std::string install_seccomp_filter();

}  // namespace notecheck
