#include "extract/unfenced_scanner.h"

#include <gtest/gtest.h>

#include "harness/run/python_syntax_checker.h"

namespace notecheck {
namespace {

SyntaxChecker& checker() {
  static std::unique_ptr<SyntaxChecker> c = make_python_syntax_checker();
  return *c;
}

std::vector<Snippet> scan(const std::string& text) {
  Document d = make_document("note.txt", text);
  return scan_unfenced(d, {}, checker());
}

TEST(UnfencedScanner, CodeBetweenGluedProse) {
  auto s = scan(
      "Reference counting works like this. Reference Counting Example:\n"   // 1
      "import sys\n"                                                        // 2
      "\n"                                                                  // 3
      "a = []  # refcount = 1\n"                                            // 4
      "print(sys.getrefcount(a))  # 2\n"                                    // 5
      "Cyclic GC (Handles Circular References):\n"                          // 6
      "class Node:\n"                                                       // 7
      "    def __init__(self):\n"                                           // 8
      "        self.ref = None\n"                                           // 9
      "\n"                                                                  // 10
      "    def clear(self):\n"                                              // 11
      "        self.ref = None\n"                                           // 12
      "Red flag answer: this shows a candidate who never debugged it.\n");  // 13
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].line_map, (std::vector<int>{2, 3, 4, 5}));
  EXPECT_EQ(s[0].code, "import sys\n\na = []  # refcount = 1\nprint(sys.getrefcount(a))  # 2\n");
  EXPECT_TRUE(s[0].runnable);
  EXPECT_EQ(s[0].origin, "unfenced");
  EXPECT_EQ(s[1].start_line(), 7);
  EXPECT_EQ(s[1].end_line(), 12);  // blank lines between methods stay inside
  EXPECT_TRUE(s[1].runnable);
}

TEST(UnfencedScanner, LoneWordsHeadingsAndCommentsAreNotSnippets) {
  auto s = scan(
      "### 4. What is __all__ in Python modules?\n"
      "\n"
      "Flask\n"
      "\n"
      "pass\n"
      "\n"
      "# just a comment\n"
      "# and another\n"
      "\n"
      "Answer\n");
  EXPECT_TRUE(s.empty());
}

TEST(UnfencedScanner, HeadingsAndLoneWordsDoNotJoinCode) {
  auto s = scan(
      "### 1. First\n"
      "\n"
      "Example\n"
      "\n"
      "x = 1\n"
      "print(x)\n"
      "\n"
      "### 2. Second\n"
      "y = 2\n");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].line_map, (std::vector<int>{5, 6}));
  EXPECT_EQ(s[1].line_map, (std::vector<int>{9}));
}

TEST(UnfencedScanner, IndentedExampleIsDedented) {
  auto s = scan("Example:\n    def f():\n        return 1\n    f()\n");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].code, "def f():\n    return 1\nf()\n");
  EXPECT_TRUE(s[0].runnable);
}

TEST(UnfencedScanner, LostIndentationIsRestored) {
  auto s = scan(
      "Answer:\n"                      // 1
      "a = [1, 2, 3]\n"                // 2
      "print(a) # [1, 2, 3]\n"         // 3
      "# BAD\n"                        // 4
      "def add_item(item, lst=[]):\n"  // 5
      "lst.append(item)\n"             // 6
      "return lst\n"                   // 7
      "# GOOD\n"                       // 8
      "b = 2\n");                      // 9
  ASSERT_EQ(s.size(), 1u);
  EXPECT_TRUE(s[0].runnable);
  EXPECT_EQ(s[0].origin, "reindented");
  EXPECT_EQ(s[0].line_map, (std::vector<int>{2, 3, 4, 5, 6, 7, 8, 9}));
  EXPECT_EQ(s[0].code,
            "a = [1, 2, 3]\nprint(a) # [1, 2, 3]\n# BAD\ndef add_item(item, lst=[]):\n"
            "    lst.append(item)\n    return lst\n# GOOD\nb = 2\n");
}

TEST(UnfencedScanner, OtherLanguagesThatCompileAreNotRun) {
  auto js = scan(
      "For AJAX:\n"
      "const token = document.cookie;\n"
      "fetch('/api/transfer', {\n"
      "    method: 'POST',\n"
      "});\n");
  ASSERT_EQ(js.size(), 1u);
  EXPECT_FALSE(js[0].runnable);
  EXPECT_EQ(js[0].language, "javascript");
  auto toml = scan("Config:\n# pyproject.toml\n[project]\nname = \"myapp\"\n");
  ASSERT_EQ(toml.size(), 1u);
  EXPECT_FALSE(toml[0].runnable);
  EXPECT_EQ(toml[0].language, "toml");
}

TEST(UnfencedScanner, HugeCodeIsReportedNotCompiled) {
  std::string line = "x = [";
  while (line.size() < (2u << 20)) line += "1, ";
  auto s = scan("Data:\n" + line + "]\n");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_FALSE(s[0].runnable);
  EXPECT_TRUE(s[0].reason.rfind("too large to be an example", 0) == 0) << s[0].reason;
}

TEST(UnfencedScanner, DoctestSessionInText) {
  auto s = scan("Try it:\n>>> 1 + 1\n2\n\nMore prose here.\n");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].origin, "doctest");
  EXPECT_EQ(s[0].code, "1 + 1\n");
  ASSERT_EQ(s[0].claims.size(), 1u);
  EXPECT_EQ(s[0].claims[0].doc_line, 3);
}

}  // namespace
}  // namespace notecheck
