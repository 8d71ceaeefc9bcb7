// The orchestrator over a fake runner and the real syntax checker: what it asks to run, and how
// second runs revise verdicts.
#include "harness/cli/pipeline.h"

#include <gtest/gtest.h>

#include "harness/run/fake_runner.h"
#include "harness/run/python_syntax_checker.h"

namespace notecheck {
namespace {

Observation printed(int line, const std::string& text) {
  Observation o;
  o.status = RunStatus::kOk;
  o.lines[line].output = text;
  o.stdout_text = text;
  return o;
}

const Verdict* find(const CheckResult& r, int line) {
  for (const Verdict& v : r.verdicts)
    if (v.line == line) return &v;
  return nullptr;
}

TEST(Pipeline, IdentityClaimThatHoldsOnlyInTheReplIsModeDependent) {
  auto checker = make_python_syntax_checker();
  std::string code = "x = 1000\ny = 1000\nprint(x is y)  # False\n";
  FakeRunner runner;
  runner.set(code, printed(3, "True\n"));
  runner.set_in_mode(code, "repl", printed(3, "False\n"));
  CheckResult r =
      check_documents({make_document("n.md", "```python\n" + code + "```\n")}, *checker, runner);
  const Verdict* v = find(r, 4);
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->verdict, VerdictKind::kModeDependent);
  EXPECT_NE(v->reason.find("holds in the interactive REPL"), std::string::npos) << v->reason;
  ASSERT_EQ(runner.requests().size(), 2u);
  EXPECT_EQ(runner.requests()[1].mode, "repl");
}

TEST(Pipeline, WrongInBothModesStaysWrong) {
  auto checker = make_python_syntax_checker();
  std::string code = "print(1 + 1)  # 3\n";
  FakeRunner runner;
  runner.set(code, printed(1, "2\n"));
  CheckResult r =
      check_documents({make_document("n.md", "```python\n" + code + "```\n")}, *checker, runner);
  ASSERT_NE(find(r, 2), nullptr);
  EXPECT_EQ(find(r, 2)->verdict, VerdictKind::kWrong);
  EXPECT_EQ(r.exit_code(), 1);
}

TEST(Pipeline, LaterSnippetRunsAfterTheOneDefiningItsNames) {
  auto checker = make_python_syntax_checker();
  std::string first = "balance = 100\nbalance -= 50\n";
  std::string second = "print(balance)  # 50\n";
  FakeRunner runner;
  runner.set(second, printed(1, "50\n"));
  std::string text = "```python\n" + first + "```\n\ntext\n\n```python\n" + second + "```\n";
  CheckResult r = check_documents({make_document("n.md", text)}, *checker, runner);
  ASSERT_EQ(runner.requests().size(), 2u);
  const RunRequest& req = runner.requests()[1];
  ASSERT_EQ(req.prelude.size(), 1u);
  EXPECT_EQ(req.prelude[0], first);
  const Verdict* v = find(r, 9);
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->verdict, VerdictKind::kCorrect);
  EXPECT_NE(v->reason.find("ran after the snippet at line 2"), std::string::npos) << v->reason;

  // Switched off, the snippet runs alone.
  FakeRunner alone;
  check_documents({make_document("n.md", text)}, *checker, alone, {/*continuation=*/false});
  EXPECT_TRUE(alone.requests()[1].prelude.empty());
}

TEST(Pipeline, ClaimRightAfterEarlierDefinitionsAloneIsCorrect) {
  auto checker = make_python_syntax_checker();
  std::string first = "balance = 100\nspend(50)\n";
  std::string second = "balance -= 100\nprint(balance)  # 0\n";
  FakeRunner runner;
  runner.set(second, printed(2, "-50\n"));
  runner.set_in_mode(second, "definitions", printed(2, "0\n"));
  std::string text = "```python\n" + first + "```\n\n```python\n" + second + "```\n";
  CheckResult r = check_documents({make_document("n.md", text)}, *checker, runner);
  const Verdict* v = find(r, 8);
  ASSERT_NE(v, nullptr);
  EXPECT_EQ(v->verdict, VerdictKind::kCorrect);
  EXPECT_NE(v->reason.find("definitions alone"), std::string::npos) << v->reason;
}

// A runner whose answers change from one call to the next, as a clock or a thread would.
class FlakyRunner : public Runner {
 public:
  std::vector<Observation> run_all(const std::vector<RunRequest>& requests,
                                   const std::function<void(size_t)>& = nullptr) override {
    std::vector<Observation> out;
    for (size_t i = 0; i < requests.size(); ++i)
      out.push_back(printed(2, std::to_string(calls_++ % 2) + "\n"));
    return out;
  }

 private:
  int calls_ = 0;
};

TEST(Pipeline, ClaimWhoseOutcomeChangesBetweenRunsIsNondeterministic) {
  auto checker = make_python_syntax_checker();
  FlakyRunner runner;
  CheckResult r = check_documents(
      {make_document("n.md", "```python\nimport random\nprint(random.randint(0, 1))  # 0\n```\n")},
      *checker, runner);
  ASSERT_EQ(r.verdicts.size(), 1u);
  EXPECT_EQ(r.verdicts[0].verdict, VerdictKind::kNondeterministic);
  EXPECT_NE(r.verdicts[0].reason.find("changed between two runs"), std::string::npos);
}

TEST(Pipeline, DocumentErrorsKeepOtherResults) {
  auto checker = make_python_syntax_checker();
  Document bad;
  bad.path = "gone.md";
  bad.error = "No such file or directory";
  FakeRunner runner;
  runner.set("print(2)  # 2\n", printed(1, "2\n"));
  CheckResult r = check_documents({bad, make_document("ok.md", "```python\nprint(2)  # 2\n```\n")},
                                  *checker, runner);
  EXPECT_EQ(r.count(VerdictKind::kCorrect), 1);
  EXPECT_EQ(r.exit_code(), 2);
}

}  // namespace
}  // namespace notecheck
