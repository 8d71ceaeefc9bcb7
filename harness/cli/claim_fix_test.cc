// Fix mode on documents in memory and on disk: what is replaced, what is kept, what is refused.
#include "harness/cli/claim_fix.h"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include <gtest/gtest.h>

#include "harness/cli/document_rewrite.h"
#include "util/file.h"

namespace notecheck {
namespace {

namespace fs = std::filesystem;

// A result with one document and one verdict at `line` about the snippet starting at line 2.
CheckResult one_claim(const std::string& text, int line, ClaimKind kind, const std::string& claim,
                      const std::string& actual, VerdictKind verdict = VerdictKind::kWrong,
                      const std::string& path = "notes.md") {
  CheckResult r;
  r.documents.push_back(make_document(path, text));
  Verdict v;
  v.document = path;
  v.line = line;
  v.snippet_start = 2;
  v.kind = kind;
  v.claim = claim;
  v.actual = actual;
  v.verdict = verdict;
  r.verdicts.push_back(v);
  return r;
}

std::vector<std::string> fixed_lines(const CheckResult& r) {
  FixPlan plan = plan_fixes(r);
  if (plan.documents.empty()) return {};
  return apply_edits(r.documents[0].lines, plan.documents[0].edits);
}

TEST(ClaimFix, ReplacesTheValueAndKeepsTheProseAfterIt) {
  auto r = one_claim("```python\nprint(len([1, 2]))  # 3 (the list's length)\n```\n", 2,
                     ClaimKind::kTrailingComment, "3 (the list's length)", "2");
  EXPECT_EQ(fixed_lines(r)[1], "print(len([1, 2]))  # 2 (the list's length)");
}

TEST(ClaimFix, KeepsTheAuthorsQuotes) {
  // Printed text the author quoted stays quoted; a repr keeps the author's quote character.
  auto printed = one_claim("```python\nprint(x)  # \"local\" — wrong on purpose\n```\n", 2,
                           ClaimKind::kTrailingComment, "\"local\" — wrong on purpose", "global");
  EXPECT_EQ(fixed_lines(printed)[1], "print(x)  # \"global\" — wrong on purpose");
  auto repr = one_claim("```python\nname  # \"Ada\"\n```\n", 2, ClaimKind::kTrailingComment,
                        "\"Ada\"", "'Bob'");
  EXPECT_EQ(fixed_lines(repr)[1], "name  # \"Bob\"");
}

TEST(ClaimFix, NamedValuesOfAnUnpackingChangeOnlyWhereWrong) {
  // `rest=[2,3]` is right in the author's spelling and stays; `q=9` becomes the value bound.
  auto r =
      one_claim("```python\nq, *rest = [1, 2, 3]  # q=9, rest=[2,3] (see above)\n```\n", 2,
                ClaimKind::kTrailingComment, "q=9, rest=[2,3] (see above)", "q=1, rest=[2, 3]");
  r.verdicts[0].code = "q, *rest = [1, 2, 3]";
  EXPECT_EQ(fixed_lines(r)[1], "q, *rest = [1, 2, 3]  # q=1, rest=[2,3] (see above)");
}

TEST(ClaimFix, FollowingCommentLinesAreReplacedLineByLine) {
  auto r = one_claim("```python\nf()\n# 1\n#   2 (second)\n```\n", 3, ClaimKind::kFollowingComment,
                     "1\n#   2 (second)", "1\n3");
  auto lines = fixed_lines(r);
  EXPECT_EQ(lines[2], "# 1");
  EXPECT_EQ(lines[3], "#   3 (second)");
}

TEST(ClaimFix, DoctestOutputIsRewrittenWithItsIndentation) {
  auto r =
      one_claim("    >>> print('a\\n\\nb')\n    x\n", 2, ClaimKind::kDoctestOutput, "x", "a\n\nb");
  auto lines = fixed_lines(r);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[1], "    a");
  EXPECT_EQ(lines[2], "    <BLANKLINE>");
  EXPECT_EQ(lines[3], "    b");
}

TEST(ClaimFix, NeverFixesModeDependentOrNondeterministicClaims) {
  for (VerdictKind k : {VerdictKind::kModeDependent, VerdictKind::kNondeterministic,
                        VerdictKind::kError, VerdictKind::kCorrect}) {
    auto r = one_claim("```python\nprint(x is y)  # False\n```\n", 2, ClaimKind::kTrailingComment,
                       "False", "True (script), False (REPL)", k);
    FixPlan plan = plan_fixes(r);
    EXPECT_TRUE(plan.documents.empty()) << to_string(k);
    EXPECT_TRUE(plan.not_fixed.empty()) << to_string(k);
  }
}

TEST(ClaimFix, OutputOfSeveralLinesDoesNotFitATrailingComment) {
  auto r = one_claim("```python\nfor w in 'ab': print(w)  # a\n```\n", 2,
                     ClaimKind::kTrailingComment, "a", "a\nb");
  FixPlan plan = plan_fixes(r);
  EXPECT_TRUE(plan.documents.empty());
  ASSERT_EQ(plan.not_fixed.size(), 1u);
  EXPECT_NE(plan.not_fixed[0].find("notes.md:2: "), std::string::npos) << plan.not_fixed[0];
}

class RewriteOnDisk : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("nc_fix." + std::to_string(getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(RewriteOnDisk, KeepsLineEndingsByteOrderMarkAndMissingFinalNewline) {
  std::string path = (dir_ / "crlf.md").string();
  std::string raw = "\xEF\xBB\xBF# T\r\n```python\r\nprint(1 + 1)  # 3\r\n```";
  ASSERT_TRUE(write_file_atomic(path, raw));
  Document doc = read_document(path);
  ASSERT_EQ(doc.line(3), "print(1 + 1)  # 3");
  LineEdit e{3, 1, {"print(1 + 1)  # 2"}};
  std::string error;
  auto rw = rewrite_document(doc, {e}, &error);
  ASSERT_TRUE(rw) << error;
  EXPECT_EQ(rw->new_text, "\xEF\xBB\xBF# T\r\n```python\r\nprint(1 + 1)  # 2\r\n```");
  EXPECT_NE(rw->diff.find("-print(1 + 1)  # 3\r\n+print(1 + 1)  # 2\r\n"), std::string::npos)
      << rw->diff;
  EXPECT_NE(rw->diff.find("\\ No newline at end of file"), std::string::npos);
}

TEST_F(RewriteOnDisk, RefusesAFileEditedSinceTheCheck) {
  std::string path = (dir_ / "n.md").string();
  ASSERT_TRUE(write_file_atomic(path, "a\nb\n"));
  Document doc = read_document(path);
  ASSERT_TRUE(write_file_atomic(path, "a\nB\n"));
  std::string error;
  EXPECT_FALSE(rewrite_document(doc, {LineEdit{2, 1, {"c"}}}, &error));
  EXPECT_EQ(error, "changed since it was checked");
}

TEST_F(RewriteOnDisk, DiffHunksHaveContextAndCorrectCounts) {
  std::string path = (dir_ / "long.md").string();
  std::string text;
  for (int i = 1; i <= 20; ++i) text += "line " + std::to_string(i) + "\n";
  ASSERT_TRUE(write_file_atomic(path, text));
  Document doc = read_document(path);
  std::string error;
  auto rw = rewrite_document(doc, {LineEdit{2, 1, {"two"}}, LineEdit{15, 1, {"fifteen", "more"}}},
                             &error);
  ASSERT_TRUE(rw) << error;
  EXPECT_EQ(rw->diff,
            "--- " + path + "\n+++ " + path +
                "\n"  // absolute: no a/ b/ prefixes
                "@@ -1,5 +1,5 @@\n line 1\n-line 2\n+two\n line 3\n line 4\n line 5\n"
                "@@ -12,7 +12,8 @@\n line 12\n line 13\n line 14\n-line 15\n+fifteen\n+more\n"
                " line 16\n line 17\n line 18\n");
}

TEST_F(RewriteOnDisk, AtomicReplaceKeepsPermissionsAndSwapsTheInode) {
  std::string path = (dir_ / "n.md").string();
  ASSERT_TRUE(write_file_atomic(path, "old\n"));
  ASSERT_EQ(chmod(path.c_str(), 0640), 0);
  struct stat before {
  }, after{};
  ASSERT_EQ(stat(path.c_str(), &before), 0);
  std::string error;
  ASSERT_TRUE(replace_file_atomic(path, "new\n", &error)) << error;
  ASSERT_EQ(stat(path.c_str(), &after), 0);
  EXPECT_EQ(read_file(path).value_or(""), "new\n");
  EXPECT_EQ(after.st_mode & 07777, 0640u);
  // A new file renamed over the old one: a reader holding the old one never saw a partial write.
  EXPECT_NE(after.st_ino, before.st_ino);
  // No temporary file is left next to it.
  int entries = 0;
  for (const auto& e : fs::directory_iterator(dir_)) entries += e.is_regular_file();
  EXPECT_EQ(entries, 1);
}

}  // namespace
}  // namespace notecheck
