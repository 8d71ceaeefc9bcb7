// Isolation of a snippet: unprivileged user, sanitized environment, fixed hash seed, no stdin,
// fresh working directory; and many snippets through two zygotes, in order.
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "harness/run/process_runner.h"
#include "harness/run/run_test_support.h"

namespace notecheck {
namespace {

using run_test::run_snippet;

TEST(ProcessRunnerSandbox, RootDropsToNobody) {
  if (geteuid() != 0) GTEST_SKIP() << "only meaningful as root";
  Observation o = run_snippet(
      "import os\n"
      "print(os.getuid(), os.getgid(), os.getgroups())\n"
      "open('mine.txt', 'w').write('ok')\n"
      "open('/notecheck-run-test-forbidden', 'w')\n");
  EXPECT_EQ(o.stdout_text, "65534 65534 []\n");
  EXPECT_EQ(o.status, RunStatus::kRaised);
  ASSERT_TRUE(o.exception.has_value());
  EXPECT_EQ(o.exception->type, "PermissionError");
  EXPECT_EQ(o.exception->line, 4);
  struct stat st;
  EXPECT_NE(stat("/notecheck-run-test-forbidden", &st), 0);
}

TEST(ProcessRunnerSandbox, EnvironmentIsSanitized) {
  setenv("PYTHONPATH", "/evil", 1);
  setenv("PYTHONDONTWRITEBYTECODE", "1", 1);
  setenv("PYTHONUNBUFFERED", "1", 1);
  RunOptions options;
  options.jobs = 1;
  ProcessRunner runner(options);  // a fresh zygote, started with those variables set here
  Observation o = run_snippet(runner,
                              "import os, sys\n"
                              "print(sorted(os.environ))\n"
                              "print(os.environ['PYTHONHASHSEED'], '/evil' in sys.path)\n"
                              "print(os.getcwd() == os.environ['HOME'], sys.argv)\n");
  unsetenv("PYTHONPATH");
  unsetenv("PYTHONDONTWRITEBYTECODE");
  unsetenv("PYTHONUNBUFFERED");
  EXPECT_EQ(o.stdout_text,
            "['HOME', 'LANG', 'PATH', 'PYTHONHASHSEED']\n0 False\nTrue ['snippet.py']\n")
      << o.stderr_text;
}

TEST(ProcessRunnerSandbox, HashSeedIsFixed) {
  const std::string code =
      "print(list({'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig'}))\n"
      "print(hash('notecheck'))\n";
  Observation first = run_snippet(code);
  RunOptions options;
  options.jobs = 1;
  ProcessRunner other(options);
  Observation second = run_snippet(other, code);
  EXPECT_EQ(first.status, RunStatus::kOk);
  EXPECT_EQ(first.stdout_text, second.stdout_text);
}

TEST(ProcessRunnerSandbox, InputSeesEndOfFile) {
  Observation o = run_snippet("x = input('name? ')\n");
  EXPECT_EQ(o.status, RunStatus::kRaised);
  ASSERT_TRUE(o.exception.has_value());
  EXPECT_EQ(o.exception->type, "EOFError");
  EXPECT_EQ(o.stdout_text, "name? ");
}

TEST(ProcessRunnerSandbox, EachSnippetGetsAFreshDirectoryAndNamespace) {
  Observation first = run_snippet("import os\nopen('left.txt', 'w').write('x')\nleftover = 1\n");
  ASSERT_EQ(first.status, RunStatus::kOk) << first.stderr_text;
  Observation second = run_snippet("import os\nprint(os.listdir('.'), 'leftover' in globals())\n");
  EXPECT_EQ(second.stdout_text, "[] False\n") << second.stderr_text;
}

TEST(ProcessRunnerSandbox, ManySnippetsComeBackInOrder) {
  std::vector<RunRequest> requests;
  for (int i = 0; i < 40; ++i) {
    requests.push_back({"print(" + std::to_string(i) + ")", "s" + std::to_string(i) + ".py"});
  }
  std::vector<size_t> done;
  std::vector<Observation> results =
      run_test::shared_runner().run_all(requests, [&](size_t i) { done.push_back(i); });
  ASSERT_EQ(results.size(), requests.size());
  for (int i = 0; i < 40; ++i) {
    EXPECT_EQ(results[i].status, RunStatus::kOk);
    EXPECT_EQ(results[i].stdout_text, std::to_string(i) + "\n");
  }
  EXPECT_EQ(done.size(), requests.size());
}

}  // namespace
}  // namespace notecheck
