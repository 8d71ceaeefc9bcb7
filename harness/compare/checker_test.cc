// The checker on hand-made observations that mirror lines of the notes in /work/shared/notes.
#include "harness/compare/checker.h"
#include "harness/compare/line_reach.h"

#include <gtest/gtest.h>

#include "util/text.h"

namespace notecheck {
namespace {

// A snippet of `code` whose claim is on code line `line` (doc lines are code lines + 100).
struct Case {
  Snippet snippet;
  Observation obs;

  Case(std::string code, int line, std::string claim,
       ClaimKind kind = ClaimKind::kTrailingComment) {
    snippet.document = "notes.txt";
    snippet.code = std::move(code);
    int lines = 1;
    for (char c : snippet.code) lines += c == '\n';
    for (int i = 1; i <= lines; ++i) snippet.line_map.push_back(100 + i);
    Claim c;
    c.code_line = line;
    c.doc_line = 100 + line + (kind == ClaimKind::kTrailingComment ? 0 : 1);
    c.kind = kind;
    c.text = std::move(claim);
    // As the extractor writes it: the statement's line, trimmed.
    std::vector<std::string> code_lines = split_lines(snippet.code);
    if (line >= 1 && line <= static_cast<int>(code_lines.size()))
      c.statement = std::string(trim(code_lines[line - 1]));
    snippet.claims.push_back(c);
    obs.status = RunStatus::kOk;
  }
  Case& printed(int line, std::string text) {
    obs.lines[line].output = std::move(text);
    return *this;
  }
  Case& value(int line, std::string repr, Value::Kind kind = Value::Kind::kAtom) {
    Value v;
    v.kind = kind;
    v.repr = std::move(repr);
    obs.lines[line].values.push_back(v);
    return *this;
  }
  Case& raised(int line, std::string type, std::string message, int inner = 0) {
    obs.status = RunStatus::kRaised;
    obs.exception =
        RaisedException{std::move(type), std::move(message), line, inner ? inner : line};
    return *this;
  }
  Verdict verdict() const { return judge(snippet, snippet.claims[0], obs); }
};

const char* kDiamond =
    "class A: pass\nclass B(A): pass\nclass C(A): pass\nclass D(B, C): pass\nprint(D.mro())";

TEST(Checker, MroWithClassShorthand) {
  Case c(kDiamond, 5, "[D, B, C, A, object]", ClaimKind::kFollowingComment);
  c.snippet.claims[0].statement = "print(D.mro())";
  c.printed(5,
            "[<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, "
            "<class '__main__.A'>, <class 'object'>]\n");
  Verdict v = c.verdict();
  EXPECT_EQ(v.verdict, VerdictKind::kCorrect) << v.reason;
  EXPECT_EQ(v.document, "notes.txt");
  EXPECT_EQ(v.line, 106);
  EXPECT_EQ(v.snippet_start, 101);
  EXPECT_EQ(v.code, "print(D.mro())");
  EXPECT_EQ(v.claim, "[D, B, C, A, object]");
  EXPECT_EQ(v.kind, ClaimKind::kFollowingComment);
  EXPECT_EQ(v.expected, "[D, B, C, A, object]");
  EXPECT_EQ(v.actual.substr(0, 22), "[<class '__main__.D'>,");
  EXPECT_EQ(v.reason.substr(0, 9), "printed [");

  Case wrong(kDiamond, 5, "(D, C, B, A, object)", ClaimKind::kFollowingComment);
  wrong.printed(5,
                "(<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, "
                "<class '__main__.A'>, <class 'object'>)\n");
  EXPECT_EQ(wrong.verdict().verdict, VerdictKind::kWrong);
}

TEST(Checker, ValueBeforeProse) {
  Case late("print([f() for f in funcs])", 1, "[4, 4, 4, 4, 4] -- NOT [0, 1, 2, 3, 4]");
  late.printed(1, "[4, 4, 4, 4, 4]\n");
  EXPECT_EQ(late.verdict().verdict, VerdictKind::kCorrect);

  Case fixed("print([f() for f in funcs])", 1, "[0, 1, 2, 3, 4]");
  fixed.printed(1, "[4, 4, 4, 4, 4]\n");
  Verdict v = fixed.verdict();
  EXPECT_EQ(v.verdict, VerdictKind::kWrong);
  EXPECT_EQ(v.reason, "printed [4, 4, 4, 4, 4]");

  Case refs("a = []\nprint(sys.getrefcount(a))", 2,
            "4 (includes temporary reference in getrefcount)");
  refs.printed(2, "2\n");
  v = refs.verdict();
  EXPECT_EQ(v.verdict, VerdictKind::kWrong);
  EXPECT_EQ(v.expected, "4");
  EXPECT_EQ(v.actual, "2");
  EXPECT_EQ(v.reason, "printed 2");

  Case again("print(s1.value)", 1, "2 -- __init__ ran again and overwrote!");
  EXPECT_EQ(again.printed(1, "2\n").verdict().verdict, VerdictKind::kCorrect);
}

TEST(Checker, QuotesAroundPrintedText) {
  Case scope("print(x)", 1, "\"local\" — L (local scope)");
  EXPECT_EQ(scope.printed(1, "local\n").verdict().verdict, VerdictKind::kCorrect);
  Case other("print(x)", 1, "\"local\" — L (local scope)");
  EXPECT_EQ(other.printed(1, "global\n").verdict().verdict, VerdictKind::kWrong);
  Case got("print(Test().x)", 1, "\"Got value\"");
  EXPECT_EQ(got.printed(1, "Got value\n").verdict().verdict, VerdictKind::kCorrect);
  Case method("d = D()\nd.method()", 2, "\"B\" (follows MRO)");
  method.printed(2, "B\n").value(2, "None");
  EXPECT_EQ(method.verdict().verdict, VerdictKind::kCorrect);
  Case grade("print(grade(85))", 1, "'B'");
  EXPECT_EQ(grade.printed(1, "C\n").verdict().verdict, VerdictKind::kWrong);
}

TEST(Checker, CommentsThatAreNotValuesAreUnverifiable) {
  // `Fine` says the line runs: checked as "no exception".
  Case fine("print(acc.holder)", 1, "Fine");
  Verdict v = fine.printed(1, "Alice\n").verdict();
  EXPECT_EQ(v.verdict, VerdictKind::kCorrect);
  EXPECT_EQ(v.reason, "ran without an exception");
  Case raised("print(acc.holder)", 1, "Fine");
  EXPECT_EQ(raised.raised(1, "AttributeError", "no holder").verdict().verdict, VerdictKind::kWrong);
  Case note("print(acc.holder)", 1, "the holder's name");
  v = note.printed(1, "Alice\n").verdict();
  EXPECT_EQ(v.verdict, VerdictKind::kUnverifiable);
  EXPECT_EQ(v.reason, "comment is not a value");
  Case setter("c.radius = 10", 1, "calls setter");
  EXPECT_EQ(setter.verdict().verdict, VerdictKind::kUnverifiable);
  Case gens("print(gc.get_count())", 1, "(generation0, generation1, generation2)");
  EXPECT_EQ(gens.printed(1, "(12, 3, 0)\n").verdict().verdict, VerdictKind::kUnverifiable);
  Case timing("print(f'{t:.2f}s')", 1, "~1.5s");
  v = timing.printed(1, "1.62s\n").verdict();
  EXPECT_EQ(v.verdict, VerdictKind::kUnverifiable);
  EXPECT_EQ(v.reason, "a timing: it depends on the machine");
  Case size("print(sys.getsizeof(gen))", 1, "~120 bytes");
  EXPECT_EQ(size.printed(1, "104\n").verdict().verdict, VerdictKind::kCorrect);
  EXPECT_EQ(size.printed(1, "400\n").verdict().verdict, VerdictKind::kWrong);
  Case assigned("idx = bisect.bisect_left(a, 5)", 1, "2 — leftmost position to insert 5");
  v = assigned.verdict();
  EXPECT_EQ(v.verdict, VerdictKind::kUnverifiable);
  EXPECT_EQ(v.reason, "the line printed nothing and has no value to compare");
  Case state("dq.appendleft(0)", 1, "[0, 1, 2, 3]");
  EXPECT_EQ(state.value(1, "None").verdict().verdict, VerdictKind::kUnverifiable);
}

TEST(Checker, SetsAndDictsCompareAsValues) {
  Case dict("print(user.model_dump())", 1, "{'name': 'Alice', 'age': 30}");
  EXPECT_EQ(dict.printed(1, "{'age': 30, 'name': 'Alice'}\n").verdict().verdict,
            VerdictKind::kCorrect);
  Case uni("print(a | b)", 1, "union: {1, 2, 3, 4, 5, 6}");
  EXPECT_EQ(uni.printed(1, "{1, 2, 3, 4, 5, 6}\n").verdict().verdict, VerdictKind::kCorrect);
  Case diff("print(a - b)", 1, "difference: {1, 2}");
  EXPECT_EQ(diff.printed(1, "{2, 1}\n").verdict().verdict, VerdictKind::kCorrect);
  Case sym("print(a ^ b)", 1, "symmetric diff: {1, 2, 5, 6}");
  Verdict v = sym.printed(1, "{1, 2, 5, 7}\n").verdict();
  EXPECT_EQ(v.verdict, VerdictKind::kWrong);
  EXPECT_EQ(v.expected, "{1, 2, 5, 6}");
}

TEST(Checker, LoopOutputFoldedOntoOneLine) {
  const char* code =
      "class Status(Enum):\n    PENDING = auto()\n    ACTIVE = auto()\n    DISABLED = auto()\n"
      "for s in Status:\n    print(s.name, s.value)";
  Case loop(code, 6, "PENDING 1, ACTIVE 2, DISABLED 3");
  EXPECT_EQ(loop.printed(6, "PENDING 1\nACTIVE 2\nDISABLED 3\n").verdict().verdict,
            VerdictKind::kCorrect);
  Case off(code, 6, "PENDING 1, ACTIVE 2, DISABLED 3");
  Verdict v = off.printed(6, "PENDING 1\nACTIVE 2\nDISABLED 4\n").verdict();
  EXPECT_EQ(v.verdict, VerdictKind::kWrong);
  EXPECT_EQ(v.expected, "PENDING 1, ACTIVE 2, DISABLED 3");
  EXPECT_EQ(v.reason, "printed 3 lines: PENDING 1 / ACTIVE 2 / DISABLED 4");
  Case chain("D().method()", 1, "D -> B -> C -> A (follows MRO chain)");
  EXPECT_EQ(chain.printed(1, "D\nB\nC\nA\n").verdict().verdict, VerdictKind::kCorrect);
  Case chain_off("D().method()", 1, "D -> B -> C -> A (follows MRO chain)");
  Verdict c = chain_off.printed(1, "D\nC\nB\nA\n").verdict();
  EXPECT_EQ(c.verdict, VerdictKind::kUnverifiable);  // prose, not a value: never wrong
  Case pair("print(p.x, p.y)", 1, "3 4");
  EXPECT_EQ(pair.printed(1, "3 4\n").verdict().verdict, VerdictKind::kCorrect);
  Case pair_off("print(p.x, p.y)", 1, "3 4");
  EXPECT_EQ(pair_off.printed(1, "3 5\n").verdict().verdict, VerdictKind::kWrong);
}

TEST(Checker, FollowingCommentLineByLine) {
  const char* claim = "[INFO] Server started\nExtra context: {'port': 8080, 'host': '0.0.0.0'}";
  Case log("log('INFO', 'Server started', port=8080, host='0.0.0.0')", 1, claim,
           ClaimKind::kFollowingComment);
  log.printed(1, "[INFO] Server started\nExtra context: {'host': '0.0.0.0', 'port': 8080}\n");
  EXPECT_EQ(log.verdict().verdict, VerdictKind::kCorrect);
  Case bad("log('INFO', 'Server started', port=8081, host='0.0.0.0')", 1, claim,
           ClaimKind::kFollowingComment);
  bad.printed(1, "[INFO] Server started\nExtra context: {'port': 8081, 'host': '0.0.0.0'}\n");
  Verdict v = bad.verdict();
  EXPECT_EQ(v.verdict, VerdictKind::kWrong);
  EXPECT_EQ(v.reason.substr(0, 26), "line 2 of the comment: pri");
  Case prose(kDiamond, 5,
             "[D, B, C, A, object]\n# Left-to-right, depth-first, but respecting order",
             ClaimKind::kFollowingComment);
  prose.printed(5,
                "[<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, "
                "<class '__main__.A'>, <class 'object'>]\n");
  EXPECT_EQ(prose.verdict().verdict, VerdictKind::kCorrect) << prose.verdict().reason;
}

TEST(Checker, ExpressionValues) {
  Case upper("process('hello')", 1, "\"HELLO\"");
  EXPECT_EQ(upper.value(1, "'HELLO'").verdict().verdict, VerdictKind::kCorrect);
  Case bare("process('hello')", 1, "HELLO");  // str form of the value, not a literal
  EXPECT_EQ(bare.value(1, "'HELLO'").verdict().verdict, VerdictKind::kCorrect);
  Case echoed("process('hello')", 1, "HELLO");  // REPL mode echoes the repr to stdout
  echoed.printed(1, "'HELLO'\n").value(1, "'HELLO'");
  EXPECT_EQ(echoed.verdict().verdict, VerdictKind::kCorrect);
  Case echoed_wrong("process('hello')", 1, "\"HELLO\"");
  echoed_wrong.printed(1, "'hello'\n").value(1, "'hello'");
  EXPECT_EQ(echoed_wrong.verdict().verdict, VerdictKind::kWrong);
  Case eq("status == 2", 1, "False! (not equal to int)");
  EXPECT_EQ(eq.value(1, "False").verdict().verdict, VerdictKind::kCorrect);
  Case gen("squares = (x**2 for x in range(10))\ntype(squares)", 2, "generator");
  EXPECT_EQ(gen.value(2, "<class 'generator'>", Value::Kind::kClass).verdict().verdict,
            VerdictKind::kCorrect);
  Case lst("squares = (x**2 for x in range(10))\ntype(squares)", 2, "list");
  Verdict v = lst.value(2, "<class 'generator'>", Value::Kind::kClass).verdict();
  EXPECT_EQ(v.verdict, VerdictKind::kWrong);
  EXPECT_EQ(v.reason, "value is <class 'generator'>");
  Case flt("print(Pizza.calories_per_slice(2000))", 1, "250");
  EXPECT_EQ(flt.printed(1, "250.0\n").verdict().verdict, VerdictKind::kWrong);
  Case addr("print(obj)", 1, "<__main__.A object at 0x7f1100000000>");
  EXPECT_EQ(addr.printed(1, "<__main__.A object at 0x7f2200000000>\n").verdict().verdict,
            VerdictKind::kCorrect);
}

TEST(Checker, TruncatedValuesAreNotJudgedWrong) {
  Case big("list(range(5000))", 1, "[0, 1, 2]");
  Value v;
  v.kind = Value::Kind::kList;
  v.type = "list";
  v.repr = "[0, 1, 2, 3, ...";  // the exported repr was cut short too
  v.truncated = true;
  for (int i = 0; i < 4; ++i) {
    Value item;
    item.type = "int";
    item.repr = std::to_string(i);
    v.items.push_back(item);
  }
  big.obs.lines[1].values.push_back(v);
  Verdict verdict = big.verdict();
  EXPECT_EQ(verdict.verdict, VerdictKind::kUnverifiable);
  EXPECT_EQ(verdict.reason.substr(0, 42), "the value is too large to compare in full;");
}

TEST(Checker, Exceptions) {
  const char* code = "p = Product('x', 5)\np.price = -5\nprint(p.price)";
  Case ok(code, 2, "ValueError: price must be >= 0");
  Verdict v = ok.raised(2, "ValueError", "price must be >= 0").verdict();
  EXPECT_EQ(v.verdict, VerdictKind::kCorrect);
  EXPECT_EQ(v.expected, "ValueError");
  EXPECT_EQ(v.actual, "ValueError: price must be >= 0");
  Case other(code, 2, "TypeError");
  v = other.raised(2, "ValueError", "price must be >= 0").verdict();
  EXPECT_EQ(v.verdict, VerdictKind::kWrong);
  EXPECT_EQ(v.reason, "raised ValueError: price must be >= 0, not TypeError");
  Case value(code, 2, "5");
  v = value.raised(2, "ValueError", "bad").verdict();
  EXPECT_EQ(v.verdict, VerdictKind::kWrong);
  EXPECT_EQ(v.reason, "raised ValueError: bad instead");
  Case later(code, 3, "-5");
  v = later.raised(2, "ValueError", "bad").verdict();
  EXPECT_EQ(v.verdict, VerdictKind::kError);
  EXPECT_EQ(v.reason, "not reached: ValueError at line 2");
  // A comment that states nothing (`# sentinel`) cannot be wrong, reached or not.
  Case prose("p = Product('x', 5)\np.price = -5\np.discount(10)", 3, "apply the discount");
  v = prose.raised(2, "ValueError", "bad").verdict();
  EXPECT_EQ(v.verdict, VerdictKind::kUnverifiable);
  EXPECT_EQ(v.reason, "comment is not a value; not reached: ValueError at line 2");
  Case works("p = Product('x', 5)\np.price = -5\np.discount(10)", 3, "works");
  EXPECT_EQ(works.raised(2, "ValueError", "bad").verdict().verdict, VerdictKind::kError);
  Case output("print('a')\nwhile True: pass\nprint('never')", 3, "never");  // its output
  output.printed(1, "a\n").obs.status = RunStatus::kTimeout;
  EXPECT_EQ(output.verdict().verdict, VerdictKind::kError);
  Case quiet(code, 2, "ValueError");
  v = quiet.verdict();  // ran to the end: nothing raised
  EXPECT_EQ(v.verdict, VerdictKind::kWrong);
  EXPECT_EQ(v.reason, "ran without raising ValueError; printed nothing");
  Case caught("try:\n    p.price = -5\nexcept ValueError:\n    pass", 2, "ValueError");
  EXPECT_EQ(caught.verdict().verdict, VerdictKind::kUnverifiable);
  Case base(code, 2, "LookupError");
  EXPECT_EQ(base.raised(2, "KeyError", "'k'").verdict().verdict, VerdictKind::kCorrect);
}

TEST(Checker, ExceptionInsideAFunction) {
  const char* code = "x = 10\ndef f():\n    print(x)\n    x = 20\nf()";
  Case c(code, 3, "UnboundLocalError! Python sees x = 20 below, marks x as local");
  c.raised(5, "UnboundLocalError", "cannot access local variable 'x'", 3);
  EXPECT_EQ(c.verdict().verdict, VerdictKind::kCorrect);
}

TEST(Checker, MissingModuleIsASkip) {
  Case c("import pydantic\nprint(1)", 2, "1");
  Verdict v = c.raised(1, "ModuleNotFoundError", "No module named 'pydantic'").verdict();
  EXPECT_EQ(v.verdict, VerdictKind::kSkipped);
  EXPECT_EQ(v.reason, "needs module pydantic");
}

TEST(Checker, PrintedTimingIsNeverJudgedEvenWhenItMatches) {
  // A match would be luck: one run in ten prints the claimed 0.5001s.
  for (const char* printed : {"slow took 0.5001s\n", "slow took 0.5004s\n"}) {
    Case c("slow()", 1, "slow took 0.5001s");
    Verdict v = c.printed(1, printed).verdict();
    EXPECT_EQ(v.verdict, VerdictKind::kUnverifiable) << printed;
    EXPECT_EQ(v.reason, "a timing: it depends on the machine");
  }
  Case plain("print(5)", 1, "5");  // a number without a unit of time is a value
  EXPECT_EQ(plain.printed(1, "5\n").verdict().verdict, VerdictKind::kCorrect);
}

TEST(Checker, TimeoutJudgesOnlyFinishedLines) {
  const char* code = "print(1)\nprint(2)\nwhile True: pass";
  Case done(code, 1, "1");
  done.printed(1, "1\n").printed(2, "2\n");
  done.obs.status = RunStatus::kTimeout;
  done.obs.detail = "killed after 10 s";
  EXPECT_EQ(done.verdict().verdict, VerdictKind::kCorrect);
  Case quiet("x = 1\nprint(2)\nwhile True: pass", 1, "1");
  quiet.printed(2, "2\n");
  quiet.obs.status = RunStatus::kTimeout;
  Verdict q = quiet.verdict();  // line 1 finished (line 2 printed after it) but shows nothing
  EXPECT_EQ(q.verdict, VerdictKind::kUnverifiable);
  EXPECT_EQ(q.reason, "the line printed nothing and has no value to compare");
  Case last = done;
  last.snippet.claims[0].code_line = 2;
  Verdict v = last.verdict();
  EXPECT_EQ(v.verdict, VerdictKind::kError);
  EXPECT_EQ(v.reason, "not reached or not finished: the run timed out (killed after 10 s)");
}

TEST(Checker, DoctestOutput) {
  Case d(">>> {'b': 2, 'a': 1}", 1, "{'a': 1, 'b': 2}", ClaimKind::kDoctestOutput);
  EXPECT_EQ(d.value(1, "{'b': 2, 'a': 1}", Value::Kind::kDict).verdict().verdict,
            VerdictKind::kCorrect);
  Case w("1 + 1", 1, "3", ClaimKind::kDoctestOutput);
  EXPECT_EQ(w.value(1, "2").verdict().verdict, VerdictKind::kWrong);
  Case tb("1 / 0", 1,
          "Traceback (most recent call last):\n  ...\nZeroDivisionError: division by zero",
          ClaimKind::kDoctestOutput);
  EXPECT_EQ(tb.raised(1, "ZeroDivisionError", "division by zero").verdict().verdict,
            VerdictKind::kCorrect);
}

TEST(Checker, DoctestExampleOfSeveralLines) {
  // Claims sit on an example's last line; the run recorded the first.
  Case d("print(1)\nf(1,\n  2)", 3, "3", ClaimKind::kDoctestOutput);
  Claim before = d.snippet.claims[0];
  before.code_line = 1;
  before.text = "1";
  d.snippet.claims.insert(d.snippet.claims.begin(), before);
  d.printed(1, "1\n").value(2, "3");
  Verdict v = judge(d.snippet, d.snippet.claims[1], d.obs);
  EXPECT_EQ(v.verdict, VerdictKind::kCorrect) << v.reason;
  d.obs.lines.erase(2);  // the previous example's line is not looked at
  EXPECT_EQ(judge(d.snippet, d.snippet.claims[1], d.obs).verdict, VerdictKind::kWrong);
}

TEST(Checker, SnippetsNotRun) {
  Case c("SELECT 1;", 1, "1");
  c.snippet.runnable = false;
  c.snippet.reason = "not Python (sql)";
  Verdict v = c.verdict();
  EXPECT_EQ(v.verdict, VerdictKind::kSkipped);
  EXPECT_EQ(v.reason, "not Python (sql)");
  c.snippet.claims.clear();
  EXPECT_TRUE(judge_all(c.snippet, c.obs).empty());
  EXPECT_EQ(skipped_snippet(c.snippet).line, 101);
  Case refused("print(1)", 1, "1");
  refused.obs.status = RunStatus::kNotRun;
  refused.obs.detail = "worker failed to start";
  v = refused.verdict();
  EXPECT_EQ(v.verdict, VerdictKind::kSkipped);
  EXPECT_EQ(v.reason, "not run: worker failed to start");
  EXPECT_STREQ(to_string(VerdictKind::kUnverifiable), "unverifiable");
}

TEST(Checker, JudgeAllKeepsClaimOrder) {
  Case c("print(1)\nprint(2)", 1, "1");
  Claim second = c.snippet.claims[0];
  second.code_line = 2;
  second.text = "3";
  c.snippet.claims.push_back(second);
  c.printed(1, "1\n").printed(2, "2\n");
  auto all = judge_all(c.snippet, c.obs);
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].verdict, VerdictKind::kCorrect);
  EXPECT_EQ(all[1].verdict, VerdictKind::kWrong);
}

}  // namespace
}  // namespace notecheck

namespace notecheck {
namespace {

TEST(LineReach, TimeoutAtALaterTopLevelStatementLeavesEarlierOnesCompleted) {
  std::string code = "print('starting')\nwhile True:\n    pass\n";
  Observation obs;
  obs.status = RunStatus::kTimeout;
  obs.lines[1].output = "starting\n";
  obs.stopped_line = 3;
  EXPECT_EQ(line_reach(obs, 1, code).reach, Reach::kCompleted);
  obs.stopped_line = 0;  // the child could not say where it was
  EXPECT_EQ(line_reach(obs, 1, code).reach, Reach::kNotReached);
}

TEST(LineReach, TopLevelStartSkipsClausesAndContinuations) {
  std::string code = "x = [\n  1,\n]\nif x:\n    pass\nelse:\n    y = 2\nz = 3\n";
  EXPECT_EQ(top_level_start(code, 2), 1);
  EXPECT_EQ(top_level_start(code, 7), 4);
  EXPECT_EQ(top_level_start(code, 8), 8);
}

}  // namespace
}  // namespace notecheck

namespace notecheck {
namespace {

TEST(Checker, AfterAFailedStatementOnlyAMatchStands) {
  // 002: `data = sorted(records, ...)` raised NameError; the run went on to `list(product(...))`.
  Case ok("data = sorted(records)\nlist('ab')", 2, "['a', 'b']");
  ok.value(2, "['a', 'b']", Value::Kind::kList);
  ok.obs.lines[1].raised = RaisedException{"NameError", "name 'records' is not defined", 1, 1};
  ok.obs.passed_exceptions.push_back(*ok.obs.lines[1].raised);
  EXPECT_EQ(ok.verdict().verdict, VerdictKind::kCorrect);
  Case differs("total = f()\nprint(total)", 2, "10");
  differs.printed(2, "5\n");
  differs.obs.passed_exceptions.push_back(RaisedException{"ValueError", "bad", 1, 1});
  Verdict v = differs.verdict();
  EXPECT_EQ(v.verdict, VerdictKind::kError);  // the state may be incomplete: not wrong
  EXPECT_NE(v.reason.find("not settled"), std::string::npos);
  Case missing("import numpy as np\nprint(np.pi)", 2, "3.14");
  missing.obs.lines[2].raised = RaisedException{"NameError", "name 'np' is not defined", 2, 2};
  missing.obs.passed_exceptions = {
      RaisedException{"ModuleNotFoundError", "No module named 'numpy'", 1, 1},
      *missing.obs.lines[2].raised};
  Verdict skip = missing.verdict();
  EXPECT_EQ(skip.verdict, VerdictKind::kSkipped);
  EXPECT_EQ(skip.reason, "needs module numpy (line 101)");
}

}  // namespace
}  // namespace notecheck
