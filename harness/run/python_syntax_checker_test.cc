#include "harness/run/python_syntax_checker.h"

#include <gtest/gtest.h>
#include <pybind11/embed.h>

#include <filesystem>

#include "extract/code_comments.h"
#include "extract/document.h"
#include "extract/extractor.h"

namespace py = pybind11;

namespace notecheck {
namespace {

SyntaxChecker& checker() {
  static std::unique_ptr<SyntaxChecker> c = make_python_syntax_checker();
  return *c;
}

// The comments CPython's own tokenizer finds, columns in bytes (the ground truth).
std::vector<CommentInfo> tokenize_comments(const std::string& code) {
  py::dict ns;
  ns["src"] = py::bytes(code).attr("decode")("utf-8", "replace");
  py::exec(R"PY(
import io, tokenize
lines = src.split("\n")
out = []
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    if tok.type == tokenize.COMMENT:
        line, col = tok.start
        before = lines[line - 1][:col]
        out.append((line, len(before.encode()), tok.string.rstrip(), before.strip() == ""))
)PY",
           ns);
  std::vector<CommentInfo> out;
  for (auto t : ns["out"].cast<py::list>()) {
    auto c = t.cast<py::tuple>();
    out.push_back(
        {c[0].cast<int>(), c[1].cast<int>(), c[2].cast<std::string>(), c[3].cast<bool>()});
  }
  return out;
}

void expect_same(const std::vector<CommentInfo>& want, const std::vector<CommentInfo>& got,
                 const std::string& where) {
  ASSERT_EQ(want.size(), got.size()) << where;
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(want[i].line, got[i].line) << where;
    EXPECT_EQ(want[i].column, got[i].column) << where;
    EXPECT_EQ(want[i].text, got[i].text) << where;
    EXPECT_EQ(want[i].own_line, got[i].own_line) << where;
  }
}

// analyze() takes comments from notecheck's lexer (code_comments.h) where it is sure: on every
// snippet of the seed notes and the examples they are the tokenizer's.
TEST(PythonSyntaxChecker, CommentsAreTheTokenizersOnEveryRealSnippet) {
  int compared = 0;
  for (const char* dir :
       {NOTECHECK_SOURCE_DIR "/../shared/notes", NOTECHECK_SOURCE_DIR "/examples"}) {
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      Document doc = read_document(entry.path().string());
      for (const Snippet& s : extract_snippets(doc, checker())) {
        Analysis a = checker().analyze(s.code);
        if (!a.syntax.ok) continue;
        expect_same(tokenize_comments(s.code), a.comments,
                    s.document + ":" + std::to_string(s.start_line()));
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, 200);
}

TEST(PythonSyntaxChecker, CommentsInsideAndAfterStrings) {
  const std::string code =
      "s = '# not a comment'  # one\n"
      "t = \"\"\"\n"
      "# inside a string\n"
      "\"\"\"  # two\n"
      "f\"{d['#']}\"  # three \n"
      "    # own line\n"
      "u = 'caf\xc3\xa9'  # \xe2\x86\x92 four \xe2\x9c\x93\xc2\xa0\n";
  std::vector<CommentInfo> got;
  ASSERT_TRUE(find_comments(code, &got));
  expect_same(tokenize_comments(code), got, "lexer");
  expect_same(tokenize_comments(code), checker().analyze(code).comments, "analyze");
  ASSERT_EQ(got.size(), 5u);
  EXPECT_EQ(got[4].text, "# \xe2\x86\x92 four \xe2\x9c\x93");  // no-break space stripped
  EXPECT_EQ(got[2].text, "# three");
  EXPECT_TRUE(got[3].own_line);
}

// A single-quoted string continued with a backslash: the lexer is unsure, Python answers.
TEST(PythonSyntaxChecker, BackslashContinuedStringAsksPython) {
  const std::string code = "s = 'a \\\n# still the string'  # comment\n";
  std::vector<CommentInfo> got;
  EXPECT_FALSE(find_comments(code, &got));
  Analysis a = checker().analyze(code);
  ASSERT_TRUE(a.syntax.ok);
  expect_same(tokenize_comments(code), a.comments, "analyze");
  ASSERT_EQ(a.comments.size(), 1u);
  EXPECT_EQ(a.comments[0].text, "# comment");
}

}  // namespace
}  // namespace notecheck
