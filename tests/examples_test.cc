// End to end: the real binary on the shipped example notes, one assertion per claim form.
#include <gtest/gtest.h>

#include "tests/command.h"

namespace notecheck::testing {
namespace {

class ExamplesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    report_ =
        new nlohmann::json(check_json("examples/basics.md examples/plain_notes.txt", &exit_code_));
  }
  static void TearDownTestSuite() { delete report_; }

  // Verdict of the claim written on the line of `file` that contains `needle`.
  static std::string verdict(const std::string& file, const std::string& needle,
                             int occurrence = 1) {
    int line = line_of(source_dir() + "/examples/" + file, needle, occurrence);
    EXPECT_GT(line, 0) << needle;
    auto c = claim_at(*report_, file, line);
    return c.is_null() ? "<no claim>" : c["verdict"].get<std::string>();
  }
  static std::string actual(const std::string& file, const std::string& needle) {
    auto c = claim_at(*report_, file, line_of(source_dir() + "/examples/" + file, needle));
    return c.is_null() ? "<no claim>" : c["actual"].get<std::string>();
  }

  static nlohmann::json* report_;
  static int exit_code_;
};
nlohmann::json* ExamplesTest::report_ = nullptr;
int ExamplesTest::exit_code_ = -1;

TEST_F(ExamplesTest, ExitsOneBecauseSomeClaimsAreWrong) {
  ASSERT_TRUE(report_->is_object());
  EXPECT_EQ(exit_code_, 1);
  EXPECT_EQ((*report_)["tool"], "notecheck");
  EXPECT_GT((*report_)["summary"]["wrong"].get<int>(), 0);
}

TEST_F(ExamplesTest, ReportSaysWhichSandboxWasInForce) {
  // Without the cache the snippets run, and the report names the protection they ran under.
  nlohmann::json fresh = check_json("--no-cache examples/plain_notes.txt");
  std::string sandbox = fresh["sandbox"].get<std::string>();
  EXPECT_NE(sandbox.find("rlimits"), std::string::npos) << sandbox;
}

TEST_F(ExamplesTest, TrailingCommentOnPrint) {
  EXPECT_EQ(verdict("basics.md", "print(a is b)   # True"), "correct");
  EXPECT_EQ(verdict("basics.md", "print(a is c)   # False"), "correct");
  EXPECT_EQ(verdict("basics.md", "print(0.1 + 0.2 == 0.3)  # True"), "wrong");
  EXPECT_EQ(actual("basics.md", "print(0.1 + 0.2 == 0.3)  # True"), "False");
  EXPECT_EQ(verdict("basics.md", "print(round(0.1 + 0.2, 2))  # 0.3"), "correct");
}

TEST_F(ExamplesTest, TrailingCommentOnExpressionStatement) {
  EXPECT_EQ(verdict("basics.md", "len(\"hello\")  # 5"), "correct");
  EXPECT_EQ(verdict("basics.md", "sorted([3, 1, 2])  # [3, 2, 1]"), "wrong");
  // Dicts and sets are compared as values, not as text.
  EXPECT_EQ(verdict("basics.md", "{\"b\": 2, \"a\": 1}  # {'a': 1, 'b': 2}"), "correct");
  EXPECT_EQ(verdict("basics.md", "{3, 1, 2}  # {1, 2, 3}"), "correct");
}

TEST_F(ExamplesTest, OutputOfCallsAttributedToTheCallingLine) {
  EXPECT_EQ(verdict("basics.md", "D().method()  # \"B\""), "correct");
  EXPECT_EQ(verdict("basics.md", "print(word.upper())  # ALPHA, BETA"), "correct");
}

TEST_F(ExamplesTest, FollowingCommentLines) {
  EXPECT_EQ(verdict("basics.md", "# [D, B, C, A, object]"), "correct");
  EXPECT_EQ(verdict("basics.md", "# [INFO] Server started"), "correct");
}

TEST_F(ExamplesTest, CommentsThatAreNotValuesAreUnverifiable) {
  EXPECT_EQ(verdict("basics.md", "items.append(1)  # adds in place"), "unverifiable");
  EXPECT_EQ(verdict("basics.md", "print(items)  # [1] -- the list was mutated"), "correct");
}

TEST_F(ExamplesTest, ContinuationRunsAfterTheDefiningSnippet) {
  auto c = claim_at(*report_, "basics.md",
                    line_of(source_dir() + "/examples/basics.md", "print(greet(\"Ada\"))"));
  ASSERT_FALSE(c.is_null());
  EXPECT_EQ(c["verdict"], "correct");
  EXPECT_NE(c["reason"].get<std::string>().find("(continuation)"), std::string::npos);
}

TEST_F(ExamplesTest, IdentityOfLargeIntsIsModeDependent) {
  auto c = claim_at(*report_, "basics.md",
                    line_of(source_dir() + "/examples/basics.md", "print(x is y)  # False"));
  ASSERT_FALSE(c.is_null());
  EXPECT_EQ(c["verdict"], "mode-dependent");
  EXPECT_NE(c["reason"].get<std::string>().find("REPL"), std::string::npos);
}

TEST_F(ExamplesTest, DoctestTranscript) {
  std::string file = source_dir() + "/examples/basics.md";
  auto twenty = claim_at(*report_, "basics.md", line_exactly(file, "20"));
  auto hello = claim_at(*report_, "basics.md", line_exactly(file, "hello"));
  ASSERT_FALSE(twenty.is_null());
  ASSERT_FALSE(hello.is_null());
  EXPECT_EQ(twenty["verdict"], "correct");
  EXPECT_EQ(hello["verdict"], "wrong");
  EXPECT_EQ(hello["actual"], "hi");
}

TEST_F(ExamplesTest, NonPythonFencesAreNeverRun) {
  int bash_line = line_of(source_dir() + "/examples/basics.md", "pip install requests");
  int diagram_line = line_of(source_dir() + "/examples/basics.md", "Client → API");
  int seen = 0;
  for (const auto& s : (*report_)["snippets"]) {
    int start = s["start"], end = s["end"];
    if ((start <= bash_line && bash_line <= end) ||
        (start <= diagram_line && diagram_line <= end)) {
      EXPECT_EQ(s["status"], "not-run") << s.dump();
      ++seen;
    }
  }
  EXPECT_EQ(seen, 2);
}

TEST_F(ExamplesTest, UnfencedCodeInPlainText) {
  EXPECT_EQ(verdict("plain_notes.txt", "print(x)  # \"local\" — L"), "correct");
  EXPECT_EQ(verdict("plain_notes.txt", "print(x)  # \"enclosing\" — E"), "correct");
  EXPECT_EQ(verdict("plain_notes.txt", "print(x)  # \"local\" — wrong on purpose"), "wrong");
  EXPECT_EQ(verdict("plain_notes.txt", "# [4, 4, 4, 4, 4] -- NOT"), "correct");
  EXPECT_EQ(verdict("plain_notes.txt", "print(counts)  # {'a': 1, 'b': 2}"), "correct");
  EXPECT_EQ(verdict("plain_notes.txt", "add_item(1)  # [1]"), "correct");
  EXPECT_EQ(verdict("plain_notes.txt", "add_item(2)  # [2]"), "wrong");
  EXPECT_EQ(actual("plain_notes.txt", "add_item(2)  # [2]"), "[1, 2]");
}

TEST_F(ExamplesTest, ProseIsNeverPartOfASnippet) {
  int prose = line_of(source_dir() + "/examples/plain_notes.txt", "The closure trap");
  for (const auto& s : (*report_)["snippets"]) {
    if (std::string(s["document"]).find("plain_notes") == std::string::npos) continue;
    EXPECT_FALSE(s["start"].get<int>() <= prose && prose <= s["end"].get<int>()) << s.dump();
  }
}

TEST(RunawayExamples, EachMisbehaviourGetsAStatusAndTheRestStillRun) {
  int exit_code = -1;
  auto report = check_json("--timeout 2 examples/runaway.md", &exit_code);
  ASSERT_TRUE(report.is_object());
  std::string file = source_dir() + "/examples/runaway.md";
  auto verdict_at = [&](const std::string& needle) {
    auto c = claim_at(report, "runaway.md", line_of(file, needle));
    return c.is_null() ? std::string("<no claim>") : c["verdict"].get<std::string>();
  };
  EXPECT_EQ(verdict_at("print(\"before\")  # before"), "correct");
  EXPECT_EQ(verdict_at("print(1 / 0)  # 0"), "wrong");
  EXPECT_EQ(verdict_at("print(\"after\")  # after"), "correct");  // went on, as doctest
  EXPECT_EQ(verdict_at("print(\"never\")  # never"), "error");    // sys.exit(3) ended it
  EXPECT_EQ(verdict_at("print(\"starting\")  # starting"), "correct");
  EXPECT_EQ(verdict_at("print(\"still here\")  # still here"), "correct");

  std::map<std::string, int> statuses;
  for (const auto& s : report["snippets"]) ++statuses[s["status"].get<std::string>()];
  EXPECT_EQ(statuses["raised"], 1);
  EXPECT_EQ(statuses["timeout"], 1);
  EXPECT_EQ(statuses["crashed"], 1);
  EXPECT_EQ(statuses["output-limit"], 1);
}

}  // namespace
}  // namespace notecheck::testing
