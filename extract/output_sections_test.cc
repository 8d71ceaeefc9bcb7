#include "extract/output_sections.h"

#include <gtest/gtest.h>

#include "extract/extractor.h"
#include "harness/run/python_syntax_checker.h"

namespace notecheck {
namespace {

std::vector<Snippet> extract(const std::string& text) {
  static std::unique_ptr<SyntaxChecker> checker = make_python_syntax_checker();
  return extract_snippets(make_document("notes.md", text), *checker);
}

const Claim* output_claim(const std::vector<Snippet>& snippets) {
  for (const Snippet& s : snippets)
    for (const Claim& c : s.claims)
      if (c.kind == ClaimKind::kOutputBlock) return &c;
  return nullptr;
}

TEST(OutputSections, AFencedBlockAfterTheLabelIsTheProgramsOutput) {
  std::vector<Snippet> s =
      extract("```python\nfor i in range(2):\n    print(i)\n```\n\nOutput:\n\n```\n0\n1\n```\n");
  const Claim* c = output_claim(s);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->doc_line, 6);
  EXPECT_EQ(c->text, "Output:\n0\n1");
  EXPECT_EQ(c->from_line, 1);
  EXPECT_EQ(c->code_line, 2);
  for (const Snippet& other : s)  // the output block itself is never run
    if (other.start_line() > 6) EXPECT_FALSE(other.runnable);
}

TEST(OutputSections, ALabelThatDescribesIsNoClaim) {
  EXPECT_EQ(output_claim(extract("```python\nprint(sorted([2, 1]))\n```\n\n"
                                 "Output: the numbers in order.\n")),
            nullptr);
  const Claim* literal =
      output_claim(extract("```python\nprint(sorted([2, 1]))\n```\n\n"
                           "Output: [1, 2]\n"));
  ASSERT_NE(literal, nullptr);
  EXPECT_EQ(literal->text, "Output: [1, 2]");
}

}  // namespace
}  // namespace notecheck
