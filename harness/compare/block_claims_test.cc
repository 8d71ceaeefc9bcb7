// Output blocks and asserts judged on hand-made observations.
#include "harness/compare/block_claims.h"

#include <gtest/gtest.h>

#include "harness/compare/checker.h"

namespace notecheck {
namespace {

Snippet snippet(std::string code, Claim claim) {
  Snippet s;
  s.document = "notes.txt";
  s.code = std::move(code);
  int lines = 1;
  for (char c : s.code) lines += c == '\n';
  for (int i = 1; i <= lines; ++i) s.line_map.push_back(100 + i);
  s.claims.push_back(std::move(claim));
  return s;
}

Claim block(int from, int to, std::string text) {
  Claim c;
  c.kind = ClaimKind::kOutputBlock;
  c.from_line = from;
  c.code_line = to;
  c.doc_line = 100 + to + 1;
  c.text = std::move(text);
  return c;
}

Observation printed(std::vector<OutputPiece> pieces) {
  Observation obs;
  obs.status = RunStatus::kOk;
  for (const OutputPiece& p : pieces) {
    obs.output_pieces.push_back(p);
    obs.stdout_text += p.text;
    obs.lines[p.line].output += p.text;
  }
  return obs;
}

TEST(BlockClaims, OutputOfARangeOfLinesInOrder) {
  // A loop prints from its body line; the second block covers only the last print.
  Snippet s = snippet("for i in range(2):\n    print(i)\nprint('x')", block(1, 2, "Output:\n0\n1"));
  Observation obs = printed({{2, "0\n"}, {2, "1\n"}, {3, "x\n"}});
  EXPECT_EQ(judge(s, s.claims[0], obs).verdict, VerdictKind::kCorrect);
  Claim reversed = block(1, 2, "Output:\n1\n0");
  EXPECT_EQ(judge(s, reversed, obs).verdict, VerdictKind::kWrong);
  Claim any = block(1, 2, "Output (in any order):\n1\n0");
  EXPECT_EQ(judge(s, any, obs).verdict, VerdictKind::kCorrect);
  Claim last = block(3, 3, "Output: y");
  Verdict v = judge(s, last, obs);
  EXPECT_EQ(v.verdict, VerdictKind::kWrong);
  EXPECT_EQ(v.actual, "x");
}

TEST(BlockClaims, HypotheticalAndOtherVersionsAreUnverifiable) {
  Snippet s = snippet("print(1)", block(1, 1, "Output Example (if we had 7 users):\n7"));
  Observation obs = printed({{1, "1\n"}});
  EXPECT_EQ(judge(s, s.claims[0], obs).verdict, VerdictKind::kUnverifiable);
  Claim other = block(1, 1, "Output (CPython 2.7):\n7");
  EXPECT_EQ(judge(s, other, obs).verdict, VerdictKind::kUnverifiable);
  Claim ours = block(1, 1, "Output (Python " NOTECHECK_TEST_PYTHON_VERSION "):\n7");
  EXPECT_EQ(judge(s, ours, obs).verdict, VerdictKind::kWrong);
}

TEST(BlockClaims, RunThatStoppedEarlyIsAnError) {
  Snippet s = snippet("print(1)\n1/0\nprint(2)", block(1, 3, "Output:\n1\n2"));
  Observation obs = printed({{1, "1\n"}});
  obs.status = RunStatus::kRaised;
  obs.exception = RaisedException{"ZeroDivisionError", "division by zero", 2, 2};
  EXPECT_EQ(judge(s, s.claims[0], obs).verdict, VerdictKind::kError);
}

Claim assertion(int line) {
  Claim c;
  c.kind = ClaimKind::kAssert;
  c.code_line = line;
  c.doc_line = 100 + line;
  c.text = "assert";
  return c;
}

TEST(BlockClaims, Asserts) {
  Snippet s = snippet("a = 1\nassert a == 2\nassert a == 1\nassert b", assertion(2));
  Observation obs;
  obs.status = RunStatus::kRaised;
  obs.lines[2].raised = RaisedException{"AssertionError", "", 2, 2};
  obs.lines[4].raised = RaisedException{"NameError", "name 'b' is not defined", 4, 4};
  obs.exception = RaisedException{"NameError", "name 'b' is not defined", 4, 4};
  Verdict failed = judge(s, s.claims[0], obs);
  EXPECT_EQ(failed.verdict, VerdictKind::kWrong);
  EXPECT_EQ(failed.actual, "AssertionError");
  EXPECT_EQ(judge(s, assertion(3), obs).verdict, VerdictKind::kCorrect);
  EXPECT_EQ(judge(s, assertion(4), obs).verdict, VerdictKind::kError);
}

}  // namespace
}  // namespace notecheck

namespace notecheck {
namespace {

TEST(BlockClaims, AProseSectionThatDescribesIsNotWrong) {
  Snippet s =
      snippet("print(sorted(['b', 'a']))", block(1, 1, "Output:\nThe names, sorted by age."));
  s.claims[0].doc_line = 110;  // below the program: an "Output:" section of the document
  Observation obs = printed({{1, "['a', 'b']\n"}});
  EXPECT_EQ(judge(s, s.claims[0], obs).verdict, VerdictKind::kUnverifiable);
  Claim shown = block(1, 1, "Output:\n['b', 'a']");
  shown.doc_line = 110;
  EXPECT_EQ(judge(s, shown, obs).verdict, VerdictKind::kWrong);
}

}  // namespace
}  // namespace notecheck
