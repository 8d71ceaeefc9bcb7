#include "extract/doctest_blocks.h"

#include <gtest/gtest.h>

#include "harness/run/python_syntax_checker.h"

namespace notecheck {
namespace {

SyntaxChecker& checker() {
  static std::unique_ptr<SyntaxChecker> c = make_python_syntax_checker();
  return *c;
}

std::vector<SourceLine> numbered(const std::vector<std::string>& texts, int first) {
  std::vector<SourceLine> out;
  for (const std::string& t : texts) out.push_back({first++, t});
  return out;
}

TEST(DoctestBlocks, PromptsStrippedAndOutputsBecomeClaims) {
  auto lines = numbered({">>> def f(x):", "...     return [x] * 2", ">>> f(1)", "[1, 1]",
                         ">>> f('a')", "['a', 'a']", "", ">>> x = 3"},
                        40);
  ASSERT_TRUE(looks_like_doctest(lines));
  Snippet s = make_doctest_snippet(lines, checker());
  EXPECT_EQ(s.origin, "doctest");
  EXPECT_EQ(s.language, "pycon");
  EXPECT_TRUE(s.runnable) << s.reason;
  EXPECT_EQ(s.code, "def f(x):\n    return [x] * 2\nf(1)\nf('a')\nx = 3\n");
  EXPECT_EQ(s.line_map, (std::vector<int>{40, 41, 42, 44, 47}));
  ASSERT_EQ(s.claims.size(), 2u);
  EXPECT_EQ(s.claims[0].kind, ClaimKind::kDoctestOutput);
  EXPECT_EQ(s.claims[0].doc_line, 43);
  EXPECT_EQ(s.claims[0].code_line, 3);
  EXPECT_EQ(s.claims[0].text, "[1, 1]");
  EXPECT_EQ(s.claims[0].statement, "f(1)");
  EXPECT_EQ(s.claims[1].doc_line, 45);
  EXPECT_EQ(s.claims[1].code_line, 4);
}

TEST(DoctestBlocks, MultiLineOutputAndBrokenSource) {
  Snippet s = make_doctest_snippet(
      numbered({"  >>> print('a\\nb')", "  a", "  b", "  >>> if True print(1)"}, 1), checker());
  ASSERT_EQ(s.claims.size(), 1u);
  EXPECT_EQ(s.claims[0].text, "a\nb");
  EXPECT_FALSE(s.runnable);
  EXPECT_NE(s.reason.find("at line 4"), std::string::npos) << s.reason;
}

TEST(DoctestBlocks, NotADoctest) {
  EXPECT_FALSE(looks_like_doctest(numbered({"", "x = 1", ">>> y"}, 1)));
  EXPECT_FALSE(looks_like_doctest(numbered({">>>x"}, 1)));
}

}  // namespace
}  // namespace notecheck
