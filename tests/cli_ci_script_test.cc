// ci/check-notes.sh, the step ci/notecheck-workflow.yml runs, run here as a CI job would run it;
// and the workflow file itself, read as YAML.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/cli_support.h"
#include "util/file.h"

namespace notecheck::testing {
namespace {

namespace fs = std::filesystem;

TEST(CliCiScript, AnnotatesWrongLinesWritesEveryReportAndFails) {
  std::string dir = scratch_dir("ci_script");
  copy_into("basics.md", dir, "notes/basics.md");
  copy_into("plain_notes.txt", dir, "notes/plain_notes.txt");
  std::string summary = dir + "/summary.md";
  CommandResult r = shell_in(
      dir, "env GITHUB_ACTIONS=true GITHUB_STEP_SUMMARY='" + summary + "' NOTECHECK='" + binary() +
               "' NOTECHECK_REPORT_DIR=out bash '" + source_dir() + "/ci/check-notes.sh' notes");
  EXPECT_EQ(r.exit_code, 1) << r.err;  // wrong claims fail the job
  int line = line_of(dir + "/notes/basics.md", "print(0.1 + 0.2 == 0.3)  # True");
  EXPECT_NE(
      r.out.find("::error file=notes/basics.md,line=" + std::to_string(line) +
                 ",col=28,title=notecheck%3A wrong claim::claimed \"True\" but got \"False\""),
      std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("::warning file=notes/basics.md,line="),
            std::string::npos);  // mode-dependent
  for (const char* f : {"notecheck.sarif", "junit.xml", "report.html", "report.md", "report.json"})
    EXPECT_GT(fs::file_size(dir + "/out/" + f), 200u) << f;
  auto json = nlohmann::json::parse(read_file(dir + "/out/report.json").value_or(""));
  size_t errors = 0;
  for (size_t at = r.out.find("::error "); at != std::string::npos;
       at = r.out.find("::error ", at + 1))
    ++errors;
  EXPECT_EQ(json["summary"]["wrong"].get<size_t>(), errors);  // one annotation per wrong claim
  EXPECT_GT(errors, 0u);
  EXPECT_NE(read_file(summary).value_or("").find("# notecheck report"), std::string::npos);

  // Outside GitHub Actions the log gets the text report, the files are the same.
  CommandResult plain = shell_in(dir, "env -u GITHUB_ACTIONS NOTECHECK='" + binary() + "' bash '" +
                                          source_dir() + "/ci/check-notes.sh' notes");
  EXPECT_EQ(plain.exit_code, 1);
  EXPECT_NE(plain.out.find("notes/basics.md:" + std::to_string(line) + ": wrong: claimed"),
            std::string::npos)
      << plain.out;
  EXPECT_TRUE(fs::exists(dir + "/notecheck-report/notecheck.sarif"));
}

TEST(CliCiScript, CleanNotesPass) {
  std::string dir = scratch_dir("ci_clean");
  ASSERT_TRUE(write_file_atomic(dir + "/a.md", "```python\nprint(2 + 2)  # 4\n```\n"));
  CommandResult r =
      shell_in(dir, "NOTECHECK='" + binary() + "' bash '" + source_dir() + "/ci/check-notes.sh'");
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
}

TEST(CliCiWorkflow, RunsTheScriptPerShardAndUploadsTheReports) {
  CommandResult r =
      shell_in(source_dir(),
               "/usr/bin/python3 -c 'import yaml, json; "
               "print(json.dumps(yaml.safe_load(open(\"ci/notecheck-workflow.yml\"))))'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto wf = nlohmann::json::parse(r.out);
  const auto& job = wf["jobs"]["check"];
  EXPECT_EQ(job["strategy"]["matrix"]["shard"], nlohmann::json::array({1, 2}));
  std::string steps = job["steps"].dump();
  EXPECT_NE(steps.find("bash .notecheck/ci/check-notes.sh"), std::string::npos);
  EXPECT_NE(steps.find("--shard ${{ matrix.shard }}/2"), std::string::npos);
  EXPECT_NE(steps.find("actions/upload-artifact"), std::string::npos);
  EXPECT_NE(steps.find("github/codeql-action/upload-sarif"), std::string::npos);
  EXPECT_NE(steps.find("notecheck-report/notecheck.sarif"), std::string::npos);
}

}  // namespace
}  // namespace notecheck::testing
