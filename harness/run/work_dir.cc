#include "harness/run/work_dir.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

namespace notecheck {

namespace {

// Empties the directory open as `dir_fd` (consumed), recursing into subdirectories by fd so a
// symlink swapped in by a leftover process can never redirect the deletion.
void remove_contents(int dir_fd, int depth) {
  DIR* dir = fdopendir(dir_fd);
  if (dir == nullptr) {
    close(dir_fd);
    return;
  }
  std::vector<std::string> names;
  while (dirent* entry = readdir(dir)) {
    if (strcmp(entry->d_name, ".") != 0 && strcmp(entry->d_name, "..") != 0) {
      names.emplace_back(entry->d_name);
    }
  }
  for (const std::string& name : names) {
    if (unlinkat(dirfd(dir), name.c_str(), 0) == 0) continue;
    if (errno != EISDIR && errno != EPERM) continue;
    int child = openat(dirfd(dir), name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (child >= 0 && depth < 256) {
      fchmod(child, 0700);  // a snippet may have left a directory unwritable
      remove_contents(child, depth + 1);
    } else if (child >= 0) {
      close(child);
    }
    unlinkat(dirfd(dir), name.c_str(), AT_REMOVEDIR);
  }
  closedir(dir);
}

}  // namespace

std::string make_work_dir(const std::string& parent, const std::string& prefix, int owner_uid,
                          std::string* error) {
  std::string path = parent + "/" + prefix + "XXXXXX";
  if (mkdtemp(path.data()) == nullptr) {
    *error = "mkdtemp in " + parent + ": " + strerror(errno);
    return "";
  }
  if (owner_uid >= 0 && chown(path.c_str(), owner_uid, owner_uid) != 0) {
    *error = "chown " + path + ": " + strerror(errno);
    rmdir(path.c_str());
    return "";
  }
  return path;
}

void empty_directory(const std::string& path) {
  int fd = open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd >= 0) remove_contents(fd, 0);
}

void remove_tree(const std::string& path) {
  int fd = open(path.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd >= 0) remove_contents(fd, 0);
  rmdir(path.c_str());
}

}  // namespace notecheck
