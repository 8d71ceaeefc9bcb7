// Fix mode end to end on copies of the shipped examples: the diff, the fix, its idempotence and
// atomicity, and the claims it must leave alone.
#include <sys/stat.h>

#include <gtest/gtest.h>

#include "tests/cli_support.h"
#include "util/file.h"

namespace notecheck::testing {
namespace {

class CliFixTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = scratch_dir("fix");
    copy_into("basics.md", dir_, "notes/basics.md");
    copy_into("plain_notes.txt", dir_, "notes/plain_notes.txt");
    // A note without a wrong claim: --fix must not touch it.
    ASSERT_TRUE(write_file_atomic(dir_ + "/notes/right.md",
                                  "```python\nprint(sorted([3, 1, 2]))  # [1, 2, 3]\n```\n"));
  }
  std::string text(const std::string& name) {
    return read_file(dir_ + "/notes/" + name).value_or("");
  }
  std::string dir_;
};

TEST_F(CliFixTest, DiffReplacesEachWrongValueKeepingFormattingAndProse) {
  CommandResult r = run_in(dir_, "check --diff notes");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  const std::string& d = r.out;
  EXPECT_NE(d.find("--- a/notes/basics.md\n+++ b/notes/basics.md\n"), std::string::npos) << d;
  EXPECT_NE(d.find("-print(0.1 + 0.2 == 0.3)  # True\n+print(0.1 + 0.2 == 0.3)  # False\n"),
            std::string::npos)
      << d;
  EXPECT_NE(d.find("-sorted([3, 1, 2])  # [3, 2, 1]\n+sorted([3, 1, 2])  # [1, 2, 3]\n"),
            std::string::npos)
      << d;
  // Doctest output is replaced by what the example printed.
  EXPECT_NE(d.find("-hello\n+hi\n"), std::string::npos) << d;
  // The author's quotes and the prose after the value stay.
  EXPECT_NE(d.find("+print(x)  # \"global\" — wrong on purpose: this prints the global\n"),
            std::string::npos)
      << d;
  // The mode-dependent claim (x is y) is never rewritten.
  EXPECT_EQ(d.find("print(x is y)"), std::string::npos) << d;
  EXPECT_EQ(d.find("right.md"), std::string::npos);
  // The diff only prints: nothing changed on disk.
  EXPECT_EQ(text("basics.md"), read_file(source_dir() + "/examples/basics.md").value());
  // It applies with patch(1) and gives what --fix writes.
  std::string copy = scratch_dir("fix_patch");
  copy_into("basics.md", copy, "notes/basics.md");
  copy_into("plain_notes.txt", copy, "notes/plain_notes.txt");
  ASSERT_TRUE(write_file_atomic(copy + "/fix.diff", d));
  CommandResult patched = shell_in(copy, "patch -s -p1 < fix.diff");
  EXPECT_EQ(patched.exit_code, 0) << patched.err;
  run_in(dir_, "check --fix notes");
  EXPECT_EQ(read_file(copy + "/notes/basics.md").value_or("?"), text("basics.md"));
  EXPECT_EQ(read_file(copy + "/notes/plain_notes.txt").value_or("?"), text("plain_notes.txt"));
}

TEST_F(CliFixTest, FixIsAtomicAndASecondRunChangesNothing) {
  struct stat basics_before {
  }, right_before{};
  ASSERT_EQ(stat((dir_ + "/notes/basics.md").c_str(), &basics_before), 0);
  ASSERT_EQ(stat((dir_ + "/notes/right.md").c_str(), &right_before), 0);

  CommandResult before = run_in(dir_, "check --format json notes");
  int wrong = nlohmann::json::parse(before.out)["summary"]["wrong"];
  ASSERT_GT(wrong, 3);
  CommandResult first = run_in(dir_, "check --fix notes");
  EXPECT_NE(first.err.find("notecheck: fixed " + std::to_string(wrong) + " of " +
                           std::to_string(wrong) + " wrong claims in 2 documents"),
            std::string::npos)
      << first.err;
  EXPECT_EQ(first.exit_code, 0) << first.err;  // every wrong claim was fixed

  struct stat basics_after {
  }, right_after{};
  ASSERT_EQ(stat((dir_ + "/notes/basics.md").c_str(), &basics_after), 0);
  ASSERT_EQ(stat((dir_ + "/notes/right.md").c_str(), &right_after), 0);
  // Replaced by rename (a new inode), with its permissions; the untouched note is the same file.
  EXPECT_NE(basics_after.st_ino, basics_before.st_ino);
  EXPECT_EQ(basics_after.st_mode, basics_before.st_mode);
  EXPECT_EQ(right_after.st_ino, right_before.st_ino);
  EXPECT_EQ(right_after.st_mtim.tv_nsec, right_before.st_mtim.tv_nsec);
  // No temporary file left next to the notes.
  CommandResult ls = shell_in(dir_, "ls -A notes");
  EXPECT_EQ(ls.out, "basics.md\nplain_notes.txt\nright.md\n");

  // The fixed notes check clean, and a second --fix touches nothing.
  std::string after = text("basics.md");
  CommandResult second = run_in(dir_, "check --fix notes");
  EXPECT_EQ(second.exit_code, 0) << second.out << second.err;
  EXPECT_NE(second.err.find("fixed 0 of 0 wrong claims in 0 documents"), std::string::npos)
      << second.err;
  struct stat basics_again {};
  ASSERT_EQ(stat((dir_ + "/notes/basics.md").c_str(), &basics_again), 0);
  EXPECT_EQ(basics_again.st_ino, basics_after.st_ino);
  EXPECT_EQ(text("basics.md"), after);
  EXPECT_NE(after.find("print(x is y)  # False"), std::string::npos);  // mode-dependent: kept
}

TEST(CliFixOutputBlocks, CommentBlocksAreRewrittenAssertsAreNot) {
  std::string dir = scratch_dir("fix_blocks");
  ASSERT_TRUE(
      write_file_atomic(dir + "/blocks.md",
                        "```python\nfor n in [1, 2]:\n    print(n * 10)\n# Output:\n# 10\n# 30\n"
                        "print('x')\n# Output: y\nassert 1 == 2\n```\n"));
  CommandResult r = run_in(dir, "check --fix --no-cache blocks.md");
  EXPECT_NE(r.err.find("an assert is code: fix it by hand"), std::string::npos) << r.err;
  EXPECT_EQ(read_file(dir + "/blocks.md").value_or(""),
            "```python\nfor n in [1, 2]:\n    print(n * 10)\n# Output:\n# 10\n# 20\n"
            "print('x')\n# Output: x\nassert 1 == 2\n```\n");
}

}  // namespace
}  // namespace notecheck::testing
