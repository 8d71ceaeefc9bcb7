#include "harness/run/zygote_process.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

#include <boost/process/args.hpp>
#include <boost/process/child.hpp>
#include <boost/process/env.hpp>
#include <boost/process/environment.hpp>
#include <boost/process/error.hpp>
#include <boost/process/exe.hpp>
#include <boost/process/extend.hpp>

#include "harness/run/child_sandbox.h"
#include "harness/run/work_dir.h"

namespace bp = boost::process;

namespace notecheck {

namespace {

std::string describe_wait_status(int status) {
  if (WIFSIGNALED(status)) return "killed by signal " + std::to_string(WTERMSIG(status));
  return "exited with status " + std::to_string(WEXITSTATUS(status));
}

std::string scratch_parent() {
  // Root's zygote runs as nobody, who must be able to reach its work dirs: stay in /tmp.
  const char* tmp = getenv("TMPDIR");
  return geteuid() != 0 && tmp != nullptr && *tmp == '/' ? tmp : "/tmp";
}

}  // namespace

std::string current_executable() {
  char path[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", path, sizeof path - 1);
  return n > 0 ? std::string(path, static_cast<size_t>(n)) : "/proc/self/exe";
}

bool start_zygote(const std::string& executable, bool namespaces, ZygoteProcess* zygote,
                  std::string* error) {
  // Root's zygote becomes nobody, who makes the work dirs here when namespaces are refused.
  std::string dir =
      make_work_dir(scratch_parent(), "notecheck-", geteuid() == 0 ? kNobodyId : -1, error);
  if (dir.empty()) return false;
  // Close-on-exec on both ends: neither may leak into another zygote (Boost.Process does not
  // close inherited fds). The child's end is dup2'ed onto its stdin/stdout, which clears it.
  int sv[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
    *error = std::string("socketpair: ") + strerror(errno);
    remove_tree(dir);
    return false;
  }
  bp::environment env;
  env["PATH"] = "/usr/bin:/bin";
  env["LANG"] = "C.UTF-8";
  env["HOME"] = dir;
  env["PYTHONHASHSEED"] = "0";
  const pid_t parent = getpid();
  std::vector<std::string> args = {"__worker", "--parent-pid", std::to_string(parent), "--dir",
                                   dir};
  if (!namespaces) args.push_back("--no-namespaces");
  const int child_end = sv[1];
  std::error_code spawn_error;
  try {
    // bp::error: failures are reported in spawn_error rather than thrown, which is what lets
    // on_error run and reap the child whose exec failed (otherwise it stays a zombie).
    bp::child child(
        bp::exe = executable, bp::args = args, env, bp::error(spawn_error),
        bp::extend::on_exec_setup =
            [parent, child_end](auto&) {
              // Between fork and exec: async-signal-safe calls only.
              dup2(child_end, 0);
              dup2(child_end, 1);
              prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
              if (getppid() != parent) _exit(1);
            },
        bp::extend::on_error =
            [](auto& exec, const std::error_code&) {
              if (exec.pid > 0) waitpid(exec.pid, nullptr, 0);
            });
    if (!spawn_error) {
      zygote->pid = child.id();
      child.detach();  // we reap it ourselves: Boost's terminate() leaves zombies
    }
  } catch (const std::exception& e) {
    spawn_error = std::make_error_code(std::errc::io_error);
    *error = e.what();
  }
  if (spawn_error || zygote->pid <= 0) {
    *error = "cannot start worker " + executable + ": " +
             (error->empty() ? spawn_error.message() : *error);
    close(sv[0]);
    close(sv[1]);
    remove_tree(dir);
    zygote->pid = -1;
    return false;
  }
  close(sv[1]);
  fcntl(sv[0], F_SETFL, fcntl(sv[0], F_GETFL) | O_NONBLOCK);
  zygote->socket = sv[0];
  zygote->pidfd = static_cast<int>(syscall(SYS_pidfd_open, zygote->pid, 0));
  zygote->dir = dir;
  return true;
}

std::string reap_zygote(ZygoteProcess* zygote) {
  std::string how = "not running";
  if (zygote->pid > 0) {
    kill(zygote->pid, SIGKILL);  // harmless if it already exited: it is a zombie until reaped
    int status = 0;
    pid_t reaped;
    while ((reaped = waitpid(zygote->pid, &status, 0)) < 0 && errno == EINTR) {
    }
    how = reaped == zygote->pid ? describe_wait_status(status) : "vanished";
  }
  if (zygote->socket >= 0) close(zygote->socket);
  if (zygote->pidfd >= 0) close(zygote->pidfd);
  if (!zygote->dir.empty()) remove_tree(zygote->dir);
  *zygote = ZygoteProcess();
  return how;
}

}  // namespace notecheck
