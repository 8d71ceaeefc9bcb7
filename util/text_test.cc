#include "util/text.h"

#include <gtest/gtest.h>

namespace notecheck {
namespace {

TEST(Text, TrimAndAffixes) {
  EXPECT_EQ(trim("  a b \t\n"), "a b");
  EXPECT_TRUE(starts_with("print(x)", "print"));
  EXPECT_FALSE(ends_with("x", "xx"));
}

TEST(Text, SplitLinesKeepsInnerEmptyLinesButNotTrailing) {
  auto lines = split_lines("a\n\nb\n");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[1], "");
  EXPECT_EQ(lines[2], "b");
  EXPECT_TRUE(split_lines("").empty());
}

TEST(Text, OneLineCutsOnUtf8Boundary) {
  // "é" is two bytes; cutting at 2 must not split it.
  EXPECT_EQ(one_line("aé\nb", 2), "a...");
  EXPECT_EQ(one_line("a\tb"), "a b");
}

}  // namespace
}  // namespace notecheck
