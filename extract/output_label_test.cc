#include "extract/output_label.h"

#include <gtest/gtest.h>

namespace notecheck {
namespace {

TEST(OutputLabel, LabelsFromTheRealNotes) {
  // 001, 003: prose and comment labels, with what they qualify.
  auto a = output_label("Output (runs concurrently, order may vary):");
  ASSERT_TRUE(a);
  EXPECT_TRUE(a->any_order);
  EXPECT_FALSE(a->hypothetical);
  auto b = output_label(" Output (CPython 3.12):");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->python_version, "3.12");
  auto c = output_label("\xF0\x9F\x94\xB9 Output Example (if we had 7 users, 2 posts)");
  ASSERT_TRUE(c);
  EXPECT_TRUE(c->hypothetical);
  auto d = output_label(" Output: {\"event\": \"payment_processed\"}");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->rest, "{\"event\": \"payment_processed\"}");
}

TEST(OutputLabel, OtherWordings) {
  EXPECT_TRUE(output_label("Expected output:"));
  EXPECT_TRUE(output_label("**Output:**"));
  EXPECT_TRUE(output_label("Prints:"));
  EXPECT_TRUE(output_label("Output (in any order):")->any_order);
}

TEST(OutputLabel, ProseThatMentionsOutputIsNot) {
  EXPECT_FALSE(output_label("Output fields are filtered by response_model."));
  EXPECT_FALSE(output_label("output.prof"));
  EXPECT_FALSE(output_label("Validates input/output data."));
  EXPECT_FALSE(output_label("print(x)"));
  EXPECT_FALSE(output_label("Printing is slow:"));
  EXPECT_FALSE(output_label(""));
}

}  // namespace
}  // namespace notecheck
