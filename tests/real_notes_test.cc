// End to end on the five real notes in ../shared/notes: verdicts on real lines, read by hand
// next to the text.
#include <gtest/gtest.h>

#include <filesystem>

#include "tests/command.h"

namespace notecheck::testing {
namespace {

std::string note(const std::string& prefix) {
  for (const auto& e : std::filesystem::directory_iterator(notes_dir()))
    if (e.path().filename().string().rfind(prefix, 0) == 0) return e.path().string();
  return "";
}

class RealNotesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    report_ = new nlohmann::json(check_json("--timeout 5 '" + notes_dir() + "'", &exit_code_));
  }
  static void TearDownTestSuite() { delete report_; }

  static nlohmann::json claim(const std::string& prefix, const std::string& needle,
                              int occurrence = 1) {
    std::string path = note(prefix);
    int line = line_of(path, needle, occurrence);
    EXPECT_GT(line, 0) << needle;
    return claim_at(*report_, std::filesystem::path(path).filename().string(), line);
  }
  static std::vector<nlohmann::json> snippets_of(const std::string& prefix) {
    std::vector<nlohmann::json> out;
    for (const auto& s : (*report_)["snippets"])
      if (std::filesystem::path(s["document"].get<std::string>())
              .filename()
              .string()
              .rfind(prefix, 0) == 0)
        out.push_back(s);
    return out;
  }

  static nlohmann::json* report_;
  static int exit_code_;
};
nlohmann::json* RealNotesTest::report_ = nullptr;
int RealNotesTest::exit_code_ = -1;

TEST_F(RealNotesTest, AllFiveDocumentsAreReadWithoutError) {
  ASSERT_TRUE(report_->is_object());
  ASSERT_EQ((*report_)["documents"].size(), 5u);
  for (const auto& d : (*report_)["documents"]) EXPECT_TRUE(d["error"].is_null()) << d.dump();
  EXPECT_NE(exit_code_, 2);
}

TEST_F(RealNotesTest, NavigationPageYieldsNothing) { EXPECT_TRUE(snippets_of("004_").empty()); }

TEST_F(RealNotesTest, SingletonIdentityClaimIsCorrect) {
  auto c = claim("002_", "print(s1 is s2)    # True");
  ASSERT_FALSE(c.is_null());
  EXPECT_EQ(c["verdict"], "correct");
  auto v = claim("002_", "print(s1.value)    # 2 -- __init__ ran again");
  ASSERT_FALSE(v.is_null());
  EXPECT_EQ(v["verdict"], "correct");
}

TEST_F(RealNotesTest, DiamondMroOnTheFollowingLineIsCorrect) {
  auto c = claim("002_", "# [D, B, C, A, object]");
  ASSERT_FALSE(c.is_null());
  EXPECT_EQ(c["kind"], "following-comment");
  EXPECT_EQ(c["verdict"], "correct");
  auto d = claim("002_", "d.method()  # \"B\" (follows MRO)");
  ASSERT_FALSE(d.is_null());
  EXPECT_EQ(d["verdict"], "correct");
}

TEST_F(RealNotesTest, ClosureTrapClaimsAreCorrect) {
  EXPECT_EQ(claim("002_", "print([f() for f in funcs])  # [4, 4, 4, 4, 4]")["verdict"], "correct");
  EXPECT_EQ(claim("002_", "print([f() for f in funcs])  # [0, 1, 2, 3, 4]")["verdict"], "correct");
}

TEST_F(RealNotesTest, ShallowAndDeepCopyClaimsAreCorrect) {
  EXPECT_EQ(claim("002_", "print(l2[0])  # [1, 2, 99]")["verdict"], "correct");
  EXPECT_EQ(claim("002_", "print(l3[0])  # [1, 2]")["verdict"], "correct");
}

TEST_F(RealNotesTest, WordsThatMeanItRunsAreCheckedAsNoException) {
  auto c = claim("002_", "print(acc.holder)              # Fine");
  ASSERT_FALSE(c.is_null());
  EXPECT_EQ(c["verdict"], "correct");
  EXPECT_EQ(c["reason"], "ran without an exception");
  EXPECT_EQ(claim("002_", "print(acc._BankAccount__pin)   # Works!")["verdict"], "correct");
}

TEST_F(RealNotesTest, ProseCommentOnALineNotReachedIsNotAnError) {
  // 003's asyncio fragments: `await q.put(None) # sentinel` never ran (an earlier line failed);
  // the comment names the line's role and claims nothing that a run could contradict.
  auto c = claim("003_", "await q.put(None) # sentinel");
  ASSERT_FALSE(c.is_null());
  EXPECT_EQ(c["verdict"], "unverifiable");
  EXPECT_EQ(c["reason"].get<std::string>().rfind("comment is not a value; ", 0), 0u) << c;
  // 002: the catastrophic-backtracking example times out before its line finishes.
  EXPECT_EQ(claim("002_", "# Takes MINUTES due to exponential backtracking")["verdict"],
            "unverifiable");
}

TEST_F(RealNotesTest, PrintedTimingIsUnverifiableInEveryRun) {
  // 003: `slow_function() # slow_function took 0.5001s` matched once in a while.
  auto c = claim("003_", "slow_function() # slow_function took 0.5001s");
  ASSERT_FALSE(c.is_null());
  EXPECT_EQ(c["verdict"], "unverifiable");
  EXPECT_EQ(c["reason"], "a timing: it depends on the machine");
}

TEST_F(RealNotesTest, ValueClaimedForTheReplIsJudgedInBothModes) {
  // 002: `x = 257; y = 257; x is y  # False in REPL, may be True in script (...)`.
  auto c = claim("002_", "x is y   # False in REPL, may be True in script");
  ASSERT_FALSE(c.is_null());
  EXPECT_EQ(c["verdict"], "mode-dependent") << c;
  EXPECT_EQ(c["actual"], "True (script), False (REPL)");
}

TEST_F(RealNotesTest, ClaimInAFunctionNobodyCallsIsNotJudged) {
  // 003: `def bad(): print(x) # UnboundLocalError! ...` -- the note never calls bad().
  auto c = claim("003_", "print(x) # UnboundLocalError! Python sees x = 20 below");
  ASSERT_FALSE(c.is_null());
  EXPECT_EQ(c["verdict"], "unverifiable");
}

TEST_F(RealNotesTest, TypeScriptColumnIsNeverAClaim) {
  std::string path = note("000_");
  int line = line_of(path, "await asyncio.gather(a(), b())");
  ASSERT_GT(line, 0);
  EXPECT_TRUE(claim_at(*report_, "000_", line).is_null());
}

TEST_F(RealNotesTest, LargeIntIdentityIsModeDependentNotWrong) {
  // 003: `x = 1000; y = 1000; print(x is y) # False` is True in a script, False in the REPL.
  auto c = claim("003_", "print(x is y) # False (outside cache range");
  ASSERT_FALSE(c.is_null());
  EXPECT_EQ(c["verdict"], "mode-dependent");
}

TEST_F(RealNotesTest, LaterExamplesContinueEarlierOnes) {
  // `class Color(Enum)` relies on the `from enum import Enum` of the example before it.
  auto c = claim("002_", "Color.RED.rgb_tuple  # (255, 0, 0)");
  ASSERT_FALSE(c.is_null());
  EXPECT_EQ(c["verdict"], "correct");
  EXPECT_NE(c["reason"].get<std::string>().find("continuation"), std::string::npos);
  // The asyncio.Lock fix starts from the race demo's `balance = 100`, not from its result.
  auto fix = claim("002_", "print(balance)  # 0, correct!");
  ASSERT_FALSE(fix.is_null());
  EXPECT_EQ(fix["verdict"], "correct");
  EXPECT_EQ(claim("002_", "print(balance)  # 50, not 0!")["verdict"], "correct");
}

TEST_F(RealNotesTest, OutputSectionsAreClaimsOnTheProgramAbove) {
  // 001: "Output (runs concurrently, order may vary):" after the threading demo: the same lines
  // in another order hold.
  auto threads = claim("001_", "Output (runs concurrently, order may vary):");
  ASSERT_FALSE(threads.is_null());
  EXPECT_EQ(threads["kind"], "output-block");
  EXPECT_EQ(threads["verdict"], "correct");
  // The multiprocessing demo shows sample PIDs (12345...): they change in every run.
  auto pids = claim("001_", "Output (each process runs separately with its own PID):");
  ASSERT_FALSE(pids.is_null());
  EXPECT_EQ(pids["verdict"], "nondeterministic");
  // "Output Example (if we had 7 users, 2 posts)" describes data the note does not create.
  auto sample = claim("001_", "Output Example (if we had 7 users, 2 posts)");
  ASSERT_FALSE(sample.is_null());
  EXPECT_EQ(sample["verdict"], "unverifiable");
}

TEST_F(RealNotesTest, OutputCommentBlockForAnotherPythonIsNotWrong) {
  // 003: `dis.dis(add)` then `# Output (CPython 3.12):` and bytecode that 3.11 prints otherwise.
  auto c = claim("003_", "# Output (CPython 3.12):");
  ASSERT_FALSE(c.is_null());
  EXPECT_EQ(c["kind"], "output-block");
  EXPECT_EQ(c["verdict"], "unverifiable");
  EXPECT_NE(c["reason"].get<std::string>().find("3.12"), std::string::npos);
}

TEST_F(RealNotesTest, TopLevelAssertIsAClaim) {
  // 002: `assert db1 is db2  # Same instance!` after the singleton decorator.
  auto c = claim("002_", "assert db1 is db2  # Same instance!");
  ASSERT_FALSE(c.is_null());
  EXPECT_EQ(c["kind"], "assert");
  EXPECT_EQ(c["verdict"], "correct");
  // Asserts inside test functions nobody calls are not claims: 003's `assert 1 + 1 == 2`.
  EXPECT_TRUE(claim("003_", "assert 1 + 1 == 2").is_null());
}

TEST_F(RealNotesTest, ProbesRunCommentedOutCodeWhereTheCommentIs) {
  auto tuple = claim("003_", "# t[0] = 99 # TypeError");
  ASSERT_FALSE(tuple.is_null());
  EXPECT_EQ(tuple["verdict"], "correct");
  EXPECT_EQ(claim("003_", "# connect(\"localhost\", 5432, 10) # TypeError")["verdict"], "correct");
  // After `except ZeroDivisionError as e:` Python 3 deletes `e`.
  EXPECT_EQ(claim("003_", "# print(e) # NameError")["verdict"], "correct");
  // A positional argument after a keyword one is rejected by the compiler: SyntaxError.
  auto api = claim("003_", "# api(pos_only=1, 2, kw_only=3) # TypeError");
  ASSERT_FALSE(api.is_null());
  EXPECT_EQ(api["verdict"], "wrong");
  EXPECT_NE(api["actual"].get<std::string>().find("SyntaxError"), std::string::npos);
}

TEST_F(RealNotesTest, EveryWrongVerdictIsAnErrorReviewedByHand) {
  // Each was read next to the text and re-run in the sandbox: 003's
  // `# api(pos_only=1, 2, kw_only=3) # TypeError` is a SyntaxError (positional argument follows
  // keyword argument), not the TypeError the note claims.
  std::string api = std::filesystem::path(note("003_")).filename().string() + ":" +
                    std::to_string(line_of(note("003_"), "# api(pos_only=1, 2, kw_only=3)"));
  for (const auto& c : (*report_)["claims"]) {
    if (c["verdict"] != "wrong") continue;
    std::string where =
        std::filesystem::path(c["document"].get<std::string>()).filename().string() + ":" +
        std::to_string(c["line"].get<int>());
    EXPECT_EQ(where, api) << c.dump();
  }
}

TEST_F(RealNotesTest, NoProseLineIsRun) {
  // Lines of 002 that are prose next to code; none may be inside a snippet that was run.
  std::string path = note("002_");
  for (const char* prose : {"Cyclic GC (Handles Circular References):", "Memory Leak Prevention:",
                            "The classic closure trap:"}) {
    int line = line_of(path, prose);
    ASSERT_GT(line, 0) << prose;
    for (const auto& s : snippets_of("002_")) {
      if (s["status"] == "not-run") continue;
      EXPECT_FALSE(s["start"].get<int>() <= line && line <= s["end"].get<int>())
          << prose << " inside " << s["start"] << "-" << s["end"];
    }
  }
}

}  // namespace
}  // namespace notecheck::testing
