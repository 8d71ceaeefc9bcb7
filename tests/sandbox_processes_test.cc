// notecheck owns the whole process tree of a snippet: nothing a snippet starts (a daemon that
// left its process group with setsid, a grandchild) outlives its run, its timeout, or a
// kill -9 of notecheck itself.
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "harness/run/process_runner.h"
#include "harness/run/sandbox_test_support.h"
#include "harness/run/work_dir.h"

extern char** environ;

namespace notecheck {
namespace {

using sandbox_test::processes_with;
using sandbox_test::wait_until_gone;

// A unique `sleep` argument to find the daemon by on the host.
std::string marker() {
  static int counter = 0;
  return "4000." + std::to_string(getpid()) + std::to_string(++counter);
}

// Double fork, setsid, exec sleep MARKER: a daemon outside the snippet's process group.
std::string daemon_code(const std::string& mark, const std::string& then) {
  return "import os, time\n"
         "if os.fork() == 0:\n"
         "    os.setsid()\n"
         "    if os.fork() == 0:\n"
         "        os.execv('/bin/sleep', ['sleep', '" +
         mark +
         "'])\n"
         "    os._exit(0)\n"
         "time.sleep(0.3)\n" +
         then;
}

class SandboxProcesses : public ::testing::TestWithParam<bool> {};  // namespaces or fallback

TEST_P(SandboxProcesses, NoOrphanAfterARun) {
  RunOptions options;
  options.jobs = 1;
  ProcessRunner runner(options, ProcessRunnerConfig{"", "script", GetParam()});
  std::string mark = marker();
  Observation o = runner.run_all({{daemon_code(mark, "print('done')\n"), "daemon.py"}})[0];
  EXPECT_EQ(o.status, RunStatus::kOk) << o.detail << o.stderr_text;
  EXPECT_EQ(o.stdout_text, "done\n");
  // Gone as soon as the run is reported, not eventually.
  EXPECT_TRUE(processes_with(mark).empty()) << runner.sandbox_description();
}

TEST_P(SandboxProcesses, NoOrphanAfterATimeout) {
  RunOptions options;
  options.jobs = 1;
  options.timeout_seconds = 1;
  ProcessRunner runner(options, ProcessRunnerConfig{"", "script", GetParam()});
  std::string mark = marker();
  Observation o = runner.run_all({{daemon_code(mark, "while True: pass\n"), "daemon.py"}})[0];
  EXPECT_EQ(o.status, RunStatus::kTimeout) << o.detail;
  EXPECT_TRUE(processes_with(mark).empty());
  EXPECT_EQ(runner.run_all({{"print(1)", "next.py"}})[0].stdout_text, "1\n");
}

INSTANTIATE_TEST_SUITE_P(Sandbox, SandboxProcesses, ::testing::Values(true, false),
                         [](const auto& info) { return info.param ? "Namespaces" : "Fallback"; });

// notecheck itself is killed with SIGKILL while a snippet runs and its daemon sleeps: the
// kernel tears down the zygotes (parent-death signal) and with them their PID namespaces.
TEST(SandboxProcessesKill9, NoOrphanAfterNotecheckIsKilled) {
  std::string dir = make_work_dir("/tmp", "notecheck-kill9-", -1, nullptr);
  ASSERT_FALSE(dir.empty());
  std::string mark = marker();
  std::ofstream(dir + "/note.md") << "# Daemon\n\n```python\n"
                                  << daemon_code(mark, "time.sleep(60)\n") << "```\n";
  std::string binary = NOTECHECK_BINARY;
  std::string note = dir + "/note.md";
  const char* argv[] = {binary.c_str(), "check", note.c_str(), "--no-cache",
                        "--timeout",    "120",   "-q",         nullptr};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addchdir_np(&actions, dir.c_str());
  pid_t notecheck = -1;
  ASSERT_EQ(posix_spawn(&notecheck, binary.c_str(), &actions, nullptr,
                        const_cast<char* const*>(argv), environ),
            0);
  posix_spawn_file_actions_destroy(&actions);
  for (int i = 0; i < 300 && processes_with(mark).empty(); ++i) usleep(50000);
  EXPECT_FALSE(processes_with(mark).empty()) << "the daemon never started";
  std::string zygote_mark = "--parent-pid " + std::to_string(notecheck) + " ";
  EXPECT_FALSE(processes_with(zygote_mark).empty());

  kill(notecheck, SIGKILL);
  waitpid(notecheck, nullptr, 0);
  EXPECT_TRUE(wait_until_gone(mark, 5).empty()) << "the daemon outlived notecheck";
  EXPECT_TRUE(wait_until_gone(zygote_mark, 5).empty()) << "a zygote outlived notecheck";
  remove_tree(dir);
}

}  // namespace
}  // namespace notecheck
