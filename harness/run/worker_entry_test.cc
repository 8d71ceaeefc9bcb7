// notecheck_tests is its own zygote: ProcessRunner starts /proc/self/exe __worker, and
// gtest_main's main() does not know that verb, so it is intercepted before main() runs.
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "harness/run/worker.h"

namespace {

__attribute__((constructor)) void become_worker_if_asked() {
  int fd = open("/proc/self/cmdline", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  std::string cmdline;
  char buffer[4096];
  for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;) cmdline.append(buffer, n);
  close(fd);
  std::vector<std::string> args;
  for (size_t start = 0, end; start < cmdline.size(); start = end + 1) {
    end = cmdline.find('\0', start);
    if (end == std::string::npos) end = cmdline.size();
    args.push_back(cmdline.substr(start, end - start));
  }
  if (args.size() < 2 || args[1] != "__worker") return;
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  int status = notecheck::worker_main(static_cast<int>(args.size()), argv.data());
  fflush(nullptr);
  _exit(status);
}

}  // namespace
