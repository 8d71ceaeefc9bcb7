#include "harness/compare/variation.h"

#include <gtest/gtest.h>

namespace notecheck {
namespace {

TEST(Variation, CommonShapeMasksWholeTokens) {
  EXPECT_EQ(common_shape("Process 0 (PID=34) starting", "Process 0 (PID=38) starting"),
            "Process 0 (PID=...) starting");
  EXPECT_EQ(common_shape("at 0x7f3a10", "at 0x7f9b20"), "at ...");
  EXPECT_EQ(common_shape("same", "same"), "same");
}

TEST(Variation, SampleIdsAndOrderMatchApartFromWhatChanged) {
  // 001's multiprocessing demo: PIDs and start order change from run to run.
  std::string want = "Process 0 (PID=12345) starting\nProcess 1 (PID=12346) starting\nAll done";
  std::string first = "Process 1 (PID=35) starting\nProcess 0 (PID=34) starting\nAll done\n";
  std::string second = "Process 0 (PID=38) starting\nProcess 1 (PID=39) starting\nAll done\n";
  EXPECT_TRUE(matches_apart_from_variation(want, first, second));
}

TEST(Variation, WhatStaysTheSameMustStillMatch) {
  std::string first = "pid 34: total 10\n", second = "pid 38: total 10\n";
  EXPECT_FALSE(matches_apart_from_variation("pid 1: total 11", first, second));
  EXPECT_FALSE(matches_apart_from_variation("pid 1: total 10\nextra", first, second));
  // Two identical runs show no variation to excuse a difference.
  EXPECT_FALSE(matches_apart_from_variation("pid 1", "pid 34\n", "pid 34\n"));
}

}  // namespace
}  // namespace notecheck

namespace notecheck {
namespace {

TEST(Variation, SourcesAndIdentityByWholeWords) {
  EXPECT_TRUE(variation_sources("import random\nprint(random.random())").numbers);
  EXPECT_TRUE(variation_sources("t = threading.Thread(target=f)").order);
  EXPECT_FALSE(variation_sources("timer = 3\nidentity = 4\nprocessing = 1").any());
  EXPECT_TRUE(tests_identity("print(a is b)"));
  EXPECT_TRUE(tests_identity("print(id(a) == id(b))"));
  EXPECT_FALSE(tests_identity("this = island\nid = 3\nidx(2)"));
}

}  // namespace
}  // namespace notecheck
