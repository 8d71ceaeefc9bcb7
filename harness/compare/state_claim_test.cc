// Claims on assignments and on statements the run went on after (LineObservation::state and
// ::raised), on hand-made observations that mirror lines of the notes.
#include "harness/compare/state_claim.h"

#include <gtest/gtest.h>

#include "harness/compare/checker.h"

namespace notecheck {
namespace {

Value atom(std::string repr, std::string type = "int") {
  Value v;
  v.type = std::move(type);
  v.repr = v.str = std::move(repr);
  return v;
}

Value list_of(std::string type, std::string repr, std::vector<int> items) {
  Value v;
  v.kind = Value::Kind::kList;
  v.type = std::move(type);
  v.repr = v.str = std::move(repr);
  for (int i : items) v.items.push_back(atom(std::to_string(i)));
  return v;
}

Verdict judge_one(const std::string& code, int line, const std::string& text,
                  const Observation& obs, bool on_assignment = true) {
  Snippet s;
  s.document = "notes.txt";
  s.code = code;
  for (int i = 1; i <= 10; ++i) s.line_map.push_back(100 + i);
  Claim c;
  c.code_line = c.doc_line = line;
  c.text = text;
  c.on_assignment = on_assignment;
  s.claims.push_back(c);
  return judge(s, c, obs);
}

Observation ok_with_state(int line, Value state) {
  Observation obs;
  obs.status = RunStatus::kOk;
  obs.lines[line].state = std::move(state);
  return obs;
}

TEST(StateClaim, AssignmentValue) {
  const char* code = "a = [1, 3, 5, 7]\nidx = bisect.bisect_left(a, 5)";
  Verdict right =
      judge_one(code, 2, "2 — leftmost position to insert 5", ok_with_state(2, atom("2")));
  EXPECT_EQ(right.verdict, VerdictKind::kCorrect) << right.reason;
  Verdict wrong = judge_one(code, 2, "3", ok_with_state(2, atom("2")));
  EXPECT_EQ(wrong.verdict, VerdictKind::kWrong) << wrong.reason;
  EXPECT_EQ(wrong.actual, "2");
}

TEST(StateClaim, MethodCallLeavesTheObjectChanged) {
  // `dq.appendleft(0)  # [0, 1, 2, 3]`: the call's value is None, the claim is about dq.
  Observation obs = ok_with_state(2, list_of("deque", "deque([0, 1, 2, 3])", {0, 1, 2, 3}));
  obs.lines[2].values.push_back(atom("None", "NoneType"));
  Verdict v = judge_one("dq = deque([1, 2, 3])\ndq.appendleft(0)", 2, "[0, 1, 2, 3]", obs, false);
  EXPECT_EQ(v.verdict, VerdictKind::kCorrect) << v.reason;
  Verdict none = judge_one("dq = deque([1, 2, 3])\ndq.appendleft(0)", 2, "None", obs, false);
  EXPECT_EQ(none.verdict, VerdictKind::kCorrect) << none.reason;
}

TEST(StateClaim, NamesAndIteratorsAreNeverWrong) {
  // `s = "abc"  # str` names the type; `counter = itertools.count(10, 2)  # 10, 12, 14, ...`
  // (003, line 713) says what the iterator yields.
  EXPECT_EQ(judge_one("s = 'abc'", 1, "str", ok_with_state(1, atom("'abc'", "str"))).verdict,
            VerdictKind::kUnverifiable);
  Value count;
  count.kind = Value::Kind::kOther;
  count.type = "count";
  count.repr = count.str = "count(10, 2)";
  EXPECT_EQ(
      judge_one("counter = itertools.count(10, 2)", 1, "10, 12, 14, ...", ok_with_state(1, count))
          .verdict,
      VerdictKind::kUnverifiable);
}

TEST(StateClaim, AssignmentThatRaisedBindsNothing) {
  // 003, line 1908: `books = Book.objects.all() # 1 query` where Book needs Django.
  Observation obs;
  obs.status = RunStatus::kRaised;
  obs.exception = RaisedException{"NameError", "name 'Book' is not defined", 1, 1};
  Verdict v = judge_one("books = Book.objects.all()", 1, "1 query", obs);
  EXPECT_EQ(v.verdict, VerdictKind::kError) << v.reason;
}

TEST(StateClaim, ExpectedExceptionThenTheRunWentOn) {
  // `c.radius = -1  # ValueError` raised and the run went on; a later line still counts.
  Observation obs;
  obs.status = RunStatus::kOk;
  obs.lines[2].raised = RaisedException{"ValueError", "negative", 2, 7};
  obs.lines[3].output = "2\n";
  const char* code = "c = Circle(2)\nc.radius = -1\nprint(c.radius)";
  Verdict raised = judge_one(code, 2, "ValueError", obs);
  EXPECT_EQ(raised.verdict, VerdictKind::kCorrect) << raised.reason;
  Verdict other = judge_one(code, 2, "TypeError", obs);
  EXPECT_EQ(other.verdict, VerdictKind::kWrong) << other.reason;
  Verdict after = judge_one(code, 3, "2", obs, false);
  EXPECT_EQ(after.verdict, VerdictKind::kCorrect) << after.reason;
}

}  // namespace
}  // namespace notecheck
