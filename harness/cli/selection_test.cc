#include "harness/cli/selection.h"

#include <algorithm>
#include <set>

#include <gtest/gtest.h>

namespace notecheck {
namespace {

TEST(Shard, ParsesKOverN) {
  std::string error;
  auto s = parse_shard("2/4", &error);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->index, 2);
  EXPECT_EQ(s->count, 4);
  for (const char* bad : {"0/4", "5/4", "2", "a/b", "2/0", "/4", "1/"})
    EXPECT_FALSE(parse_shard(bad, &error)) << bad;
  EXPECT_NE(error.find("K/N"), std::string::npos);
}

TEST(Shard, EveryDocumentInExactlyOneShardWhateverTheOrderGiven) {
  std::vector<std::string> paths = {"n/e.md", "n/a.md",  "n/d.md", "n/b.md",
                                    "n/c.md", "m/x.txt", "n/a.md"};
  std::vector<std::string> reversed(paths.rbegin(), paths.rend());
  std::multiset<std::string> all;
  for (int k = 1; k <= 3; ++k) {
    auto shard = shard_paths(paths, {k, 3});
    EXPECT_EQ(shard, shard_paths(reversed, {k, 3})) << k;  // deterministic
    EXPECT_GE(shard.size(), 1u);
    EXPECT_LE(shard.size(), 2u);
    all.insert(shard.begin(), shard.end());
  }
  EXPECT_EQ(all, (std::multiset<std::string>{"m/x.txt", "n/a.md", "n/b.md", "n/c.md", "n/d.md",
                                             "n/e.md"}));
}

TEST(PathArgument, FileColonLine) {
  auto a = parse_path_argument("examples/basics.md:20");
  EXPECT_EQ(a.path, "examples/basics.md");
  EXPECT_EQ(a.line, 20);
  EXPECT_EQ(parse_path_argument("examples/basics.md").line, 0);
  EXPECT_EQ(parse_path_argument("C:notes").line, 0);
  EXPECT_EQ(parse_path_argument("notes.md:").path, "notes.md:");
  // A LINE that is not a line number after an existing FILE is an error, not a file name.
  for (const char* bad : {"examples/basics.md:abc", "examples/basics.md:0"}) {
    std::string error;
    parse_path_argument(bad, &error);
    EXPECT_EQ(error, std::string(bad) + ": LINE must be a line number (1 or more) in FILE:LINE");
  }
  std::string error;
  EXPECT_EQ(parse_path_argument("missing.md:abc", &error).path, "missing.md:abc");
  EXPECT_EQ(error, "");  // reading it says "no such file"
}

TEST(PathWithin, ComparesWholeComponents) {
  EXPECT_TRUE(path_within("notes/a.md", "notes"));
  EXPECT_TRUE(path_within("notes/a.md", "notes/"));
  EXPECT_TRUE(path_within("notes/a.md", "."));
  EXPECT_TRUE(path_within("notes/a.md", "notes/a.md"));
  EXPECT_FALSE(path_within("notes2/a.md", "notes"));
}

}  // namespace
}  // namespace notecheck
