// The file system a snippet sees, built in the zygote's private mount namespace: the host's
// tree read-only, a private tmpfs on /tmp (the work directories), a minimal /dev of its own,
// /home and /root hidden, and a /proc of the zygote's PID namespace.
#pragma once

#include <string>

namespace notecheck {

struct MountReport {
  std::string error;  // an essential step failed: the view is not safe to run snippets in
  std::string notes;  // optional parts that could not be set up, "; "-separated
};

// In a fresh user + mount namespace, with its capabilities, after `/` was made MS_PRIVATE
// recursively (so that nothing done here reaches the host's mount table).
MountReport set_up_sandbox_mounts();

// Mounts a proc for the caller's PID namespace over /proc; call from inside that namespace
// (its init). Returns "" or what failed (the host's /proc then stays visible, read-only).
std::string mount_namespace_proc();

// Sizes of the private file systems (tmpfs: memory, so bounded).
constexpr const char* kTmpOptions = "mode=0700,size=512m,nr_inodes=65536";
constexpr const char* kShmOptions = "mode=1777,size=64m,nr_inodes=4096";

}  // namespace notecheck
