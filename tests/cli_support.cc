#include "tests/cli_support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <gtest/gtest.h>
#include <vector>

#include "util/file.h"

namespace notecheck::testing {

namespace fs = std::filesystem;

std::string binary() { return NOTECHECK_BINARY; }

namespace {
// Scratch folders are removed after the last test (NOTECHECK_KEEP_SCRATCH=1 keeps them). A gtest
// environment, not a static destructor: the binary may leave without running those.
class ScratchFolders : public ::testing::Environment {
 public:
  void TearDown() override {
    if (std::getenv("NOTECHECK_KEEP_SCRATCH")) return;
    std::error_code ec;
    for (const fs::path& d : dirs) fs::remove_all(d, ec);
  }
  std::vector<fs::path> dirs;
};
ScratchFolders* const scratch =
    static_cast<ScratchFolders*>(::testing::AddGlobalTestEnvironment(new ScratchFolders));
}  // namespace

std::string scratch_dir(const std::string& name, bool keep) {
  fs::path dir = fs::temp_directory_path() / ("notecheck_" + name + "." + std::to_string(getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  if (!keep) scratch->dirs.push_back(dir);
  return dir.string();
}

CommandResult run_in(const std::string& dir, const std::string& args, const std::string& env) {
  return shell_in(dir, (env.empty() ? "" : "env " + env + " ") + "'" + binary() + "' " + args);
}

void copy_into(const std::string& from, const std::string& dir, const std::string& name) {
  fs::path src = from[0] == '/' ? fs::path(from) : fs::path(source_dir()) / "examples" / from;
  fs::path dst = fs::path(dir) / name;
  fs::create_directories(dst.parent_path());
  fs::copy_file(src, dst, fs::copy_options::overwrite_existing);
}

}  // namespace notecheck::testing
