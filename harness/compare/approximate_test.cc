#include "harness/compare/approximate.h"

#include <gtest/gtest.h>

#include "harness/compare/line_reach.h"

namespace notecheck {
namespace {

TEST(Approximate, SizesAndTimingsFromRealComments) {
  // 003: `squares_gen = (...)  # ~120 bytes (generator object)`, `# ~8 MB in memory`
  auto bytes = approximate_quantity("~120 bytes (generator object)");
  ASSERT_TRUE(bytes);
  EXPECT_DOUBLE_EQ(bytes->value, 120);
  EXPECT_FALSE(bytes->time);
  auto mb = approximate_quantity("~8 MB in memory");
  ASSERT_TRUE(mb);
  EXPECT_DOUBLE_EQ(mb->value, 8 << 20);
  // 002: `print(f"4 threads: {...:.2f}s")  # ~1.5s (NO speedup!)`
  auto secs = approximate_quantity("~1.5s (NO speedup!)");
  ASSERT_TRUE(secs);
  EXPECT_TRUE(secs->time);
  EXPECT_FALSE(approximate_quantity("120 bytes"));  // not marked approximate
}

TEST(Approximate, ToleranceIsAQuarter) {
  EXPECT_TRUE(roughly_equal(120, 104));
  EXPECT_FALSE(roughly_equal(120, 200));
  auto got = first_quantity("Single thread: 1.52s");
  ASSERT_TRUE(got);
  EXPECT_TRUE(got->time);
  EXPECT_DOUBLE_EQ(first_quantity("size 1,000 bytes")->value, 1000);
}

TEST(Approximate, WordsThatMeanItRuns) {
  EXPECT_TRUE(says_it_runs("Fine"));
  EXPECT_TRUE(says_it_runs("Works (just a warning to other devs)"));
  EXPECT_TRUE(says_it_runs("Works! Name mangling is NOT security"));
  EXPECT_TRUE(says_it_runs("OK"));
  EXPECT_FALSE(says_it_runs("calls setter"));
  EXPECT_FALSE(says_it_runs("Force collection"));
  EXPECT_FALSE(says_it_runs("True"));
}

TEST(EnvironmentNeed, SkipsForWhatThisMachineDoesNotGive) {
  EXPECT_EQ(environment_need({"ModuleNotFoundError", "No module named 'numpy'"}),
            "needs module numpy");
  EXPECT_EQ(environment_need({"ConnectionRefusedError", "[Errno 111] Connection refused"}),
            "needs network (ConnectionRefusedError)");
  EXPECT_EQ(
      environment_need({"FileNotFoundError", "[Errno 2] No such file or directory: 'data.csv'"}),
      "needs file data.csv, missing here");
  EXPECT_EQ(environment_need({"EOFError", "EOF when reading a line"}).substr(0, 12),
            "reads input(");
  EXPECT_EQ(environment_need({"ValueError", "bad"}), "");
}

}  // namespace
}  // namespace notecheck
