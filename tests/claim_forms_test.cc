// End to end: the real binary on examples/claim_forms.md, correct and deliberately wrong claims
// of each form added for issue 7.
#include <gtest/gtest.h>

#include "tests/command.h"

namespace notecheck::testing {
namespace {

class ClaimFormsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    report_ = new nlohmann::json(check_json("examples/claim_forms.md"));
  }
  static void TearDownTestSuite() { delete report_; }

  static nlohmann::json claim(const std::string& needle, int occurrence = 1) {
    int line = line_of(source_dir() + "/examples/claim_forms.md", needle, occurrence);
    EXPECT_GT(line, 0) << needle;
    return claim_at(*report_, "claim_forms.md", line);
  }
  static std::string verdict(const std::string& needle, int occurrence = 1) {
    auto c = claim(needle, occurrence);
    return c.is_null() ? "<no claim>" : c["verdict"].get<std::string>();
  }

  static nlohmann::json* report_;
};
nlohmann::json* ClaimFormsTest::report_ = nullptr;

TEST_F(ClaimFormsTest, ExceptionOnAnAssignment) {
  EXPECT_EQ(verdict("c.radius = -1  # ValueError"), "correct");
  EXPECT_EQ(verdict("t[0] = 99  # TypeError"), "correct");
  EXPECT_EQ(verdict("c.radius = 5  # ValueError"), "wrong");
  EXPECT_EQ(verdict("empty[\"key\"] = 1  # KeyError"), "wrong");
}

TEST_F(ClaimFormsTest, ExceptionInsideAFunctionTheSnippetCalls) {
  EXPECT_EQ(verdict("print(x)  # UnboundLocalError!"), "correct");
}

TEST_F(ClaimFormsTest, TheSnippetGoesOnAfterAnExpectedException) {
  EXPECT_EQ(verdict("print(c.radius)  # 2"), "correct");
  EXPECT_EQ(verdict("print(c.radius)  # 5"), "correct");  // after a wrong exception claim too
  EXPECT_EQ(verdict("print(\"after the call\")"), "correct");
}

TEST_F(ClaimFormsTest, ValueOfAnAssignment) {
  EXPECT_EQ(verdict("idx = bisect.bisect_left(a, 5)  # 2"), "correct");
  EXPECT_EQ(verdict("total += 5  # 15"), "correct");
  auto wrong = claim("right = bisect.bisect_right(a, 5)  # 2");
  EXPECT_EQ(wrong["verdict"], "wrong");
  EXPECT_EQ(wrong["actual"], "3");
  EXPECT_EQ(verdict("name = \"Ada\"  # str"), "unverifiable");  // names the type
}

TEST_F(ClaimFormsTest, StateAMethodCallLeaves) {
  EXPECT_EQ(verdict("dq.appendleft(0)  # [0, 1, 2, 3]"), "correct");
  auto wrong = claim("dq.append(4)  # [0, 1, 2, 3]");
  EXPECT_EQ(wrong["verdict"], "wrong");
  EXPECT_EQ(wrong["actual"], "deque([0, 1, 2, 3, 4])");
}

TEST_F(ClaimFormsTest, ValuesAnUnpackingBinds) {
  EXPECT_EQ(verdict("first, *rest = [1, 2, 3, 4, 5]  # first=1, rest=[2, 3, 4, 5]"), "correct");
  EXPECT_EQ(verdict("a, b = b, a  # a=2, b=1"), "correct");
  auto wrong = claim("q, r = divmod(17, 5)  # q=3, r=1");
  EXPECT_EQ(wrong["verdict"], "wrong");
  EXPECT_EQ(wrong["expected"], "q=3, r=1  (deliberately wrong: r is 2)");
  EXPECT_EQ(wrong["actual"], "q=3, r=2");
}

TEST_F(ClaimFormsTest, Directives) {
  auto skipped = claim("print(secrets.token_hex(4))  # 9f86d081");
  EXPECT_EQ(skipped["verdict"], "skipped");
  EXPECT_EQ(skipped["reason"], "skipped by directive");
  EXPECT_EQ(verdict("print(0.1 + 0.2)  # 0.3  # doctest: +SKIP"), "<no claim>");
  EXPECT_EQ(verdict("print(list(range(20)))  # [0, 1, 2, ..., 19]"), "correct");
  auto ellipsis = claim("print(list(range(20)))");
  EXPECT_EQ(ellipsis["claim"], "[0, 1, 2, ..., 19]");  // the directive is not part of the claim
  // `# notecheck: expect-error`: the final KeyError is no error for the claims it stops.
  EXPECT_EQ(verdict("print(data[\"a\"])  # 1"), "correct");
  EXPECT_EQ(verdict("print(data[\"b\"])  # 2"), "skipped");
  EXPECT_EQ(verdict("print(\"never printed\")"), "skipped");
}

TEST_F(ClaimFormsTest, StateAfterAModuleFunctionIsItsFirstArgument) {
  EXPECT_EQ(verdict("heapq.heapify(nums)  # [1, 5, 3]"), "correct");
  EXPECT_EQ(verdict("heapq.heappush(nums, 0)  # [0, 1, 3, 5]"), "correct");
}

TEST_F(ClaimFormsTest, PytestExamplesOutputLines) {
  EXPECT_EQ(verdict("#> SPAM"), "correct");  // both prints of the loop
  auto c = claim("#> 11");
  ASSERT_FALSE(c.is_null());
  EXPECT_EQ(c["verdict"], "wrong");
  EXPECT_EQ(c["actual"], "10");
}

TEST_F(ClaimFormsTest, OutputCommentBlocksClaimWhatTheCodeAbovePrinted) {
  int line = line_exactly(source_dir() + "/examples/claim_forms.md", "# Output:");
  auto first = claim_at(*report_, "claim_forms.md", line);
  ASSERT_FALSE(first.is_null());
  EXPECT_EQ(first["kind"], "output-block");
  EXPECT_EQ(first["verdict"], "correct");
  // The second block covers only the code after the first one.
  auto second = claim_at(*report_, "claim_forms.md",
                         line_of(source_dir() + "/examples/claim_forms.md", "# total 15") - 1);
  ASSERT_FALSE(second.is_null());
  EXPECT_EQ(second["verdict"], "wrong");
  EXPECT_EQ(second["actual"], "total 14");
}

TEST_F(ClaimFormsTest, OutputSectionAfterTheProgramInAnyOrder) {
  auto c = claim("Output (the order may vary):");
  ASSERT_FALSE(c.is_null());
  EXPECT_EQ(c["kind"], "output-block");
  EXPECT_EQ(c["verdict"], "correct");
}

TEST_F(ClaimFormsTest, CommentedOutCodeRunsWhereItsCommentIs) {
  EXPECT_EQ(verdict("# point[0] = 5  # TypeError"), "correct");
  auto attr = claim("# point.x  # KeyError");
  ASSERT_FALSE(attr.is_null());
  EXPECT_EQ(attr["verdict"], "wrong");
  EXPECT_EQ(attr["actual"].get<std::string>().rfind("AttributeError", 0), 0u);
  EXPECT_EQ(verdict("# print(sep=\"\", point)  # SyntaxError"), "correct");
  EXPECT_EQ(verdict("print(point)  # (1, 2)"), "correct");
}

TEST_F(ClaimFormsTest, SkipDirectivesInMarkdownAndDoctest) {
  auto hidden = claim("status)  # 200");
  ASSERT_FALSE(hidden.is_null());
  EXPECT_EQ(hidden["verdict"], "skipped");
  EXPECT_EQ(hidden["reason"], "skipped by directive");
  EXPECT_TRUE(claim("0.7").is_null());  // the +SKIP example's output is no claim
  auto sorted = claim_at(*report_, "claim_forms.md",
                         line_exactly(source_dir() + "/examples/claim_forms.md", "[1, 2, 3]"));
  ASSERT_FALSE(sorted.is_null());
  EXPECT_EQ(sorted["verdict"], "correct");
}

TEST_F(ClaimFormsTest, NumberOptionComparesFloatsToThePrecisionWritten) {
  EXPECT_EQ(verdict("print(math.pi)  # 3.14  # doctest: +NUMBER"), "correct");
  EXPECT_EQ(verdict("print(math.pi)  # 3.15  # doctest: +NUMBER"), "wrong");
  EXPECT_EQ(verdict("print(math.e)  # 2.718"), "wrong");  // only with the option
}

TEST_F(ClaimFormsTest, AssertsAreClaimsAndTheRunGoesOnAfterAFailingOne) {
  EXPECT_EQ(verdict("assert stack == [1, 2]"), "correct");
  auto failed = claim("assert len(stack) == 3");
  ASSERT_FALSE(failed.is_null());
  EXPECT_EQ(failed["verdict"], "wrong");
  EXPECT_EQ(failed["actual"], "AssertionError");
  EXPECT_EQ(verdict("assert stack[-1] == 2"), "correct");
}

}  // namespace
}  // namespace notecheck::testing
