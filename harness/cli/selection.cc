#include "harness/cli/selection.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "harness/cli/inputs.h"

extern char** environ;

namespace notecheck {

namespace fs = std::filesystem;

std::optional<Shard> parse_shard(const std::string& text, std::string* error) {
  size_t slash = text.find('/');
  auto number = [](const std::string& s) {
    if (s.empty() || s.size() > 6 || !std::all_of(s.begin(), s.end(), ::isdigit)) return -1;
    return std::stoi(s);
  };
  int k = slash == std::string::npos ? -1 : number(text.substr(0, slash));
  int n = slash == std::string::npos ? -1 : number(text.substr(slash + 1));
  if (k < 1 || n < 1 || k > n) {
    if (error) *error = "--shard wants K/N with 1 <= K <= N, e.g. 2/4; got \"" + text + "\"";
    return std::nullopt;
  }
  return Shard{k, n};
}

std::vector<std::string> shard_paths(std::vector<std::string> paths, const Shard& shard) {
  std::sort(paths.begin(), paths.end());
  paths.erase(std::unique(paths.begin(), paths.end()), paths.end());
  std::vector<std::string> out;
  for (size_t i = shard.index - 1; i < paths.size(); i += shard.count) out.push_back(paths[i]);
  return out;
}

PathArgument parse_path_argument(const std::string& text, std::string* error) {
  size_t colon = text.rfind(':');
  std::error_code ec;
  if (colon == std::string::npos || colon + 1 == text.size() || fs::exists(text, ec))
    return {text, 0};
  std::string digits = text.substr(colon + 1);
  bool number = digits.size() <= 9 && std::all_of(digits.begin(), digits.end(), ::isdigit);
  if (number && std::stoi(digits) > 0) return {text.substr(0, colon), std::stoi(digits)};
  // `notes.md:abc`, `notes.md:0`: a FILE:LINE whose LINE is not a line number.
  if (error && fs::is_regular_file(text.substr(0, colon), ec))
    *error = text + ": LINE must be a line number (1 or more) in FILE:LINE";
  return {text, 0};
}

bool path_within(const std::string& path, const std::string& root) {
  fs::path p = fs::absolute(path).lexically_normal();
  fs::path r = fs::absolute(root).lexically_normal();
  auto [rend, pend] = std::mismatch(r.begin(), r.end(), p.begin(), p.end());
  // A trailing empty component ("dir/") is not a mismatch.
  return rend == r.end() || (std::next(rend) == r.end() && rend->empty());
}

namespace {

// Runs git with `args` (no shell: arguments are passed as they are) and returns its stdout.
std::optional<std::string> git(const std::vector<std::string>& args, std::string* error) {
  std::vector<char*> argv;
  std::vector<std::string> all = {"git"};
  all.insert(all.end(), args.begin(), args.end());
  for (std::string& a : all) argv.push_back(a.data());
  argv.push_back(nullptr);
  int out[2];
  if (pipe(out) != 0) return std::nullopt;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, "git", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);
  std::string text;
  if (rc == 0) {
    char buf[65536];
    ssize_t n;
    while ((n = read(out[0], buf, sizeof buf)) > 0) text.append(buf, n);
  }
  close(out[0]);
  int status = 0;
  if (rc != 0 || waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    if (error) *error = rc != 0 ? "cannot run git" : "git " + args[0] + " failed";
    return std::nullopt;
  }
  return text;
}

std::vector<std::string> split_nul(const std::string& text) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\0', pos);
    if (end == std::string::npos) end = text.size();
    out.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

}  // namespace

std::optional<std::vector<std::string>> git_changed_files(const std::string& since,
                                                          std::string* error) {
  auto top = git({"rev-parse", "--show-toplevel"}, error);
  if (!top) {
    if (error) *error = "--changed needs a git repository (" + *error + ")";
    return std::nullopt;
  }
  std::string root = top->substr(0, top->find('\n'));
  std::vector<std::string> names;  // relative to the repository's top
  if (since.empty()) {
    // Porcelain v1: "XY path", renames followed by their old path.
    auto status = git({"status", "--porcelain=v1", "-z", "--untracked-files=all"}, error);
    if (!status) return std::nullopt;
    std::vector<std::string> entries = split_nul(*status);
    for (size_t i = 0; i < entries.size(); ++i) {
      const std::string& e = entries[i];
      if (e.size() < 4) continue;
      if (e[0] == 'R' || e[0] == 'C') ++i;  // skip the old path
      if (e[0] == 'D' || e[1] == 'D') continue;
      names.push_back(e.substr(3));
    }
  } else {
    auto diff = git({"diff", "--name-only", "-z", "--diff-filter=d", since, "--"}, error);
    if (!diff) {
      if (error) *error = "cannot compare with \"" + since + "\" (" + *error + ")";
      return std::nullopt;
    }
    auto untracked =
        git({"ls-files", "--others", "--exclude-standard", "-z", "--full-name", ":/"}, error);
    if (!untracked) return std::nullopt;
    names = split_nul(*diff);
    for (std::string& u : split_nul(*untracked)) names.push_back(std::move(u));
  }
  std::vector<std::string> out;
  for (const std::string& name : names) {
    if (!is_note_file(name)) continue;
    fs::path full = fs::path(root) / name;
    out.push_back(fs::proximate(full).string());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace notecheck
