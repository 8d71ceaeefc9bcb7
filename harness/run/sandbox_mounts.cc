#include "harness/run/sandbox_mounts.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <vector>

namespace notecheck {

namespace {

std::string failed(const std::string& what) { return what + ": " + strerror(errno); }

// mountinfo escapes spaces and such as \ooo.
std::string unescape(const std::string& field) {
  std::string out;
  for (size_t i = 0; i < field.size(); ++i) {
    if (field[i] == '\\' && i + 3 < field.size()) {
      out += static_cast<char>(std::stoi(field.substr(i + 1, 3), nullptr, 8));
      i += 3;
    } else {
      out += field[i];
    }
  }
  return out;
}

// Kernels before 5.12 have no mount_setattr: remount each mount read-only by itself, keeping
// the flags a less privileged namespace may not clear (nosuid, nodev, noexec, atime).
std::string remount_each_read_only() {
  std::ifstream mountinfo("/proc/self/mountinfo");
  std::string line;
  while (std::getline(mountinfo, line)) {
    std::istringstream fields(line);
    std::string id, parent, devno, root, point, options;
    fields >> id >> parent >> devno >> root >> point >> options;
    unsigned long flags = MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID;
    std::stringstream list(options);
    for (std::string option; std::getline(list, option, ',');) {
      if (option == "nodev") flags |= MS_NODEV;
      if (option == "noexec") flags |= MS_NOEXEC;
      if (option == "noatime") flags |= MS_NOATIME;
      if (option == "nodiratime") flags |= MS_NODIRATIME;
      if (option == "relatime") flags |= MS_RELATIME;
      if (option == "strictatime") flags |= MS_STRICTATIME;
    }
    std::string path = unescape(point);
    if (mount(nullptr, path.c_str(), nullptr, flags, nullptr) != 0 && errno != ENOENT &&
        errno != EACCES) {
      return failed("remount read-only " + path);
    }
  }
  return "";
}

// Read-only (and nosuid) for every mount of the host's tree, in this namespace only.
std::string make_root_read_only() {
  mount_attr attr{};
  attr.attr_set = MOUNT_ATTR_RDONLY | MOUNT_ATTR_NOSUID;
  if (syscall(SYS_mount_setattr, AT_FDCWD, "/", AT_RECURSIVE, &attr, sizeof attr) == 0) return "";
  if (errno != ENOSYS) return failed("mount_setattr / read-only");
  return remount_each_read_only();
}

bool is_directory(const char* path) {
  struct stat st;
  return lstat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

// A /dev with only the harmless devices, bound from the host's, plus a private /dev/shm.
// Built in a staging tmpfs (the host's /dev is still visible then) and moved over /dev.
std::string make_private_dev() {
  const char* staging = "/tmp/.notecheck-dev";
  if (mkdir(staging, 0755) != 0) return failed("mkdir /dev staging");
  if (mount("tmpfs", staging, "tmpfs", MS_NOSUID | MS_NOEXEC, "mode=0755,size=64k") != 0) {
    return failed("mount tmpfs for /dev");
  }
  std::string dir = staging;
  for (const char* name : {"null", "zero", "full", "random", "urandom"}) {
    std::string target = dir + "/" + name;
    int fd = open(target.c_str(), O_CREAT | O_WRONLY | O_CLOEXEC, 0666);
    if (fd < 0) return failed("create " + target);
    close(fd);
    std::string source = std::string("/dev/") + name;
    if (mount(source.c_str(), target.c_str(), nullptr, MS_BIND, nullptr) != 0) {
      return failed("bind " + source);
    }
  }
  const char* links[][2] = {{"/proc/self/fd", "fd"},
                            {"/proc/self/fd/0", "stdin"},
                            {"/proc/self/fd/1", "stdout"},
                            {"/proc/self/fd/2", "stderr"}};
  for (const auto& link : links) {
    if (symlink(link[0], (dir + "/" + link[1]).c_str()) != 0) return failed("symlink /dev");
  }
  if (mkdir((dir + "/shm").c_str(), 0755) != 0) return failed("mkdir /dev/shm");
  if (mount(staging, "/dev", nullptr, MS_MOVE, nullptr) != 0) return failed("move /dev");
  rmdir(staging);
  if (mount("tmpfs", "/dev/shm", "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, kShmOptions) != 0) {
    return failed("mount /dev/shm");
  }
  if (mount(nullptr, "/dev", nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NOEXEC,
            nullptr) != 0) {
    return failed("remount /dev read-only");
  }
  return "";
}

}  // namespace

MountReport set_up_sandbox_mounts() {
  MountReport report;
  report.error = make_root_read_only();
  if (!report.error.empty()) return report;
  // Mounted after the read-only pass, so they stay writable.
  if (mount("tmpfs", "/tmp", "tmpfs", MS_NOSUID | MS_NODEV, kTmpOptions) != 0) {
    report.error = failed("mount tmpfs /tmp");
    return report;
  }
  std::vector<std::string> notes;
  if (std::string error = make_private_dev(); !error.empty()) {
    notes.push_back("host /dev visible (" + error + ")");
  }
  // Secrets of the person running notecheck (keys, tokens, shell history) live in homes.
  for (const char* home : {"/home", "/root"}) {
    if (!is_directory(home)) continue;
    if (mount("tmpfs", home, "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC,
              "mode=0755,size=4k") != 0) {
      notes.push_back(std::string(home) + " visible (" + strerror(errno) + ")");
    }
  }
  for (const std::string& note : notes) {
    report.notes += (report.notes.empty() ? "" : "; ") + note;
  }
  return report;
}

std::string mount_namespace_proc() {
  if (mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, nullptr) != 0) {
    return failed("mount /proc");
  }
  return "";
}

}  // namespace notecheck
