#include "extract/markdown_blocks.h"

#include <gtest/gtest.h>

namespace notecheck {
namespace {

const std::string kNotes = NOTECHECK_SOURCE_DIR "/../shared/notes";

TEST(MarkdownBlocks, RealNoteFencesWithExactLines) {
  Document d = read_document(kNotes + "/000_965d46ce521218ab.txt");
  std::vector<FencedBlock> blocks = find_fenced_blocks(d);
  ASSERT_EQ(blocks.size(), 8u);
  const int fences[] = {55, 66, 87, 104, 119, 136, 163, 178};
  for (size_t i = 0; i < blocks.size(); ++i) EXPECT_EQ(blocks[i].fence_line, fences[i]);
  EXPECT_EQ(blocks[0].info, "python");
  EXPECT_EQ(blocks[0].end_line, 62);
  ASSERT_EQ(blocks[0].lines.size(), 6u);
  EXPECT_EQ(blocks[0].lines[1].doc_line, 57);
  EXPECT_EQ(blocks[0].lines[1].text, d.line(57));
  EXPECT_EQ(blocks[6].info, "");
  EXPECT_EQ(blocks[6].lines[0].doc_line, 164);
}

TEST(MarkdownBlocks, TildesIndentationAndUnclosedFences) {
  Document d = make_document("t.md",
                             "Intro\n"
                             "~~~py\n"
                             "x = 1\n"
                             "~~~\n"
                             "- item\n"
                             "\n"
                             "  ```python\n"
                             "  y = 2\n"
                             "  ```\n"
                             "````\n"
                             "never closed\n");
  std::vector<FencedBlock> b = find_fenced_blocks(d);
  ASSERT_EQ(b.size(), 3u);
  EXPECT_EQ(b[0].fence_line, 2);
  EXPECT_EQ(b[0].lines[0].text, "x = 1");
  EXPECT_EQ(b[1].fence_line, 7);
  EXPECT_EQ(b[1].lines[0].text, "y = 2");  // the list item's indentation is not code
  EXPECT_EQ(b[1].lines[0].doc_line, 8);
  EXPECT_EQ(b[2].lines[0].doc_line, 11);
  EXPECT_EQ(b[2].end_line, 11);
}

TEST(MarkdownBlocks, PlainTextHasNoFences) {
  Document d = read_document(kNotes + "/002_f0a75effb6439ed2.txt");
  EXPECT_TRUE(find_fenced_blocks(d).empty());
}

TEST(MarkdownBlocks, FenceLanguage) {
  EXPECT_EQ(fence_language("python"), "python");
  EXPECT_EQ(fence_language("Python title=\"x.py\""), "python");
  EXPECT_EQ(fence_language("{.python .numberLines}"), "python");
  EXPECT_EQ(fence_language("  "), "");
  EXPECT_EQ(fence_language("bash"), "bash");
}

}  // namespace
}  // namespace notecheck
