#include "harness/cli/inputs.h"

#include <algorithm>
#include <filesystem>

namespace notecheck {

namespace fs = std::filesystem;

bool is_note_file(const std::string& path) {
  static const char* kExtensions[] = {".md",    ".markdown", ".txt",  ".rst", ".py",
                                      ".pycon", ".ipynb",    ".html", ".htm"};
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  for (const char* e : kExtensions)
    if (ext == e) return true;
  return false;
}

std::vector<std::string> collect_inputs(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::is_directory(path, ec)) {
      out.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      out.push_back(path);  // reading it will report why
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) break;
      std::string name = it->path().filename().string();
      bool skip = !name.empty() && (name[0] == '.' || name == "node_modules" ||
                                    name.rfind("build", 0) == 0 || name == "__pycache__");
      if (it->is_directory(ec)) {
        if (skip) it.disable_recursion_pending();
        continue;
      }
      if (!skip && is_note_file(name)) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace notecheck
