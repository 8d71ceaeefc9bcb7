#include "harness/run/zygote_sandbox.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <net/if.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "harness/run/capabilities.h"
#include "harness/run/child_sandbox.h"
#include "harness/run/sandbox_mounts.h"
#include "harness/run/seccomp_filter.h"

namespace notecheck {

namespace {

constexpr int kNamespaces =
    CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS;
constexpr const char* kNamespaceList = "namespaces (user, mount, net, pid, ipc, uts)";

std::string failed(const std::string& what) { return what + ": " + strerror(errno); }

std::string errno_name(int error) {
  const char* name = strerrorname_np(error);
  return name ? name : std::to_string(error);
}

std::string drop_root() {
  if (geteuid() != 0) return "";
  if (setgroups(0, nullptr) != 0) return failed("setgroups");
  if (setresgid(kNobodyId, kNobodyId, kNobodyId) != 0) return failed("setresgid nobody");
  if (setresuid(kNobodyId, kNobodyId, kNobodyId) != 0) return failed("setresuid nobody");
  return "";
}

std::string write_text(const char* path, const std::string& text) {
  int fd = open(path, O_WRONLY | O_CLOEXEC);
  if (fd < 0) return failed(std::string("open ") + path);
  bool ok = write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  int error = errno;
  close(fd);
  errno = error;
  return ok ? "" : failed(std::string("write ") + path);
}

// The sandbox's uid and gid are the zygote's own (nobody for root): inside and outside agree,
// and no other id exists in the namespace.
std::string map_ids(uid_t uid, gid_t gid) {
  std::string error = write_text("/proc/self/setgroups", "deny");
  if (error.empty())
    error =
        write_text("/proc/self/uid_map", std::to_string(uid) + " " + std::to_string(uid) + " 1\n");
  if (error.empty())
    error =
        write_text("/proc/self/gid_map", std::to_string(gid) + " " + std::to_string(gid) + " 1\n");
  return error;
}

// The new network namespace has only `lo`, and it is down: bring it up so that a snippet can
// talk to itself (a server and a client in one snippet).
std::string loopback_up() {
  int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return failed("socket");
  ifreq request{};
  strncpy(request.ifr_name, "lo", IFNAMSIZ - 1);
  bool ok = ioctl(fd, SIOCGIFFLAGS, &request) == 0;
  request.ifr_flags |= IFF_UP | IFF_RUNNING;
  ok = ok && ioctl(fd, SIOCSIFFLAGS, &request) == 0;
  int error = errno;
  close(fd);
  errno = error;
  return ok ? "" : failed("loopback up");
}

// The process left outside the PID namespace: it only waits for the zygote (PID 1 inside) and
// ends the same way, so notecheck sees one process whatever happens inside.
[[noreturn]] void wait_for_zygote(pid_t zygote) {
  rlimit no_core{0, 0};
  setrlimit(RLIMIT_CORE, &no_core);
  int status = 0;
  while (waitpid(zygote, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFSIGNALED(status)) {
    signal(WTERMSIG(status), SIG_DFL);
    raise(WTERMSIG(status));
  }
  _exit(WIFEXITED(status) ? WEXITSTATUS(status) : 1);
}

// Forks the PID namespace's init, which returns as the zygote; the caller waits outside.
std::string become_namespace_init(const ZygoteSandboxOptions& options) {
  int alive[2];  // the zygote sees POLLHUP once the outer process is gone
  if (pipe2(alive, O_CLOEXEC) != 0) return failed("pipe");
  pid_t zygote = fork();
  if (zygote < 0) return failed("fork");
  if (zygote > 0) {
    close(alive[0]);
    for (int fd : options.protocol_fds) close(fd);
    int null_fd = open("/dev/null", O_RDWR | O_CLOEXEC);
    if (null_fd >= 0) dup2(null_fd, 0), dup2(null_fd, 1);
    wait_for_zygote(zygote);
  }
  close(alive[1]);
  // Dies with the outer process, and with it the whole namespace.
  prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
  pollfd outer{alive[0], POLLIN, 0};
  if (poll(&outer, 1, 0) != 0) _exit(1);
  close(alive[0]);
  return "";
}

}  // namespace

ZygoteSandbox enter_zygote_sandbox(const ZygoteSandboxOptions& options) {
  ZygoteSandbox sandbox;
  const bool was_root = geteuid() == 0;
  if (std::string error = drop_root(); !error.empty()) {
    sandbox.error = error;
    return sandbox;
  }
  // A change of credentials clears the parent-death signal: set it again, then make sure
  // notecheck did not die meanwhile.
  prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
  if (options.notecheck_pid != 0 && getppid() != options.notecheck_pid) _exit(1);
  // setuid made the process undumpable, which gives /proc/self/uid_map to root.
  prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
  const uid_t uid = getuid();
  const gid_t gid = getgid();

  // The namespaces first, the PID namespace last: until the first mount succeeds nothing has
  // changed for this process, so a refusal (unshare, or a security module denying mounts in a
  // user namespace) still leaves the fallback usable.
  std::string refused = "disabled";
  if (options.namespaces) {
    refused = unshare(kNamespaces) == 0 ? "" : "unshare: " + errno_name(errno);
  }
  if (refused.empty()) {
    if (std::string error = map_ids(uid, gid); !error.empty()) refused = error;
  }
  if (refused.empty() && mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
    refused = "mount: " + errno_name(errno);
  }
  std::string notes;
  auto note = [&notes](const std::string& text) {
    if (!text.empty()) notes += (notes.empty() ? "" : "; ") + text;
  };
  if (refused.empty()) {
    MountReport mounts = set_up_sandbox_mounts();
    std::string error = mounts.error;
    if (error.empty() && unshare(CLONE_NEWPID) != 0) error = failed("unshare pid");
    if (error.empty()) error = become_namespace_init(options);
    if (!error.empty()) {
      sandbox.error = "sandbox: " + error;
      return sandbox;
    }
    note(mounts.notes);
    note(loopback_up());
    if (sethostname("notecheck", 9) != 0) note(failed("sethostname"));
    if (std::string proc = mount_namespace_proc(); !proc.empty()) {
      note("host /proc visible (" + proc + ")");
    }
    sandbox.namespaces = true;
    sandbox.work_parent = "/tmp";
  } else {
    sandbox.work_parent = options.fallback_dir;
    // Processes a snippet orphans come back to the zygote, which kills them after the run.
    prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
  }
  sandbox.limit_processes = sandbox.namespaces || was_root;

  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) {
    sandbox.error = failed("PR_SET_NO_NEW_PRIVS");
    return sandbox;
  }
  bool no_capabilities = drop_all_capabilities();
  std::string seccomp = install_seccomp_filter();
  // Snippets run as the zygote's uid: undumpable, its memory and fds are out of their reach.
  prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);

  std::string protections = (seccomp.empty() ? "seccomp" : "no seccomp (" + seccomp + ")") +
                            std::string(no_capabilities ? ", no capabilities" : "") +
                            ", no_new_privs, rlimits";
  if (sandbox.namespaces) {
    sandbox.description = std::string(kNamespaceList) + ", read-only root, private /tmp, " +
                          protections + (notes.empty() ? "" : "; " + notes);
    if (!notes.empty() || !seccomp.empty())
      sandbox.warning = "sandbox incomplete: " + (notes.empty() ? seccomp : notes);
  } else {
    std::string who = was_root ? "unprivileged uid " + std::to_string(uid) + " (nobody)"
                               : "uid " + std::to_string(uid) + " (the user running notecheck)";
    sandbox.description = "fallback: " + who + " only (namespaces " +
                          (refused == "disabled" ? refused : "refused: " + refused) + "), " +
                          protections;
    sandbox.warning = "no namespace sandbox (" + refused + "): snippets run as " + who +
                      ", can read what it can read, write where it can write, and reach the "
                      "network";
  }
  return sandbox;
}

}  // namespace notecheck
