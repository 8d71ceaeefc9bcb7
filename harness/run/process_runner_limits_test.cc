// Snippets that hang, flood, crash or exhaust memory: each gets its status and keeps what it
// printed before.
#include <gtest/gtest.h>

#include "harness/run/process_runner.h"
#include "harness/run/run_test_support.h"

namespace notecheck {
namespace {

using run_test::run_snippet;

TEST(ProcessRunnerLimits, TimeoutKeepsEarlierOutput) {
  RunOptions options;
  options.timeout_seconds = 1;
  options.jobs = 1;
  ProcessRunner runner(options);
  Observation o = run_snippet(runner, "print('before')\nwhile True: pass\n");
  EXPECT_EQ(o.status, RunStatus::kTimeout) << o.detail;
  EXPECT_EQ(o.stdout_text, "before\n");
  EXPECT_EQ(o.lines[1].output, "before\n");
  EXPECT_LT(o.seconds, 3);
  // The zygote survives and runs the next snippet.
  EXPECT_EQ(run_snippet(runner, "print('next')").stdout_text, "next\n");
}

TEST(ProcessRunnerLimits, OutputFloodIsCut) {
  RunOptions options;
  options.output_limit_bytes = 10000;
  options.jobs = 1;
  ProcessRunner runner(options);
  Observation o = run_snippet(runner, "print('start')\nwhile True:\n    print('x' * 100)\n");
  EXPECT_EQ(o.status, RunStatus::kOutputLimit) << o.detail;
  EXPECT_LE(o.stdout_text.size(), 10000u);
  EXPECT_GT(o.stdout_text.size(), 5000u);
  EXPECT_EQ(o.stdout_text.rfind("start\nxxx", 0), 0u);
  EXPECT_EQ(o.lines[1].output, "start\n");
}

TEST(ProcessRunnerLimits, RawFdWritesAreCappedToo) {
  RunOptions options;
  options.output_limit_bytes = 10000;
  options.jobs = 1;
  ProcessRunner runner(options);
  Observation o = run_snippet(runner, "import os\nwhile True:\n    os.write(2, b'e' * 1000)\n");
  EXPECT_EQ(o.status, RunStatus::kOutputLimit) << o.detail;
  EXPECT_EQ(o.stderr_text.size(), 10000u);
}

TEST(ProcessRunnerLimits, OsExitIsACrashThatKeepsOutput) {
  Observation o = run_snippet("import os\nprint('a')\nos._exit(3)\n");
  EXPECT_EQ(o.status, RunStatus::kCrashed);
  EXPECT_EQ(o.detail, "exited with status 3 without reporting at line 3");
  EXPECT_EQ(o.stopped_line, 3);  // os._exit reports where it was called
  EXPECT_EQ(o.stdout_text, "a\n");
  EXPECT_EQ(o.lines[2].output, "a\n");
}

TEST(ProcessRunnerLimits, SegfaultIsACrash) {
  Observation o = run_snippet("import ctypes\nprint('a')\nctypes.string_at(0)\n");
  EXPECT_EQ(o.status, RunStatus::kCrashed);
  EXPECT_EQ(o.detail, "killed by signal 11 (SIGSEGV) at line 3");
  EXPECT_EQ(o.stopped_line, 3);  // read from faulthandler's dump
  EXPECT_EQ(o.stdout_text, "a\n");
}

TEST(ProcessRunnerLimits, TimeoutSaysWhichTopLevelLineWasRunning) {
  RunOptions options;
  options.timeout_seconds = 1;
  options.jobs = 1;
  ProcessRunner runner(options);
  Observation o =
      run_snippet(runner, "print('a')\nimport time\nwhile True:\n    time.sleep(0.01)\n");
  EXPECT_EQ(o.status, RunStatus::kTimeout);
  EXPECT_TRUE(o.stopped_line == 3 || o.stopped_line == 4) << o.stopped_line;
  EXPECT_NE(o.detail.find("at line"), std::string::npos) << o.detail;
}

TEST(ProcessRunnerLimits, MemoryLimitRaisesMemoryError) {
  RunOptions options;
  options.memory_limit_bytes = 512L << 20;
  options.jobs = 1;
  ProcessRunner runner(options);
  Observation o = run_snippet(runner, "x = bytearray(1 << 30)\n");
  EXPECT_EQ(o.status, RunStatus::kRaised) << o.detail << o.stderr_text;
  ASSERT_TRUE(o.exception.has_value());
  EXPECT_EQ(o.exception->type, "MemoryError");
}

}  // namespace
}  // namespace notecheck
