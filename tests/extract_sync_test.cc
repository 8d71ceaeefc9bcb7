// snippets/ and expected/ must be exactly what `notecheck extract examples --out .` writes.
#include <gtest/gtest.h>
#include <sched.h>

#include <filesystem>
#include <map>

#include "tests/command.h"
#include "util/file.h"

namespace notecheck::testing {
namespace {

namespace fs = std::filesystem;

std::map<std::string, std::string> tree(const fs::path& root) {
  std::map<std::string, std::string> files;
  if (!fs::exists(root)) return files;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file())
      files[fs::relative(e.path(), root).string()] = read_file(e.path().string()).value_or("");
  return files;
}

TEST(ExtractSync, CommittedSnippetsMatchAFreshExtractionOfExamples) {
  fs::path out = fs::temp_directory_path() / ("notecheck_sync_" + std::to_string(getpid()));
  fs::remove_all(out);
  CommandResult r = run_notecheck("extract examples --out '" + out.string() + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* dir : {"snippets", "expected"}) {
    auto want = tree(out / dir);
    auto got = tree(fs::path(source_dir()) / dir);
    EXPECT_FALSE(want.empty());
    for (const auto& [name, text] : want) {
      auto it = got.find(name);
      ASSERT_NE(it, got.end()) << dir << "/" << name
                               << " is missing: run `./build/notecheck extract examples --out .`";
      EXPECT_EQ(it->second, text) << dir << "/" << name << " is out of date";
    }
    for (const auto& [name, text] : got)
      EXPECT_TRUE(want.count(name)) << dir << "/" << name << " is stale";
  }
  fs::remove_all(out);
}

// `extract -j 2` (the default) writes the seed notes with a second process, byte for byte what
// `-j 1` writes.
TEST(ExtractSync, TwoProcessesWriteWhatOneWrites) {
  fs::path out = fs::temp_directory_path() / ("notecheck_jobs_" + std::to_string(getpid()));
  fs::remove_all(out);
  CommandResult one = run_notecheck("extract -q -j 1 --no-cache -v '" + notes_dir() + "' --out '" +
                                    (out / "one").string() + "'");
  CommandResult two = run_notecheck("extract -q --no-cache -v '" + notes_dir() + "' --out '" +
                                    (out / "two").string() + "'");
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(two.exit_code, 0) << two.err;
  EXPECT_EQ(one.err, "notecheck: cache off: extraction 0 reused, 5 done\n");
  cpu_set_t cores;
  ASSERT_EQ(sched_getaffinity(0, sizeof cores, &cores), 0);
  EXPECT_EQ(two.err, CPU_COUNT(&cores) >= 2  // on a single core, one process does it all
                         ? "notecheck: cache off: extraction 0 reused, 5 done (1 by a second "
                           "process)\n"
                         : "notecheck: cache off: extraction 0 reused, 5 done\n");
  auto want = tree(out / "one");
  EXPECT_GT(want.size(), 400u);
  EXPECT_EQ(tree(out / "two"), want);
  fs::remove_all(out);
}

TEST(ExtractSync, RunReChecksAnExtractedSnippet) {
  // The local loop: `notecheck run` on a committed snippet file judges its claims again.
  std::string file;
  for (const auto& e : fs::directory_iterator(fs::path(source_dir()) / "snippets" / "basics"))
    if (read_file(e.path().string()).value_or("").find("0.1 + 0.2 == 0.3") != std::string::npos)
      file = fs::relative(e.path(), source_dir()).string();
  ASSERT_FALSE(file.empty());
  CommandResult r = run_notecheck("run --format json " + file);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  auto report = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_TRUE(report.is_object());
  EXPECT_EQ(report["summary"]["wrong"], 1);
  EXPECT_EQ(report["summary"]["correct"], 1);
}

TEST(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(run_notecheck("check").exit_code, 2);
  EXPECT_EQ(run_notecheck("frobnicate x").exit_code, 2);
  EXPECT_EQ(run_notecheck("check --format yaml examples").exit_code, 2);
  EXPECT_EQ(run_notecheck("check -j 0 examples").exit_code, 2);
}

TEST(Cli, MissingPathIsAOneLineErrorAndOthersStillChecked) {
  CommandResult r = run_notecheck("check --format json no/such/file.md examples/basics.md");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("no/such/file.md"), std::string::npos) << r.err;
  auto report = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_TRUE(report.is_object());
  EXPECT_GT(report["summary"]["correct"].get<int>(), 0);
}

}  // namespace
}  // namespace notecheck::testing
