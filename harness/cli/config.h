// notecheck.toml: a notes repository's defaults, so that `notecheck check` alone does the right
// thing there. Found in the current folder or the nearest parent; command-line options win.
//
//   [check]
//   paths = ["notes"]                 # checked when no path is given
//   exclude = ["drafts/**", "*.rst"]  # never checked, even when named (--no-config does)
//   jobs = 2
//   timeout = 10
//   format = "text"
//   continuation = true
//   cache = true
//   cache_dir = ".notecheck-cache"
//
//   [[document]]                      # per-document options; the last matching entry wins
//   path = "notes/async_*.md"
//   timeout = 30
//   continuation = false
//   skip = false
//
// Patterns are relative to the file's folder: `*` and `?` stay within a path component, `**`
// crosses components, and a pattern without `/` matches a file name in any folder.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace notecheck {

struct DocumentRule {
  std::string pattern;
  std::optional<double> timeout;
  std::optional<bool> continuation;
  bool skip = false;
};

struct Config {
  std::string path;      // the file read; empty when there is none
  std::string base_dir;  // its folder, where patterns, paths and cache_dir start
  std::vector<std::string> paths;
  std::vector<std::string> exclude;
  std::optional<int> jobs;
  std::optional<double> timeout;
  std::optional<std::string> format;
  std::optional<bool> continuation;
  std::optional<bool> cache;
  std::optional<std::string> cache_dir;
  std::vector<DocumentRule> documents;
};

// Reads `explicit_path`, or else the nearest notecheck.toml from the current folder upwards.
// No file is an empty Config; a file that does not parse, or an unknown key, is an error
// ("notecheck.toml:3: ...") so that typos do not go unnoticed.
std::optional<Config> load_config(const std::string& explicit_path, std::string* error);

// Glob match as described above; `path` relative to the config's folder, '/'-separated.
bool glob_match(const std::string& pattern, const std::string& path);

// What the config says about one document.
struct DocumentSettings {
  bool excluded = false;  // by `exclude` or a `skip = true` entry
  std::optional<double> timeout;
  std::optional<bool> continuation;
};
DocumentSettings settings_for(const Config& config, const std::string& document_path);

}  // namespace notecheck
