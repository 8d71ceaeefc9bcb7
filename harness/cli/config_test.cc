#include "harness/cli/config.h"

#include <unistd.h>

#include <filesystem>

#include <gtest/gtest.h>

#include "util/file.h"

namespace notecheck {
namespace {

namespace fs = std::filesystem;

TEST(GlobMatch, StarStaysInAComponentDoubleStarCrosses) {
  EXPECT_TRUE(glob_match("notes/*.md", "notes/a.md"));
  EXPECT_FALSE(glob_match("notes/*.md", "notes/sub/a.md"));
  EXPECT_TRUE(glob_match("notes/**/*.md", "notes/a.md"));
  EXPECT_TRUE(glob_match("notes/**/*.md", "notes/sub/deep/a.md"));
  EXPECT_FALSE(glob_match("**/x.md", "a/bx.md"));
  EXPECT_TRUE(glob_match("drafts/**", "drafts/2024/a.txt"));
  // Without a slash the pattern is about the file name, in any folder.
  EXPECT_TRUE(glob_match("*.rst", "docs/deep/a.rst"));
  EXPECT_TRUE(glob_match("a?.md", "x/ab.md"));
  EXPECT_FALSE(glob_match("a?.md", "x/abc.md"));
}

class ConfigFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("nc_config." + std::to_string(getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string write(const std::string& text) {
    std::string path = (dir_ / "notecheck.toml").string();
    write_file_atomic(path, text);
    return path;
  }
  fs::path dir_;
};

TEST_F(ConfigFile, ReadsDefaultsSkipsAndPerDocumentOptions) {
  std::string path = write(R"(
[check]
paths = ["notes"]
exclude = ["notes/drafts/**"]
jobs = 3
timeout = 20
format = "json"

[[document]]
path = "notes/slow_*.md"
timeout = 60
continuation = false

[[document]]
path = "legacy.md"
skip = true
)");
  std::string error;
  auto c = load_config(path, &error);
  ASSERT_TRUE(c) << error;
  EXPECT_EQ(c->paths, std::vector<std::string>{"notes"});
  EXPECT_EQ(*c->jobs, 3);
  EXPECT_EQ(*c->timeout, 20.0);
  EXPECT_EQ(*c->format, "json");
  EXPECT_EQ(c->base_dir, dir_.string());

  auto slow = settings_for(*c, (dir_ / "notes/slow_io.md").string());
  EXPECT_FALSE(slow.excluded);
  EXPECT_EQ(slow.timeout.value_or(0), 60.0);
  EXPECT_EQ(slow.continuation.value_or(true), false);
  EXPECT_TRUE(settings_for(*c, (dir_ / "notes/drafts/x.md").string()).excluded);
  EXPECT_TRUE(settings_for(*c, (dir_ / "old/legacy.md").string()).excluded);
  auto plain = settings_for(*c, (dir_ / "notes/a.md").string());
  EXPECT_FALSE(plain.excluded);
  EXPECT_FALSE(plain.timeout.has_value());
}

TEST_F(ConfigFile, TyposAndBadValuesAreErrorsWithTheLine) {
  std::string error;
  EXPECT_FALSE(load_config(write("[check]\ntimeout = 5\ntimout = 10\n"), &error));
  EXPECT_NE(error.find("notecheck.toml:3: unknown key \"timout\""), std::string::npos) << error;
  EXPECT_FALSE(load_config(write("[check]\njobs = \"two\"\n"), &error));
  EXPECT_NE(error.find(":2: \"jobs\" must be an integer"), std::string::npos) << error;
  EXPECT_FALSE(load_config(write("[check\n"), &error));
  EXPECT_NE(error.find("notecheck.toml:1:"), std::string::npos) << error;
}

TEST(Config, NoFileIsAnEmptyConfig) {
  std::string error;
  auto old = fs::current_path();
  fs::current_path("/");
  auto c = load_config("", &error);
  fs::current_path(old);
  ASSERT_TRUE(c);
  EXPECT_TRUE(c->path.empty());
  EXPECT_FALSE(settings_for(*c, "anything.md").excluded);
}

}  // namespace
}  // namespace notecheck
