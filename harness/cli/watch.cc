#include "harness/cli/watch.h"

#include <sys/stat.h>

#include <chrono>
#include <iostream>
#include <map>
#include <thread>

#include <fmt/format.h>

namespace notecheck {

namespace {

constexpr auto kPoll = std::chrono::milliseconds(250);

// What tells an edit: modification time (ns) and size. Missing files get {0, -1}.
std::pair<long long, long long> stamp(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) return {0, -1};
  return {static_cast<long long>(st.st_mtim.tv_sec) * 1'000'000'000LL + st.st_mtim.tv_nsec,
          static_cast<long long>(st.st_size)};
}

}  // namespace

void watch_loop(const std::function<std::vector<std::string>()>& check) {
  for (;;) {
    std::map<std::string, std::pair<long long, long long>> seen;
    for (const std::string& f : check()) seen[f] = stamp(f);
    std::cerr << fmt::format("notecheck: watching {} files; Ctrl-C to stop\n", seen.size());
    std::string changed;
    while (changed.empty()) {
      std::this_thread::sleep_for(kPoll);
      for (const auto& [path, old] : seen)
        if (stamp(path) != old) changed = path;
    }
    // Editors save in several steps (truncate, write, rename): let the file settle.
    std::this_thread::sleep_for(kPoll);
    std::cerr << fmt::format("\nnotecheck: {} changed; checking again\n", changed);
  }
}

}  // namespace notecheck
