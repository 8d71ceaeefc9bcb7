#include "extract/claims.h"

#include <gtest/gtest.h>

#include "extract/source_lines.h"
#include "harness/run/python_syntax_checker.h"

namespace notecheck {
namespace {

SyntaxChecker& checker() {
  static std::unique_ptr<SyntaxChecker> c = make_python_syntax_checker();
  return *c;
}

// A runnable snippet whose code line i sits on document line first + i - 1.
Snippet snippet(const std::vector<std::string>& code, int first = 10) {
  std::vector<SourceLine> lines;
  for (const std::string& t : code) lines.push_back({first++, t});
  Snippet s = make_snippet(lines, "unfenced", "python");
  attach_claims(s, checker());
  return s;
}

TEST(Claims, TrailingCommentOnExpressionStatements) {
  Snippet s = snippet({"b = 1", "print(a is a)    # True", "for x in a:", "    print(x, x)  # 1 1",
                       "d = {'#': 1}", "d['#']  # '#' inside a string"});
  ASSERT_EQ(s.claims.size(), 3u);
  EXPECT_EQ(s.claims[0].kind, ClaimKind::kTrailingComment);
  EXPECT_EQ(s.claims[0].doc_line, 11);
  EXPECT_EQ(s.claims[0].code_line, 2);
  EXPECT_EQ(s.claims[0].text, "True");
  EXPECT_EQ(s.claims[0].statement, "print(a is a)");
  EXPECT_FALSE(s.claims[0].on_assignment);
  EXPECT_EQ(s.claims[1].text, "1 1");  // inside a loop: any depth
  EXPECT_EQ(s.claims[1].doc_line, 13);
  EXPECT_EQ(s.claims[2].text, "'#' inside a string");
  EXPECT_EQ(s.claims[2].statement, "d['#']");
}

TEST(Claims, TopLevelAssignmentsClaimTheValueBound) {
  Snippet s = snippet({"idx = bisect_left(a, 5)  # 2", "n += 1  # 6", "k: int = 3  # 3",
                       "a, b = 1, 2  # a tuple", "def f():", "    y = 2  # 2 in a body"});
  ASSERT_EQ(s.claims.size(), 4u);  // any assignment at top level; none in a body
  EXPECT_EQ(s.claims[0].text, "2");
  EXPECT_EQ(s.claims[0].statement, "idx = bisect_left(a, 5)");
  EXPECT_TRUE(s.claims[0].on_assignment);
  EXPECT_EQ(s.claims[1].text, "6");
  EXPECT_EQ(s.claims[2].text, "3");
  EXPECT_EQ(s.claims[3].code_line, 4);  // compare judges it: not a value, unverifiable
}

TEST(Claims, AnyStatementMayBeSaidToRaise) {
  Snippet s = snippet({"c.radius = -1  # ValueError", "t[0] = 99  # TypeError: 'tuple' object",
                       "def f():", "    x += 1  # UnboundLocalError! Python sees x assigned",
                       "    del y  # NameError", "    return x  # the result",
                       "import numpy  # a module", "raise KeyError('k')  # KeyError"});
  ASSERT_EQ(s.claims.size(), 5u);
  EXPECT_EQ(s.claims[0].text, "ValueError");
  EXPECT_TRUE(s.claims[0].on_assignment);  // the run records no value for an attribute
  EXPECT_EQ(s.claims[1].text, "TypeError: 'tuple' object");
  EXPECT_EQ(s.claims[2].code_line, 4);
  EXPECT_EQ(s.claims[2].text, "UnboundLocalError! Python sees x assigned");
  EXPECT_EQ(s.claims[3].code_line, 5);
  EXPECT_EQ(s.claims[4].code_line, 8);  // `# the result` and `# a module` are not claims
}

TEST(Claims, MultiLineStatementTakesTheCommentOnItsLastLine) {
  Snippet s = snippet({"print(", "    1 + 1", ")  # 2"});
  ASSERT_EQ(s.claims.size(), 1u);
  EXPECT_EQ(s.claims[0].code_line, 1);
  EXPECT_EQ(s.claims[0].doc_line, 12);
  EXPECT_EQ(s.claims[0].statement, "print(");
}

TEST(Claims, FollowingCommentsJoinUntilABlankOrCode) {
  Snippet s = snippet({"print([3, 2])", "# [3, 2]", "# second line", "", "# not a claim", "x = 1",
                       "log('a')", "# [INFO] a", "y = 2"},
                      100);
  ASSERT_EQ(s.claims.size(), 2u);
  EXPECT_EQ(s.claims[0].kind, ClaimKind::kFollowingComment);
  EXPECT_EQ(s.claims[0].doc_line, 101);
  EXPECT_EQ(s.claims[0].code_line, 1);
  EXPECT_EQ(s.claims[0].text, "[3, 2]\nsecond line");
  EXPECT_EQ(s.claims[1].text, "[INFO] a");
  EXPECT_EQ(s.claims[1].doc_line, 107);
}

TEST(Claims, NotClaims) {
  Snippet s =
      snippet({"if True:", "    x = 5  # an assignment in a block", "del x  # gone",
               "def f():  # a def", "    return 1  # a return", "f()  # doctest: +SKIP",
               "f()  # noqa", "for i in range(2):", "    f()", "# next section, further left"});
  EXPECT_TRUE(s.claims.empty()) << s.claims[0].text;
}

TEST(Claims, TwoColumnTableHasNoClaims) {
  Snippet s = snippet({"# Python                          # TypeScript",
                       "print(1)                          # console.log(1)",
                       "x = [1]                           # const x = [1]",
                       "                                  # }"});
  EXPECT_TRUE(s.claims.empty());
  EXPECT_TRUE(s.runnable);
  EXPECT_NE(s.reason.find("two-column"), std::string::npos);
}

TEST(Claims, PytestExamplesOutputLines) {
  Snippet s =
      snippet({"for w in ['a', 'b']:", "    print(w)", "    #> a", "    #> b", "print(1)", "#>1"});
  ASSERT_EQ(s.claims.size(), 2u);
  EXPECT_EQ(s.claims[0].kind, ClaimKind::kFollowingComment);
  EXPECT_EQ(s.claims[0].code_line, 2);
  EXPECT_EQ(s.claims[0].text, "a\nb");
  EXPECT_EQ(s.claims[1].text, "1");
}

TEST(Claims, OutputCommentBlocksCoverTheCodeSinceTheLastBlock) {
  Snippet s = snippet({"for i in range(2):", "    print(i)", "# Output:", "# 0", "# 1", "",
                       "print('x')", "# Output: x", "def f():", "    print(2)", "    # Output: 2"},
                      20);
  ASSERT_EQ(s.claims.size(), 3u);
  EXPECT_EQ(s.claims[0].kind, ClaimKind::kOutputBlock);
  EXPECT_EQ(s.claims[0].doc_line, 22);
  EXPECT_EQ(s.claims[0].from_line, 1);
  EXPECT_EQ(s.claims[0].code_line, 2);
  EXPECT_EQ(s.claims[0].text, "Output:\n0\n1");
  EXPECT_EQ(s.claims[1].from_line, 6);
  EXPECT_EQ(s.claims[1].code_line, 7);
  EXPECT_EQ(s.claims[1].text, "Output: x");  // not also a following comment of print('x')
  // An indented label is in a body that may never run: the print's own claim, label dropped.
  EXPECT_EQ(s.claims[2].kind, ClaimKind::kFollowingComment);
  EXPECT_EQ(s.claims[2].text, "2");
}

TEST(Claims, AssertsOutsideFunctionsAreClaims) {
  Snippet s = snippet({"a = [1]", "assert a == [1]  # holds", "for x in a:", "    assert x > 0",
                       "def test_a():", "    assert a", "assert a == []  # AssertionError"});
  ASSERT_EQ(s.claims.size(), 3u);
  EXPECT_EQ(s.claims[0].kind, ClaimKind::kAssert);
  EXPECT_EQ(s.claims[0].text, "assert a == [1]");
  EXPECT_EQ(s.claims[1].code_line, 4);
  EXPECT_EQ(s.claims[2].kind, ClaimKind::kTrailingComment);  // a claim that it raises
}

TEST(Claims, CommentedOutCodeWithAnExceptionClaimIsAProbe) {
  Snippet s = snippet({"t = (1, 2)", "# t[0] = 99 # TypeError: 'tuple' object",
                       "# api(pos_only=1, 2) # TypeError \u2014 pos_only can't be a keyword",
                       "# Note: this raises # TypeError", "# see below # ValueError",
                       "def f():", "    # t[1] = 0  # TypeError", "    pass"});
  ASSERT_EQ(s.claims.size(), 2u);  // prose, and comments inside a body, are not probes
  EXPECT_EQ(s.claims[0].probe, "t[0] = 99");
  EXPECT_EQ(s.claims[0].code_line, 2);
  EXPECT_EQ(s.claims[0].text, "TypeError: 'tuple' object");
  EXPECT_EQ(s.claims[1].probe, "api(pos_only=1, 2)");  // a SyntaxError, but shaped like a call
}

TEST(Claims, NotRunnableSnippetsHaveNone) {
  Snippet s = snippet({"print(1)  # 1"});
  s.claims.clear();
  s.runnable = false;
  attach_claims(s, checker());
  EXPECT_TRUE(s.claims.empty());
}

}  // namespace
}  // namespace notecheck
