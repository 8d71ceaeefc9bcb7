#include "extract/boundaries.h"

#include <gtest/gtest.h>

#include "extract/extractor.h"
#include "harness/run/python_syntax_checker.h"

namespace notecheck {
namespace {

TEST(Boundaries, CodeGluedToTheEndOfProse) {
  // 003 line 1538: a Pydantic v1 -> v2 list run into the import that starts the example.
  std::string line =
      ".dict() \xE2\x86\x92 .model_dump().json() \xE2\x86\x92 .model_dump_json()from pydantic "
      "import BaseModel, field_validator, ConfigDict";
  size_t p = glued_code_start(line);
  ASSERT_NE(p, std::string::npos);
  EXPECT_EQ(line.substr(p), "from pydantic import BaseModel, field_validator, ConfigDict");
  // 003 line 1033: a comment that heads the next example, glued to a list item.
  std::string comment =
      "asyncio.Queue \xE2\x80\x94 async-safe producer/consumer queue# asyncio.create_task "
      "\xE2\x80\x94 schedule without waiting immediately";
  EXPECT_EQ(comment.substr(glued_code_start(comment), 22), "# asyncio.create_task ");
  EXPECT_EQ(glued_code_start("...the order.class A:"), 13u);
  // Words that merely contain a keyword, or code after a space, are not glued code.
  EXPECT_EQ(glued_code_start("Use a subclass Foo(Base): to share code"), std::string::npos);
  EXPECT_EQ(glued_code_start("from __future__ import ...do, and which imports matter?"),
            std::string::npos);
}

TEST(Boundaries, FileMarkersAndTitles) {
  EXPECT_TRUE(is_file_marker("# auth/routes.py"));
  EXPECT_TRUE(is_file_marker("#### calculator.py"));
  EXPECT_TRUE(is_file_marker("# myapp/management/commands/seed_db.py"));
  EXPECT_FALSE(is_file_marker("# config.py: class-based config hierarchy"));
  EXPECT_FALSE(is_file_marker("# conftest.py \xE2\x80\x94 place shared fixtures here"));
  for (const char* title : {"yield", "nonlocal", "dis"}) EXPECT_TRUE(is_title_word(title));
  for (const char* end : {"pass", "return", "x = 1", "..."}) EXPECT_FALSE(is_title_word(end));
  EXPECT_TRUE(is_list_item("@app.route()"));
  EXPECT_TRUE(is_list_item("request,"));
  EXPECT_FALSE(is_list_item("app = Flask(__name__)"));
}

SyntaxChecker& checker() {
  static std::unique_ptr<SyntaxChecker> c = make_python_syntax_checker();
  return *c;
}

TEST(Boundaries, MarkersSplitOneRunIntoFiles) {
  // 002 lines 1571-1577, as written: two files in one run.
  Document d = make_document(
      "note.txt",
      "Dangers:\n"
      "# The import-order gotcha:\n"
      "# module_a.py\n"
      "from requests import get  # Direct reference, not affected by patching requests.get\n"
      "\n"
      "# module_b.py\n"
      "import requests\n"
      "requests.get = my_mock  # Only affects code that does requests.get\n"
      "Red flag answer: it is fine.\n");
  std::vector<Snippet> s = extract_snippets(d, checker());
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].start_line(), 2);
  EXPECT_EQ(s[0].end_line(), 4);
  EXPECT_EQ(s[1].start_line(), 6);
  EXPECT_EQ(s[1].end_line(), 8);
}

}  // namespace
}  // namespace notecheck
