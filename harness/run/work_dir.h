// Scratch directories: one per zygote (its HOME), one per snippet run (its cwd).
#pragma once

#include <string>

namespace notecheck {

// Creates a fresh directory `<parent>/<prefix>XXXXXX`. With `owner_uid` >= 0 it is chown'ed to
// that user (the snippet's unprivileged user). Returns "" and sets `error` on failure.
std::string make_work_dir(const std::string& parent, const std::string& prefix, int owner_uid,
                          std::string* error);

// Deletes a directory tree without following symlinks (the snippet controlled its contents),
// by walking it with openat/unlinkat. Best effort.
void remove_tree(const std::string& path);

// Deletes what a directory contains, the same way, but keeps the directory (a mount point such
// as the sandbox's private /tmp).
void empty_directory(const std::string& path);

}  // namespace notecheck
