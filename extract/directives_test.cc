#include "extract/directives.h"

#include <gtest/gtest.h>

namespace notecheck {
namespace {

TEST(Directives, SkipAClaim) {
  EXPECT_TRUE(skips_claim(" doctest: +SKIP"));
  EXPECT_TRUE(skips_claim(" 0.3  # doctest: +SKIP"));
  EXPECT_TRUE(skips_claim(" 5  # notecheck: skip"));
  EXPECT_FALSE(skips_claim(" [1, ...]  # doctest: +ELLIPSIS"));
  EXPECT_FALSE(skips_claim(" skip the header"));
}

TEST(Directives, TheClaimWithoutItsDirective) {
  EXPECT_EQ(without_directives(" [0, 1, ..., 19]  # doctest: +ELLIPSIS"), "[0, 1, ..., 19]");
  EXPECT_EQ(without_directives(" True"), "True");
  EXPECT_EQ(without_directives(" see doctest: the module"), "see doctest: the module");
}

TEST(Directives, SnippetLevel) {
  EXPECT_TRUE(skips_snippet("# notecheck: skip\nprint(1)"));
  EXPECT_FALSE(skips_snippet("print(1)\n# notecheck: skip"));  // only the first line
  EXPECT_TRUE(expects_error("x = 1\n# notecheck: expect-error\nx[0]"));
  EXPECT_FALSE(expects_error("x = 1  # expect-error"));
}

}  // namespace
}  // namespace notecheck
