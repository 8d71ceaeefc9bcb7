// The result cache end to end: the miss path fills it, the hit path runs nothing, an edit to
// one snippet re-runs only that snippet, and neither a killed run nor two runs at once damage it.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <filesystem>
#include <map>
#include <regex>
#include <vector>

#include "tests/cli_support.h"
#include "util/file.h"

namespace notecheck::testing {
namespace {

struct CacheCounts {
  int extract_hits = -1, extract_misses = -1, run_hits = -1, run_misses = -1;
};

// From --verbose's "notecheck: cache DIR: extraction A reused, B done (E by a second
// process); runs C reused, D done".
CacheCounts counts(const CommandResult& r) {
  std::smatch m;
  static const std::regex kLine(
      R"(extraction (\d+) reused, (\d+) done(?: \(\d+ by a second process\))?; runs (\d+) reused, (\d+) done)");
  CacheCounts c;
  if (std::regex_search(r.err, m, kLine))
    c = {std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]), std::stoi(m[4])};
  return c;
}

// The report without what may differ between two equivalent runs (nothing, today).
std::string claims_of(const CommandResult& r) {
  auto j = nlohmann::json::parse(r.out, nullptr, false);
  return j.is_object() ? j["claims"].dump() : "<no report>";
}

void replace_in(const std::string& path, const std::string& from, const std::string& to) {
  std::string text = read_file(path).value();
  size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  text.replace(at, from.size(), to);
  ASSERT_TRUE(write_file_atomic(path, text));
}

class CliCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = scratch_dir("cache");
    copy_into("basics.md", dir_, "notes/basics.md");
    copy_into("plain_notes.txt", dir_, "notes/plain_notes.txt");
  }
  CommandResult check(const std::string& extra = "") {
    return run_in(dir_, "check -v --format json notes " + extra);
  }
  std::string dir_;
};

TEST_F(CliCacheTest, MissThenHitThenOnlyTheEditedSnippetRuns) {
  CommandResult cold = check();
  ASSERT_EQ(cold.exit_code, 1) << cold.err;
  CacheCounts c = counts(cold);
  EXPECT_EQ(c.extract_misses, 2) << cold.err;
  EXPECT_EQ(c.run_hits, 0);
  EXPECT_GT(c.run_misses, 10);
  int all_runs = c.run_misses;

  CommandResult warm = check();
  c = counts(warm);
  EXPECT_EQ(c.extract_hits, 2) << warm.err;
  EXPECT_EQ(c.run_hits, all_runs);
  EXPECT_EQ(c.run_misses, 0);
  EXPECT_EQ(claims_of(warm), claims_of(cold));
  EXPECT_EQ(warm.exit_code, 1);

  // One snippet edited: that document is extracted again, and only that snippet runs.
  // (A snippet without wrong or identity claims: one that only runs as a script.)
  replace_in(dir_ + "/notes/basics.md", "items = []", "items = list()");
  CommandResult edited = check();
  c = counts(edited);
  EXPECT_EQ(c.extract_hits, 1) << edited.err;
  EXPECT_EQ(c.extract_misses, 1);
  EXPECT_EQ(c.run_misses, 1) << edited.err;
  // And the cached results are the results: the same report as a run without the cache.
  EXPECT_EQ(claims_of(edited), claims_of(check("--no-cache")));
}

TEST_F(CliCacheTest, EditingOnlyADoctestOutputRejudgesItWithoutRunningAnything) {
  check();
  // The wanted output of a `>>>` example is not part of the code that runs.
  replace_in(dir_ + "/notes/basics.md", ">>> print(\"hi\")\nhello\n", ">>> print(\"hi\")\nhi\n");
  CommandResult r = check();
  EXPECT_EQ(counts(r).run_misses, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  int line = line_exactly(dir_ + "/notes/basics.md", "hi");
  auto c = claim_at(j, "basics.md", line);
  ASSERT_FALSE(c.is_null());
  EXPECT_EQ(c["verdict"], "correct");
}

TEST_F(CliCacheTest, TwoRunsAtOnceAndAKilledRunLeaveAWorkingCache) {
  // A run killed in the middle (runaway.md spins until its timeout) ...
  copy_into("runaway.md", dir_, "notes/runaway.md");
  shell_in(dir_, "timeout -s KILL 1 '" + binary() + "' check --timeout 2 notes >/dev/null");
  // ... then two runs at once on the same cache ...
  CommandResult both =
      shell_in(dir_, "'" + binary() + "' check --timeout 2 --format json notes > a.json & '" +
                         binary() + "' check --timeout 2 --format json notes > b.json; wait");
  std::string a = read_file(dir_ + "/a.json").value_or("");
  std::string b = read_file(dir_ + "/b.json").value_or("");
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(nlohmann::json::parse(a)["claims"], nlohmann::json::parse(b)["claims"]);
  // ... and every entry is whole: the next run reuses all of it and reports the same.
  CommandResult after = check("--timeout 2");
  EXPECT_EQ(counts(after).run_misses, 0) << after.err;
  EXPECT_EQ(nlohmann::json::parse(after.out)["claims"], nlohmann::json::parse(a)["claims"]);
}

// Each file of DIR (relative name) and its inode: a rewritten file gets a new one.
std::map<std::string, ino_t> inodes(const std::string& dir) {
  std::map<std::string, ino_t> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    struct stat st {};
    if (e.is_regular_file() && ::stat(e.path().c_str(), &st) == 0)
      out[std::filesystem::relative(e.path(), dir).string()] = st.st_ino;
  }
  return out;
}

TEST_F(CliCacheTest, ExtractSharesTheCacheAndRewritesOnlyWhatChanged) {
  CommandResult first = run_in(dir_, "extract -v notes --out out");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_NE(first.err.find("extraction 0 reused, 2 done"), std::string::npos) << first.err;
  std::map<std::string, ino_t> before = inodes(dir_ + "/out");
  ASSERT_GT(before.size(), 20u);

  // Again: the cache knows the notes, and no file is rewritten.
  CommandResult again = run_in(dir_, "extract -v notes --out out");
  EXPECT_NE(again.err.find("extraction 2 reused, 0 done"), std::string::npos) << again.err;
  EXPECT_EQ(inodes(dir_ + "/out"), before);
  // The cache knows them however their paths are spelled, and messages use the spelling given.
  CommandResult checked = run_in(dir_, "check -v --format json ./notes/../notes");
  EXPECT_EQ(counts(checked).extract_hits, 2) << checked.err;
  EXPECT_NE(checked.out.find("\"./notes/../notes/basics.md\""), std::string::npos);

  // One line of code edited: that snippet's file changes (its claims did not), nothing else.
  replace_in(dir_ + "/notes/basics.md", "items = []", "items = list()");
  run_in(dir_, "extract notes --out out");
  std::map<std::string, ino_t> after = inodes(dir_ + "/out");
  ASSERT_EQ(after.size(), before.size());
  std::vector<std::string> changed;
  for (const auto& [name, inode] : after)
    if (before.at(name) != inode) changed.push_back(name);
  ASSERT_EQ(changed.size(), 1u);
  EXPECT_EQ(changed[0].substr(0, 16), "snippets/basics/");
  EXPECT_NE(read_file(dir_ + "/out/" + changed[0]).value().find("items = list()"),
            std::string::npos);

  // A snippet gone from the note: its files go too, and those of the snippets below it, which
  // moved up four lines, are renamed (no stale name stays).
  replace_in(dir_ + "/notes/basics.md",
             "```python\nprint(0.1 + 0.2 == 0.3)  # True\nprint(round(0.1 + 0.2, 2))  # 0.3\n```\n",
             "");
  run_in(dir_, "extract notes --out out");
  std::map<std::string, ino_t> fewer = inodes(dir_ + "/out");
  EXPECT_EQ(fewer.size(), before.size() - 2);
  EXPECT_TRUE(fewer.count("snippets/basics/000_L9.py"));
  EXPECT_FALSE(fewer.count("snippets/basics/001_L20.py"));
  EXPECT_TRUE(fewer.count("snippets/basics/001_L25.py"));  // was 002_L29
}

TEST_F(CliCacheTest, ExtractFindsTheCacheNotecheckTomlNames) {
  ASSERT_TRUE(write_file_atomic(dir_ + "/notecheck.toml", "[check]\ncache_dir = \"shared\"\n"));
  std::filesystem::create_directories(dir_ + "/sub");
  // From a subfolder: the nearest notecheck.toml puts the cache next to it, for both commands.
  CommandResult extracted = run_in(dir_ + "/sub", "extract -v ../notes --out ../out");
  EXPECT_NE(extracted.err.find("cache ../shared: extraction 0 reused, 2 done"), std::string::npos)
      << extracted.err;
  CommandResult checked = run_in(dir_, "check -v --format json notes");
  EXPECT_EQ(counts(checked).extract_hits, 2) << checked.err;
  EXPECT_FALSE(std::filesystem::exists(dir_ + "/sub/.notecheck-cache"));
}

TEST_F(CliCacheTest, NoCacheLeavesNoFolder) {
  EXPECT_EQ(run_in(dir_, "extract --no-cache notes --out out").exit_code, 0);
  CommandResult r = check("--no-cache");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_FALSE(std::filesystem::exists(dir_ + "/.notecheck-cache"));
  check();
  EXPECT_TRUE(std::filesystem::exists(dir_ + "/.notecheck-cache/CACHEDIR.TAG"));
}

}  // namespace
}  // namespace notecheck::testing
