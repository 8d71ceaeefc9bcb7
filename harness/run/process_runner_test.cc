// What the real runner observes for well-behaved snippets: output per line, values of
// top-level expressions, exceptions, script semantics.
#include "harness/run/process_runner.h"

#include <gtest/gtest.h>

#include <chrono>
#include <memory>

#include "harness/run/run_test_support.h"

namespace notecheck {
namespace {

using run_test::run_snippet;

// A runner of its own with one zygote (jobs 1), so its snippets run one after the other.
std::unique_ptr<ProcessRunner> one_zygote(const std::string& mode = "script") {
  RunOptions options;
  options.jobs = 1;
  return std::make_unique<ProcessRunner>(options, ProcessRunnerConfig{"", mode});
}

std::vector<std::string> item_reprs(const Value& value) {
  std::vector<std::string> reprs;
  for (const Value& item : value.items) reprs.push_back(item.repr);
  return reprs;
}

TEST(ProcessRunner, AttributesLoopPrintsToTheirLine) {
  Observation o = run_snippet("for i in range(3):\n    print(i)\n");
  ASSERT_EQ(o.status, RunStatus::kOk) << o.detail << o.stderr_text;
  EXPECT_EQ(o.stdout_text, "0\n1\n2\n");
  EXPECT_EQ(o.lines[2].output, "0\n1\n2\n");
}

TEST(ProcessRunner, AttributesMethodPrintsToTheCallingLine) {
  Observation o = run_snippet(
      "class D:\n"
      "    def method(self):\n"
      "        print('B')\n"
      "d = D()\n"
      "d.method()  # B\n");
  ASSERT_EQ(o.status, RunStatus::kOk) << o.detail << o.stderr_text;
  EXPECT_EQ(o.lines[5].output, "B\n");
  EXPECT_EQ(o.lines[3].output, "B\n");
  EXPECT_EQ(o.lines.count(4), 0u);
}

TEST(ProcessRunner, RecordsTopLevelExpressionValues) {
  Observation o = run_snippet(
      "[1, 'a']\n"
      "{'k': (1, 2)}\n"
      "class X: pass\n"
      "X\n"
      "{3}\n"
      "[[1, [2]]]\n"
      "if True:\n"
      "    5\n");
  ASSERT_EQ(o.status, RunStatus::kOk) << o.detail << o.stderr_text;
  const Value& list = o.lines[1].values.at(0);
  EXPECT_EQ(list.kind, Value::Kind::kList);
  EXPECT_EQ(item_reprs(list), (std::vector<std::string>{"1", "'a'"}));
  EXPECT_EQ(list.items[1].str, "a");
  const Value& dict = o.lines[2].values.at(0);
  EXPECT_EQ(dict.kind, Value::Kind::kDict);
  ASSERT_EQ(dict.items.size(), 2u);
  EXPECT_EQ(dict.items[1].kind, Value::Kind::kTuple);
  const Value& cls = o.lines[4].values.at(0);
  EXPECT_EQ(cls.kind, Value::Kind::kClass);
  EXPECT_EQ(cls.name, "X");
  EXPECT_EQ(cls.repr, "<class '__main__.X'>");
  EXPECT_EQ(o.lines[5].values.at(0).kind, Value::Kind::kSet);
  const Value& nested = o.lines[6].values.at(0);
  EXPECT_EQ(nested.items.at(0).items.at(1).kind, Value::Kind::kList);
  EXPECT_EQ(nested.items.at(0).items.at(1).repr, "[2]");
  EXPECT_TRUE(o.lines[8].values.empty());  // not a top-level statement
  EXPECT_EQ(o.stdout_text, "");            // script mode echoes nothing
}

TEST(ProcessRunner, GuardsFailingRepr) {
  Observation o = run_snippet(
      "class Bad:\n"
      "    def __repr__(self): raise ValueError('no')\n"
      "Bad()\n");
  ASSERT_EQ(o.status, RunStatus::kOk) << o.detail << o.stderr_text;
  EXPECT_EQ(o.lines[3].values.at(0).repr, "<repr failed: ValueError: no>");
  EXPECT_EQ(o.lines[3].values.at(0).kind, Value::Kind::kOther);
}

TEST(ProcessRunner, CompilesTheWholeSnippetAsAScript) {
  EXPECT_EQ(run_snippet("x = 1000; y = 1000\nprint(x is y)\n").stdout_text, "True\n");
  EXPECT_EQ(run_snippet("x = 1000\ny = 1000\nprint(x is y)\n").stdout_text, "True\n");
  Observation doc = run_snippet("'''Module doc.'''\nprint(__doc__, __name__)\n");
  EXPECT_EQ(doc.stdout_text, "Module doc. __main__\n");
  EXPECT_TRUE(doc.lines[1].values.empty());
}

TEST(ProcessRunner, ReportsExceptionWithTopAndInnerLine) {
  Observation o = run_snippet(
      "print('start')\n"
      "def f():\n"
      "    return 1 / 0\n"
      "f()\n"
      "print('never')\n");
  EXPECT_EQ(o.status, RunStatus::kRaised);
  ASSERT_TRUE(o.exception.has_value());
  EXPECT_EQ(o.exception->type, "ZeroDivisionError");
  EXPECT_EQ(o.exception->message, "division by zero");
  EXPECT_EQ(o.exception->line, 4);
  EXPECT_EQ(o.exception->inner_line, 3);
  EXPECT_EQ(o.stdout_text, "start\n");
  EXPECT_NE(o.stderr_text.find("Traceback (most recent call last):\n  File \"snippet.py\", line 4"),
            std::string::npos)
      << o.stderr_text;
  EXPECT_EQ(o.stderr_text.find("notecheck-runner"), std::string::npos) << o.stderr_text;
}

TEST(ProcessRunner, ReportsSyntaxError) {
  Observation o = run_snippet("x = 1\ny = (\n");
  EXPECT_EQ(o.status, RunStatus::kRaised);
  ASSERT_TRUE(o.exception.has_value());
  EXPECT_EQ(o.exception->type, "SyntaxError");
  EXPECT_EQ(o.exception->line, 2);
}

TEST(ProcessRunner, SysExitZeroIsOk) {
  Observation o = run_snippet("import sys\nprint('a')\nsys.exit(0)\nprint('b')\n");
  EXPECT_EQ(o.status, RunStatus::kOk);
  EXPECT_EQ(o.stdout_text, "a\n");
}

TEST(ProcessRunner, RunsTopLevelAwait) {
  Observation o = run_snippet(
      "import asyncio\n"
      "async def f():\n"
      "    await asyncio.sleep(0)\n"
      "    return 42\n"
      "await f()\n");
  ASSERT_EQ(o.status, RunStatus::kOk) << o.detail << o.stderr_text;
  EXPECT_EQ(o.lines[5].values.at(0).repr, "42");
}

TEST(ProcessRunner, ReplModeCompilesStatementsSeparately) {
  Observation o =
      run_test::run_snippet(*one_zygote("repl"), "x = 1000\ny = 1000\nx is y\nNone\n'a'\n");
  ASSERT_EQ(o.status, RunStatus::kOk) << o.detail << o.stderr_text;
  EXPECT_EQ(o.stdout_text, "False\n'a'\n");
  EXPECT_EQ(o.lines[3].output, "False\n");
  EXPECT_EQ(o.lines[3].values.at(0).repr, "False");
}

TEST(ProcessRunner, ImportsAsyncioOnlyForTopLevelAwaitAlsoInReplMode) {
  // A lean zygote: asyncio would double its heap, which each child's fork and exit pay for.
  Observation o = run_snippet("import sys\nprint('asyncio' in sys.modules)\n");
  EXPECT_EQ(o.stdout_text, "False\n") << o.detail << o.stderr_text;
  const char* awaits = "async def f():\n    return 7\nawait f()\nawait f() + 1\n";
  o = run_test::run_snippet(*one_zygote("repl"), awaits);
  ASSERT_EQ(o.status, RunStatus::kOk) << o.detail << o.stderr_text;
  EXPECT_EQ(o.stdout_text, "7\n8\n");
}

TEST(ProcessRunner, EachSnippetGetsAnEmptyWorkDirectoryAsCwdTmpdirAndHome) {
  // One zygote: the second snippet runs where the first one wrote.
  const std::string code =
      "import os, tempfile\n"
      "print(sorted(os.listdir('.')))\n"
      "print(os.environ['TMPDIR'] == os.environ['HOME'] == os.getcwd() == "
      "tempfile.gettempdir())\n"
      "open('left.txt', 'w').write('x')\n"
      "tempfile.tempdir = '/nowhere'\n";
  std::vector<Observation> got = one_zygote()->run_all({{code, "a.py"}, {code, "b.py"}});
  for (const Observation& o : got) {
    ASSERT_EQ(o.status, RunStatus::kOk) << o.detail << o.stderr_text;
    EXPECT_EQ(o.stdout_text, "[]\nTrue\n");
  }
}

TEST(ProcessRunner, SnippetsThatWaitDoNotHoldTheJobSlots) {
  // One job, four snippets that sleep 1.5 s: one after the other they take 6 s; extra zygotes
  // start while they sleep (process_runner.cc), so they overlap.
  std::vector<RunRequest> sleepers(
      4, RunRequest{"import time\ntime.sleep(1.5)\nprint('up')\n", "sleep.py"});
  auto start = std::chrono::steady_clock::now();
  std::vector<Observation> got = one_zygote()->run_all(sleepers);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (const Observation& o : got) EXPECT_EQ(o.stdout_text, "up\n") << o.detail;
  EXPECT_LT(seconds, 4.5);
}

TEST(ProcessRunner, CapturesStderrAndThreadsAndAtexit) {
  Observation o = run_snippet(
      "import sys, threading, atexit\n"
      "print('err', file=sys.stderr)\n"
      "atexit.register(print, 'bye')\n"
      "threading.Thread(target=lambda: print('thread')).start()\n");
  ASSERT_EQ(o.status, RunStatus::kOk) << o.detail << o.stderr_text;
  EXPECT_EQ(o.stderr_text, "err\n");
  EXPECT_EQ(o.stdout_text, "thread\nbye\n");
  EXPECT_EQ(o.lines[4].output, "thread\n");
}

TEST(ProcessRunner, AForkedProcessDoesNotEndTheRun) {
  Observation o = run_snippet(
      "import os\n"
      "pid = os.fork()\n"
      "if pid == 0:\n"
      "    print('child')\n"
      "else:\n"
      "    os.waitpid(pid, 0)\n"
      "    print('parent')\n");
  ASSERT_EQ(o.status, RunStatus::kOk) << o.detail << o.stderr_text;
  EXPECT_EQ(o.stdout_text, "child\nparent\n");
  EXPECT_EQ(o.lines[7].output, "parent\n");
}

}  // namespace
}  // namespace notecheck
