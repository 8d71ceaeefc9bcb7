#include "harness/report/text_report.h"

#include <gtest/gtest.h>

#include "harness/report/json_report.h"

namespace notecheck {
namespace {

CheckResult sample() {
  CheckResult r;
  r.version = "0.1.0";
  r.python_version = "3.11.2";
  r.documents.push_back(make_document(
      "notes.md", "```python\nimport sys\nprint(sys.getrefcount([]))  # 4 (temporary)\n```\n"));
  Document bad;
  bad.path = "broken.bin";
  bad.error = "binary file (NUL byte at offset 3)";
  r.documents.push_back(bad);
  Verdict v;
  v.document = "notes.md";
  v.line = 3;
  v.snippet_start = 2;
  v.code = "print(sys.getrefcount([]))";
  v.claim = "4 (temporary)";
  v.expected = "4";
  v.actual = "1";
  v.verdict = VerdictKind::kWrong;
  v.reason = "printed 1";
  r.verdicts.push_back(v);
  v.verdict = VerdictKind::kCorrect;
  v.line = 2;
  r.verdicts.push_back(v);
  return r;
}

TEST(TextReport, WrongClaimIsFileLineMessageWithCaretUnderTheClaim) {
  std::string out = text_report(sample());
  EXPECT_NE(out.find("notes.md:3: wrong: claimed \"4\" but got \"1\"\n"), std::string::npos) << out;
  EXPECT_NE(out.find("    print(sys.getrefcount([]))  # 4 (temporary)\n"
                     "                                  ^\n"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("broken.bin: error: binary file"), std::string::npos);
  // Correct claims only in verbose mode.
  EXPECT_EQ(out.find("notes.md:2:"), std::string::npos);
  EXPECT_NE(text_report(sample(), {/*verbose=*/true}).find("notes.md:2: correct"),
            std::string::npos);
}

TEST(TextReport, SummaryCountsAndExitCode) {
  CheckResult r = sample();
  EXPECT_EQ(summary_line(r), "1 correct, 1 wrong");
  EXPECT_EQ(r.exit_code(), 2);  // the unreadable document wins over the wrong claim
  r.documents.pop_back();
  EXPECT_EQ(r.exit_code(), 1);
}

TEST(JsonReport, StableSchema) {
  auto j = json_report(sample());
  EXPECT_EQ(j["tool"], "notecheck");
  EXPECT_EQ(j["python"], "3.11.2");
  ASSERT_EQ(j["documents"].size(), 2u);
  EXPECT_TRUE(j["documents"][0]["error"].is_null());
  EXPECT_EQ(j["documents"][1]["error"], "binary file (NUL byte at offset 3)");
  const auto& c = j["claims"][0];
  for (const char* key : {"document", "line", "snippet_start", "code", "claim", "kind", "verdict",
                          "expected", "actual", "reason"})
    EXPECT_TRUE(c.contains(key)) << key;
  EXPECT_EQ(c["verdict"], "wrong");
  EXPECT_EQ(c["kind"], "trailing-comment");
  EXPECT_EQ(j["summary"]["wrong"], 1);
  EXPECT_EQ(j["summary"]["mode-dependent"], 0);
}

}  // namespace
}  // namespace notecheck
