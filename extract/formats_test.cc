// Notebooks, reStructuredText and saved HTML pages, from tests/data/formats.
#include <gtest/gtest.h>

#include "extract/extractor.h"
#include "harness/run/python_syntax_checker.h"

namespace notecheck {
namespace {

const std::string kData = NOTECHECK_SOURCE_DIR "/tests/data/formats/";

SyntaxChecker& checker() {
  static std::unique_ptr<SyntaxChecker> c = make_python_syntax_checker();
  return *c;
}

std::vector<Snippet> extract(const std::string& name) {
  Document d = read_document(kData + name);
  EXPECT_TRUE(d.error.empty()) << d.error;
  return extract_snippets(d, checker());
}

TEST(Formats, NotebookCodeCellsWithStoredOutputsAsClaims) {
  std::vector<Snippet> s = extract("lists.ipynb");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].origin, "notebook");
  EXPECT_EQ(s[0].code, "items = [1, 2]\nitems.append(3)\nprint(items)\n");
  EXPECT_EQ(s[0].line_map, (std::vector<int>{25, 26, 27}));  // the JSON lines of the source
  ASSERT_EQ(s[0].claims.size(), 1u);
  EXPECT_EQ(s[0].claims[0].kind, ClaimKind::kDoctestOutput);
  EXPECT_EQ(s[0].claims[0].text, "[1, 2, 3]");
  EXPECT_EQ(s[0].claims[0].code_line, 3);
  EXPECT_EQ(s[0].claims[0].doc_line, 20);
  ASSERT_EQ(s[1].claims.size(), 1u);
  EXPECT_EQ(s[1].claims[0].text, "6");
  EXPECT_FALSE(s[2].runnable);  // %timeit
}

TEST(Formats, RestructuredTextDirectivesLiteralBlocksAndDoctests) {
  std::vector<Snippet> s = extract("guide.rst");
  ASSERT_EQ(s.size(), 5u);
  EXPECT_EQ(s[0].line_map, (std::vector<int>{6, 7}));  // after `...double colon::`
  EXPECT_EQ(s[0].code, "data = [3, 1, 2]\nprint(sorted(data))  # [1, 2, 3]\n");
  EXPECT_EQ(s[1].line_map, (std::vector<int>{14, 15, 16}));  // options skipped
  EXPECT_EQ(s[1].origin, "rst");
  EXPECT_EQ(s[2].language, "bash");
  EXPECT_FALSE(s[2].runnable);
  EXPECT_EQ(s[3].language, "pycon");
  ASSERT_EQ(s[3].claims.size(), 1u);
  EXPECT_EQ(s[3].claims[0].text, "['a', 'b', 'c']");
  EXPECT_EQ(s[4].start_line(), 33);  // a `>>>` transcript in the prose
  ASSERT_EQ(s[4].claims.size(), 1u);
  EXPECT_EQ(s[4].claims[0].text, "9");
}

TEST(Formats, HtmlPreBlocksLoseTheirTagsAndEntities) {
  std::vector<Snippet> s = extract("page.html");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].origin, "html");
  EXPECT_TRUE(s[0].runnable) << s[0].reason;
  EXPECT_EQ(s[0].line_map, (std::vector<int>{6, 7, 8, 9, 10}));
  EXPECT_EQ(s[0].code,
            "from collections import Counter\n"
            "words = [\"a\", \"b\", \"a\"]\n"
            "print(Counter(words)[\"a\"])  # 2\n"
            "if len(words) > 2 and words[0] == \"a\":\n"
            "    print(\"long\")  # long\n");
  ASSERT_EQ(s[0].claims.size(), 2u);
  EXPECT_EQ(s[1].language, "bash");
  EXPECT_EQ(s[2].language, "pycon");
  ASSERT_EQ(s[2].claims.size(), 1u);
  EXPECT_EQ(s[2].claims[0].text, "2");
}

TEST(Formats, MixedTabsAreReadWithTabStops) {
  Document d = make_document("tabs.txt",
                             "Example:\n\ndef f():\n\tif True:\n\t    return 1\n"
                             "        return 2\n\nprint(f())\n");
  std::vector<Snippet> s = extract_snippets(d, checker());
  ASSERT_EQ(s.size(), 1u);
  EXPECT_TRUE(s[0].runnable);
  EXPECT_EQ(s[0].reason, "tabs and spaces mixed: read with tab stops every 8 columns");
  EXPECT_EQ(s[0].code.substr(0, 29), "def f():\n        if True:\n   ");
}

}  // namespace
}  // namespace notecheck
