// Which documents and snippets a check covers: --shard K/N for CI matrices, FILE:LINE for the
// snippet at one line, --changed for the files git sees changed.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace notecheck {

struct Shard {
  int index = 1;  // 1-based, K of K/N
  int count = 1;
};

// "2/4" -> {2, 4}; nullopt (error set) unless 1 <= K <= N.
std::optional<Shard> parse_shard(const std::string& text, std::string* error);

// The documents shard K of N checks: all paths sorted (byte order, so every machine agrees),
// then every N-th from the K-th. Every document is in exactly one shard and shards differ in
// size by at most one.
std::vector<std::string> shard_paths(std::vector<std::string> paths, const Shard& shard);

struct PathArgument {
  std::string path;
  int line = 0;  // FILE:LINE: only the snippet at that document line; 0 = whole document
};

// "notes.md:120" -> {notes.md, 120}. An argument that names an existing file is a path even if
// it ends in ":<digits>". `error` is set for an existing FILE followed by a LINE that is not a
// line number (`notes.md:abc`, `notes.md:0`).
PathArgument parse_path_argument(const std::string& text, std::string* error = nullptr);

// Note files git reports changed in the working tree: modified, staged or untracked (not
// ignored), or, with `since`, changed since that commit (as `git diff REF` sees them, plus
// untracked files). Deleted files are left out. Paths are relative to the current folder.
// nullopt with `error` set when git fails (not a repository, unknown REF).
std::optional<std::vector<std::string>> git_changed_files(const std::string& since,
                                                          std::string* error);

// Whether `path` is `root` or inside it (lexically, after normalization).
bool path_within(const std::string& path, const std::string& root);

}  // namespace notecheck
