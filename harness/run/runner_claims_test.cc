// What the runner records for claims: exceptions the text expects (the run goes on after them,
// as doctest does) and the state a statement leaves (RunRequest::expect_error_lines,
// ::state_lines).
#include <gtest/gtest.h>

#include "harness/run/run_test_support.h"

namespace notecheck {
namespace {

Observation run_request(RunRequest request) {
  if (request.filename.empty()) request.filename = "snippet.py";
  return run_test::shared_runner().run_all({request}).at(0);
}

const char* kCircle =
    "class Circle:\n"                                   // 1
    "    def __init__(self): self._r = 2\n"             // 2
    "    @property\n"                                   // 3
    "    def radius(self): return self._r\n"            // 4
    "    @radius.setter\n"                              // 5
    "    def radius(self, v):\n"                        // 6
    "        if v < 0: raise ValueError('negative')\n"  // 7
    "        self._r = v\n"                             // 8
    "c = Circle()\n"                                    // 9
    "c.radius = -1  # ValueError\n"                     // 10
    "print(c.radius)  # 2\n";                           // 11

TEST(RunnerClaims, GoesOnAfterAnExpectedException) {
  RunRequest r;
  r.code = kCircle;
  r.expect_error_lines = {10};
  Observation o = run_request(r);
  ASSERT_EQ(o.status, RunStatus::kOk) << o.detail << o.stderr_text;
  ASSERT_TRUE(o.lines[10].raised.has_value());
  EXPECT_EQ(o.lines[10].raised->type, "ValueError");
  EXPECT_EQ(o.lines[10].raised->inner_line, 7);
  EXPECT_EQ(o.lines[11].output, "2\n");
  EXPECT_EQ(o.stderr_text, "");
}

TEST(RunnerClaims, ExpectedAtALineInsideAFunctionItCalls) {
  // `print(x)  # UnboundLocalError!` inside f: the top-level call f() is where the run goes on.
  RunRequest r;
  r.code = "x = 10\ndef f():\n    print(x)\n    x = 1\nf()\nprint('after')\n";
  r.expect_error_lines = {3};
  Observation o = run_request(r);
  ASSERT_EQ(o.status, RunStatus::kOk) << o.detail << o.stderr_text;
  ASSERT_TRUE(o.lines[3].raised.has_value());
  EXPECT_EQ(o.lines[3].raised->type, "UnboundLocalError");
  EXPECT_TRUE(o.lines[5].raised.has_value());
  EXPECT_EQ(o.lines[6].output, "after\n");
}

TEST(RunnerClaims, AnUnexpectedExceptionStillEndsTheRunWithItsTraceback) {
  RunRequest r;
  r.code = "x = [1]\nx[5]\ny = {}['a']\nprint('never')\n";
  r.expect_error_lines = {2};
  Observation o = run_request(r);
  ASSERT_EQ(o.status, RunStatus::kRaised);
  ASSERT_TRUE(o.exception.has_value());
  EXPECT_EQ(o.exception->type, "KeyError");
  EXPECT_EQ(o.exception->line, 3);
  EXPECT_EQ(o.stdout_text, "");
  EXPECT_NE(o.stderr_text.find("line 3, in <module>"), std::string::npos) << o.stderr_text;
  EXPECT_EQ(o.stderr_text.find("notecheck-runner"), std::string::npos) << o.stderr_text;
}

TEST(RunnerClaims, ScriptSemanticsAreKept) {
  // One compiled unit: equal constants are one object even across wrapped statements.
  RunRequest r;
  r.code = "x = 1000\ny = 1000\nz = [][0]\nprint(x is y)\n";
  r.expect_error_lines = {3};
  Observation o = run_request(r);
  ASSERT_EQ(o.status, RunStatus::kOk) << o.stderr_text;
  EXPECT_EQ(o.stdout_text, "True\n");
}

TEST(RunnerClaims, RecordsTheStateAStatementLeaves) {
  RunRequest r;
  r.code =
      "import bisect\nfrom collections import deque\n"
      "idx = bisect.bisect_left([1, 3, 5, 7], 5)\n"  // 3
      "dq = deque([1, 2, 3])\n"
      "dq.appendleft(0)\n"                       // 5
      "n = 5\nn += 1\n"                          // 7
      "a, *b = 1, 2, 3\n"                        // 8: the names unpacked, as one tuple
      "o.x, c = 1, 2\n";                         // 9: not only names
  r.code = "class O: pass\no = O()\n" + r.code;  // (two lines more above)
  r.state_lines = {5, 7, 9, 10, 11};
  Observation o = run_request(r);
  ASSERT_EQ(o.status, RunStatus::kOk) << o.stderr_text;
  ASSERT_TRUE(o.lines[5].state.has_value());
  EXPECT_EQ(o.lines[5].state->repr, "2");
  ASSERT_TRUE(o.lines[7].state.has_value());
  EXPECT_EQ(o.lines[7].state->repr, "deque([0, 1, 2, 3])");
  ASSERT_EQ(o.lines[7].values.size(), 1u);  // the call's own None, as before
  EXPECT_EQ(o.lines[9].state->repr, "6");
  ASSERT_TRUE(o.lines[10].state.has_value());
  EXPECT_EQ(o.lines[10].state->repr, "(1, [2, 3])");
  EXPECT_EQ(o.lines[10].state->kind, Value::Kind::kTuple);
  EXPECT_FALSE(o.lines[11].state.has_value());
  EXPECT_EQ(o.stdout_text, "");
}

}  // namespace
}  // namespace notecheck
