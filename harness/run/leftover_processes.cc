#include "harness/run/leftover_processes.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <string>
#include <vector>

namespace notecheck {

namespace {

std::vector<pid_t> own_children() {
  std::vector<pid_t> children;
  if (DIR* tasks = opendir("/proc/self/task")) {
    while (dirent* entry = readdir(tasks)) {
      if (entry->d_name[0] == '.') continue;
      std::ifstream list(std::string("/proc/self/task/") + entry->d_name + "/children");
      for (pid_t pid; list >> pid;) children.push_back(pid);
    }
    closedir(tasks);
  }
  return children;
}

}  // namespace

void kill_leftover_processes(bool namespace_init) {
  // A fork bomb keeps forking while it is killed: kill again until nothing is left. Killing a
  // parent hands its children to us, so each round finds the next generation.
  for (int round = 0; round < 100000; ++round) {
    pid_t reaped = waitpid(-1, nullptr, WNOHANG);
    if (reaped < 0 && errno == ECHILD) return;  // no child, so no descendant either
    if (reaped > 0) continue;
    if (namespace_init) {
      kill(-1, SIGKILL);
    } else {
      std::vector<pid_t> children = own_children();
      if (children.empty()) return;  // no /proc/.../children: waiting could block for good
      for (pid_t pid : children) kill(pid, SIGKILL);
    }
    while (waitpid(-1, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
}

}  // namespace notecheck
