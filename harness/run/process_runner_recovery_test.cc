// Infrastructure failures: a zygote that dies mid-snippet, a worker binary that cannot start.
#include <dirent.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <set>
#include <thread>

#include <gtest/gtest.h>

#include "harness/run/process_runner.h"
#include "harness/run/run_test_support.h"

namespace notecheck {
namespace {

pid_t parent_of(pid_t pid) {
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  size_t paren = text.rfind(')');
  if (paren == std::string::npos) return -1;
  char state;
  int ppid = -1;
  sscanf(text.c_str() + paren + 1, " %c %d", &state, &ppid);
  return ppid;
}

std::string pid_namespace(pid_t pid) {
  char target[256] = "";
  readlink(("/proc/" + std::to_string(pid) + "/ns/pid").c_str(), target, sizeof target - 1);
  return target;
}

// Our zygote process that is running a snippet. With namespaces the process notecheck started
// waits outside for the zygote proper (PID 1 of its own namespace), which has a child only
// while a snippet runs; without, the started process is the zygote.
pid_t busy_zygote() {
  std::vector<pid_t> all;
  if (DIR* proc = opendir("/proc")) {
    while (dirent* entry = readdir(proc)) {
      if (pid_t pid = atoi(entry->d_name); pid > 0) all.push_back(pid);
    }
    closedir(proc);
  }
  auto children_of = [&all](pid_t parent) {
    std::vector<pid_t> children;
    for (pid_t pid : all) {
      if (parent_of(pid) == parent) children.push_back(pid);
    }
    return children;
  };
  for (pid_t started : children_of(getpid())) {
    pid_t zygote = started;
    for (pid_t child : children_of(started)) {
      if (pid_namespace(child) != pid_namespace(started)) zygote = child;
    }
    if (!children_of(zygote).empty()) return started;
  }
  return -1;
}

TEST(ProcessRunnerRecovery, ZygoteDeathFailsTheSnippetAndRestarts) {
  RunOptions options;
  options.jobs = 1;
  ProcessRunner runner(options);
  std::thread killer([] {
    for (int i = 0; i < 100; ++i) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      if (pid_t zygote = busy_zygote(); zygote > 0) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        kill(zygote, SIGKILL);
        return;
      }
    }
  });
  Observation o =
      run_test::run_snippet(runner, "import time\nprint('x', flush=True)\ntime.sleep(4)\n");
  killer.join();
  EXPECT_EQ(o.status, RunStatus::kCrashed);
  EXPECT_EQ(o.detail, "the worker process died (killed by signal 9) while running this snippet");
  EXPECT_EQ(run_test::run_snippet(runner, "print('again')").stdout_text, "again\n");
}

std::set<pid_t> our_children() {
  std::set<pid_t> children;
  if (DIR* proc = opendir("/proc")) {
    while (dirent* entry = readdir(proc)) {
      if (pid_t pid = atoi(entry->d_name); pid > 0 && parent_of(pid) == getpid()) {
        children.insert(pid);
      }
    }
    closedir(proc);
  }
  return children;
}

TEST(ProcessRunnerRecovery, IdleZygotesAreKeptAcrossCalls) {
  RunOptions options;
  options.jobs = 2;
  ProcessRunner runner(options);
  std::vector<RunRequest> two = {{"print(1)", "a.py"}, {"print(2)", "b.py"}};
  runner.run_all(two);
  std::set<pid_t> zygotes = our_children();
  EXPECT_EQ(run_test::run_snippet(runner, "import time\ntime.sleep(0.3)\n").status, RunStatus::kOk);
  runner.run_all(two);
  EXPECT_EQ(our_children(), zygotes);
}

TEST(ProcessRunnerRecovery, UnstartableWorkerGivesNotRun) {
  ProcessRunner runner(RunOptions{}, ProcessRunnerConfig{"/nonexistent/notecheck", "script"});
  std::vector<Observation> results =
      runner.run_all({RunRequest{"print(1)", "a.py"}, RunRequest{"print(2)", "b.py"}});
  ASSERT_EQ(results.size(), 2u);
  for (const Observation& o : results) {
    EXPECT_EQ(o.status, RunStatus::kNotRun);
    EXPECT_NE(o.detail.find("could not start the Python worker"), std::string::npos) << o.detail;
  }
}

}  // namespace
}  // namespace notecheck
