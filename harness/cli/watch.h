// --watch: check, then check again whenever one of the files changes (polled: no inotify limits,
// works on network and bind-mounted folders). Runs until interrupted.
#pragma once

#include <functional>
#include <string>
#include <vector>

namespace notecheck {

// `check` runs one check and returns the files it read (documents, config); those are watched.
[[noreturn]] void watch_loop(const std::function<std::vector<std::string>()>& check);

}  // namespace notecheck
