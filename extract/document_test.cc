#include "extract/document.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

namespace notecheck {
namespace {

const std::string kNotes = NOTECHECK_SOURCE_DIR "/../shared/notes";

std::string temp_file(const std::string& content) {
  char path[] = "/tmp/notecheck_doc_XXXXXX";
  int fd = mkstemp(path);
  EXPECT_GE(fd, 0);
  EXPECT_EQ(write(fd, content.data(), content.size()), static_cast<ssize_t>(content.size()));
  close(fd);
  return path;
}

TEST(Document, MissingFileIsAnErrorNotAThrow) {
  Document d = read_document("/nonexistent/notes.md");
  EXPECT_EQ(d.error, "no such file");
  EXPECT_EQ(d.path, "/nonexistent/notes.md");
  EXPECT_TRUE(d.lines.empty());
}

TEST(Document, DirectoryIsAnError) {
  Document d = read_document("/tmp");
  EXPECT_EQ(d.error, "is a directory, not a note");
}

TEST(Document, BinaryFileIsAnError) {
  std::string path = temp_file(std::string("line one\nPK\x03\x04\0\0rest", 19));
  Document d = read_document(path);
  EXPECT_EQ(d.error, "binary file (a NUL byte)");
  EXPECT_EQ(d.error_line, 2);
  std::remove(path.c_str());
}

TEST(Document, InvalidUtf8NamesTheLine) {
  Document d = make_document("x.md", "ok\nstill ok\nbad \xC3\x28 byte\n");
  EXPECT_EQ(d.error, "invalid UTF-8");
  EXPECT_EQ(error_location(d), d.path + ":3");
  Document overlong = make_document("x.md", "\xC0\xAF\n");
  EXPECT_EQ(overlong.error_line, 1);
  EXPECT_EQ(make_document("x.md", "a\n\nsurrogate \xED\xA0\x80\n").error_line, 3);
  EXPECT_EQ(make_document("x.md", "cut \xE2\x86").error_line, 1);
  EXPECT_TRUE(make_document("x.md", "emoji \xF0\x9F\x91\x89 ok").error.empty());
}

TEST(Document, CrLfAndLoneCrFoldToLf) {
  Document d = make_document("x.md", "a\r\nb\rc\n\r\nd");
  EXPECT_EQ(d.text, "a\nb\nc\n\nd");
  ASSERT_EQ(d.lines.size(), 5u);
  EXPECT_EQ(d.lines[1], "b");
  EXPECT_EQ(d.lines[3], "");
  EXPECT_EQ(d.line(5), "d");
}

TEST(Document, BomIsStripped) {
  Document d = make_document("x.md", "\xEF\xBB\xBFprint(1)\n");
  EXPECT_TRUE(d.error.empty());
  EXPECT_EQ(d.line(1), "print(1)");
}

TEST(Document, EmptyFileHasNoLinesAndNoError) {
  std::string path = temp_file("");
  Document d = read_document(path);
  EXPECT_TRUE(d.error.empty());
  EXPECT_TRUE(d.lines.empty());
  EXPECT_EQ(d.line(1), "");
  std::remove(path.c_str());
}

TEST(Document, LineOutOfRangeIsEmpty) {
  Document d = make_document("x.md", "one\ntwo\n");
  EXPECT_EQ(d.lines.size(), 2u);
  EXPECT_EQ(d.line(0), "");
  EXPECT_EQ(d.line(2), "two");
  EXPECT_EQ(d.line(3), "");
}

TEST(Document, HugeSingleLineIsAnErrorNamingTheLine) {
  std::string text = "# Notes\n";
  text += std::string(50u << 20, 'a');
  text += "\r\n";
  Document d = make_document("big.txt", std::move(text));
  EXPECT_EQ(d.error, "a line of 50 MB: not a note");
  EXPECT_EQ(d.error_line, 2);
  EXPECT_TRUE(d.lines.empty());
}

TEST(Document, RealNotesReadCleanly) {
  Document d = read_document(kNotes + "/000_965d46ce521218ab.txt");
  EXPECT_TRUE(d.error.empty());
  EXPECT_EQ(d.lines.size(), 223u);
  EXPECT_EQ(d.line(55), "```python");
  EXPECT_TRUE(d.repair.empty());
  Document none = read_document(kNotes + "/004_d19c1bdc91ef034e.txt");
  EXPECT_TRUE(none.repair.empty());
  EXPECT_EQ(none.line(1), "Python Interview Cheatsheet");
}

}  // namespace
}  // namespace notecheck
