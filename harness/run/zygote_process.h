// notecheck's handle on one zygote process (worker.h): spawning, and reaping it for sure.
#pragma once

#include <sys/types.h>

#include <string>

namespace notecheck {

struct ZygoteProcess {
  pid_t pid = -1;
  int socket = -1;  // notecheck's end of the protocol socket (the zygote's stdin and stdout)
  int pidfd = -1;   // readable once the zygote has exited
  std::string dir;  // its scratch directory (HOME, parent of the snippets' work dirs)
  bool running() const { return pid > 0; }
};

// Starts `executable __worker ...` with a sanitized environment (PATH, LANG, HOME,
// PYTHONHASHSEED only); `namespaces` false forces the sandbox's fallback. Returns false and
// sets `error` on failure.
bool start_zygote(const std::string& executable, bool namespaces, ZygoteProcess* zygote,
                  std::string* error);

// Kills the zygote (unless it already exited), reaps it, closes its fds and removes its
// directory. Returns how it ended, e.g. "killed by signal 9" or "exited with status 1".
std::string reap_zygote(ZygoteProcess* zygote);

// /proc/self/exe resolved: the running notecheck binary, which doubles as the zygote.
std::string current_executable();

}  // namespace notecheck
