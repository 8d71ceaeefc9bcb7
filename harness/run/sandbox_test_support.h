// Helpers for the sandbox tests (tests/sandbox_*_test.cc): a canary directory that snippets try
// to destroy, a TCP listener on the host's loopback, and a scan for leftover processes.
#pragma once

#include <arpa/inet.h>
#include <dirent.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include "harness/run/work_dir.h"

namespace notecheck::sandbox_test {

// A directory outside the sandbox that anyone may write: world-writable files and
// directories, so that only the sandbox (not file permissions) stands between a snippet and
// it. Made under the build directory: visible read-only inside the namespaces (not under the
// host's /tmp, which the sandbox hides).
class Canary {
 public:
  Canary() {
    std::string build_dir = NOTECHECK_BINARY;
    build_dir.erase(build_dir.rfind('/'));
    // A build under the host's /tmp would be hidden inside too: use /var/tmp then.
    if (build_dir == "/tmp" || build_dir.rfind("/tmp/", 0) == 0) build_dir = "/var/tmp";
    path_ = build_dir + "/sandbox-canary-XXXXXX";
    if (mkdtemp(path_.data()) == nullptr) path_.clear();
    if (path_.empty()) return;
    chmod(path_.c_str(), 0777);
    write(path_ + "/precious.txt", "do not delete\n");
    mkdir((path_ + "/sub").c_str(), 0777);
    chmod((path_ + "/sub").c_str(), 0777);
    write(path_ + "/sub/data.bin", std::string("\x00\x01\x02 data", 8));
  }
  ~Canary() {
    if (!path_.empty()) remove_tree(path_);
  }
  Canary(const Canary&) = delete;
  Canary& operator=(const Canary&) = delete;

  const std::string& path() const { return path_; }

  // Names, types, modes, sizes and bytes of everything under the canary, hashed (FNV-1a).
  uint64_t checksum() const { return hash_tree(path_, 1469598103934665603ULL); }

 private:
  static void write(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
    chmod(path.c_str(), 0666);
  }
  static uint64_t mix(uint64_t h, const std::string& bytes) {
    for (unsigned char c : bytes) h = (h ^ c) * 1099511628211ULL;
    return h;
  }
  static uint64_t hash_tree(const std::string& path, uint64_t h) {
    struct stat st;
    if (lstat(path.c_str(), &st) != 0) return mix(h, "missing " + path);
    h = mix(h, path + " " + std::to_string(st.st_mode) + " " + std::to_string(st.st_uid) + " " +
                   std::to_string(st.st_size));
    if (S_ISREG(st.st_mode)) {
      std::ifstream in(path, std::ios::binary);
      return mix(h, std::string(std::istreambuf_iterator<char>(in), {}));
    }
    if (!S_ISDIR(st.st_mode)) return h;
    std::vector<std::string> names;
    if (DIR* dir = opendir(path.c_str())) {
      while (dirent* entry = readdir(dir)) {
        std::string name = entry->d_name;
        if (name != "." && name != "..") names.push_back(name);
      }
      closedir(dir);
    }
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) h = hash_tree(path + "/" + name, h);
    return h;
  }
  std::string path_;
};

// A TCP listener on the host's 127.0.0.1 (ephemeral port), never any other address.
class LoopbackListener {
 public:
  LoopbackListener() {
    fd_ = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t size = sizeof address;
    if (bind(fd_, reinterpret_cast<sockaddr*>(&address), size) != 0 || listen(fd_, 16) != 0 ||
        getsockname(fd_, reinterpret_cast<sockaddr*>(&address), &size) != 0) {
      close(fd_);
      fd_ = -1;
      return;
    }
    port_ = ntohs(address.sin_port);
  }
  ~LoopbackListener() {
    if (fd_ >= 0) close(fd_);
  }
  LoopbackListener(const LoopbackListener&) = delete;
  LoopbackListener& operator=(const LoopbackListener&) = delete;

  int port() const { return port_; }

  // Connections accepted now (non-blocking).
  int accept_pending() {
    int accepted = 0;
    pollfd p{fd_, POLLIN, 0};
    while (poll(&p, 1, 0) > 0) {
      int client = accept4(fd_, nullptr, nullptr, SOCK_CLOEXEC);
      if (client < 0) break;
      close(client);
      ++accepted;
    }
    return accepted;
  }

  // Connects from this (the test's, outside) process.
  bool connect_from_outside() const {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(static_cast<uint16_t>(port_));
    bool ok = connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    close(fd);
    return ok;
  }

 private:
  int fd_ = -1;
  int port_ = 0;
};

// Host pids of processes whose command line contains `marker`.
inline std::vector<pid_t> processes_with(const std::string& marker) {
  std::vector<pid_t> found;
  if (DIR* proc = opendir("/proc")) {
    while (dirent* entry = readdir(proc)) {
      pid_t pid = atoi(entry->d_name);
      if (pid <= 0 || pid == getpid()) continue;
      // read(2), not a stream: a process that exits meanwhile fails the read (ESRCH), which
      // libstdc++'s filebuf reports by throwing.
      std::string cmdline;
      int fd =
          open((std::string("/proc/") + entry->d_name + "/cmdline").c_str(), O_RDONLY | O_CLOEXEC);
      char buffer[4096];
      for (ssize_t n; fd >= 0 && (n = read(fd, buffer, sizeof buffer)) > 0;)
        cmdline.append(buffer, n);
      if (fd >= 0) close(fd);
      std::replace(cmdline.begin(), cmdline.end(), '\0', ' ');
      if (cmdline.find(marker) != std::string::npos) found.push_back(pid);
    }
    closedir(proc);
  }
  return found;
}

// Waits up to `seconds` for no process to carry `marker`; returns those still there.
inline std::vector<pid_t> wait_until_gone(const std::string& marker, double seconds) {
  std::vector<pid_t> left = processes_with(marker);
  for (int i = 0; i < seconds * 20 && !left.empty(); ++i) {
    usleep(50000);
    left = processes_with(marker);
  }
  return left;
}

}  // namespace notecheck::sandbox_test
