// The CI and reading formats on a small result: structure, escaping of untrusted text, and the
// lines each format points at.
#include "harness/report/report_formats.h"

#include <gtest/gtest.h>

#include "harness/report/github_report.h"
#include "harness/report/sarif_report.h"

namespace notecheck {
namespace {

CheckResult sample() {
  CheckResult r;
  r.version = "0.1.0";
  r.python_version = "3.11.2";
  std::string text =
      "# Notes\n\n```python\ntag = '<b>'\nprint(tag + \"&\")  # <b>&amp; (escaped?)\n"
      "print(1 == 1.0)  # True\n```\n";
  r.documents.push_back(make_document("dir/my notes.md", text));
  Snippet s;
  s.document = "dir/my notes.md";
  s.code = "tag = '<b>'\nprint(tag + \"&\")  # <b>&amp; (escaped?)\nprint(1 == 1.0)  # True\n";
  s.line_map = {4, 5, 6};
  s.claims.push_back(
      {5, 2, ClaimKind::kTrailingComment, "<b>&amp; (escaped?)", "print(tag + \"&\")"});
  s.claims.push_back({6, 3, ClaimKind::kTrailingComment, "True", "print(1 == 1.0)"});
  r.snippets.push_back({s, RunStatus::kOk, ""});
  Verdict v;
  v.document = "dir/my notes.md";
  v.line = 5;
  v.snippet_start = 4;
  v.code = "print(tag + \"&\")";
  v.claim = "<b>&amp; (escaped?)";
  v.expected = "<b>&amp;";
  v.actual = "<b>&";
  v.verdict = VerdictKind::kWrong;
  v.reason = "printed <b>&";
  r.verdicts.push_back(v);
  v.line = 6;
  v.code = "print(1 == 1.0)";
  v.claim = v.expected = v.actual = "True";
  v.verdict = VerdictKind::kCorrect;
  r.verdicts.push_back(v);
  Document bad;
  bad.path = "gone.md";
  bad.error = "no such file";
  r.documents.push_back(bad);
  return r;
}

std::string render(const std::string& format, bool verbose = false) {
  ReportOptions o;
  o.verbose = verbose;
  o.working_dir = "/work/notes";
  return render_report(sample(), format, o);
}

TEST(JunitReport, OneSuitePerDocumentWrongClaimIsAFailure) {
  std::string x = render("junit");
  EXPECT_EQ(x.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"notecheck\" "
                    "tests=\"3\" failures=\"1\" errors=\"1\" skipped=\"0\">",
                    0),
            0u)
      << x;
  EXPECT_NE(x.find("<testsuite name=\"dir/my notes.md\" tests=\"2\" failures=\"1\""),
            std::string::npos)
      << x;
  EXPECT_NE(
      x.find("<failure type=\"wrong\" message=\"claimed &quot;&lt;b&gt;&amp;amp;&quot; but got"),
      std::string::npos)
      << x;
  EXPECT_EQ(x.find("<b>"), std::string::npos)
      << "unescaped markup";  // JUnit has no markup of its own
  EXPECT_NE(x.find("<error type=\"input\" message=\"no such file\"/>"), std::string::npos);
}

TEST(GithubReport, AnnotatesTheClaimLineAndColumn) {
  std::string g = render("github");
  EXPECT_NE(g.find("::error file=dir/my notes.md,line=5,col=21,title=notecheck%3A wrong claim::"
                   "claimed \"<b>&amp;\" but got \"<b>&\"\n"),
            std::string::npos)
      << g;
  EXPECT_NE(g.find("::error file=gone.md,title=notecheck: cannot read::no such file\n"),
            std::string::npos)
      << g;
  EXPECT_EQ(g.find("line=6"), std::string::npos);  // correct claims are not annotated
  EXPECT_EQ(github_escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
}

TEST(SarifReport, ResultPointsAtTheClaimWithARelativeUri) {
  auto j = nlohmann::json::parse(render("sarif"));
  EXPECT_EQ(j["version"], "2.1.0");
  const auto& run = j["runs"][0];
  ASSERT_EQ(run["results"].size(), 1u);
  const auto& r = run["results"][0];
  EXPECT_EQ(r["ruleId"], "NC001");
  EXPECT_EQ(r["level"], "error");
  const auto& loc = r["locations"][0]["physicalLocation"];
  EXPECT_EQ(loc["artifactLocation"]["uri"], "dir/my%20notes.md");
  EXPECT_EQ(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
  EXPECT_EQ(loc["region"]["startLine"], 5);
  EXPECT_EQ(loc["region"]["startColumn"], 21);
  EXPECT_EQ(run["originalUriBaseIds"]["%SRCROOT%"]["uri"], "file:///work/notes/");
  EXPECT_EQ(run["invocations"][0]["executionSuccessful"], false);
  EXPECT_EQ(path_to_uri("/abs/a b.md"), "file:///abs/a%20b.md");
}

TEST(MarkdownReport, TableOfVerdictsAndTheClaimInContext) {
  std::string m = render("markdown");
  EXPECT_NE(m.find("| `dir/my notes.md` | 1 | 1 | · |"), std::string::npos) << m;
  EXPECT_NE(m.find("### Line 5: wrong"), std::string::npos) << m;
  EXPECT_NE(m.find("- claimed: `<b>&amp;`\n- actual: `<b>&`\n"), std::string::npos) << m;
  EXPECT_NE(m.find("> 5 | print(tag + \"&\")  # <b>&amp; (escaped?)\n"), std::string::npos) << m;
  EXPECT_EQ(m.find("Line 6"), std::string::npos);  // correct claims only with verbose
  EXPECT_NE(render("markdown", true).find("### Line 6: correct"), std::string::npos);
}

TEST(HtmlReport, SelfContainedAndEscaped) {
  std::string h = render("html");
  EXPECT_EQ(h.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(h.find("Content-Security-Policy\" content=\"default-src 'none'"), std::string::npos);
  EXPECT_EQ(h.find("'<b>'"), std::string::npos) << "unescaped markup from the note";
  EXPECT_EQ(h.find("<b>&"), std::string::npos) << "unescaped markup from the note";
  EXPECT_NE(h.find("&lt;b&gt;&amp;amp;"), std::string::npos);
  EXPECT_EQ(h.find("http://"), std::string::npos);  // nothing to load from anywhere
  EXPECT_EQ(h.find("https://"), std::string::npos);
  EXPECT_EQ(h.find("<script"), std::string::npos);
  // The claim's line is highlighted in the document and in the snippet.
  EXPECT_NE(h.find("<span class=\"l hl\"><span class=\"n\">5</span>print(tag + &quot;&amp;&quot;)"),
            std::string::npos)
      << h;
  // The chart: one bar segment per verdict present.
  EXPECT_NE(h.find("<span class=\"wrong\" style=\"width:50.000%\" title=\"1 wrong\">"),
            std::string::npos);
}

TEST(ReportFormats, TextStaysTheDefaultReport) {
  std::string t = render("text");
  EXPECT_NE(t.find("dir/my notes.md:5: wrong: claimed \"<b>&amp;\" but got \"<b>&\""),
            std::string::npos)
      << t;
  EXPECT_EQ(report_formats().size(), 7u);
}

}  // namespace
}  // namespace notecheck
