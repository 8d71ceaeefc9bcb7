// Isolation of a snippet: unprivileged user, sanitized environment, fixed hash seed, no stdin,
// fresh working directory (also its TMPDIR); and many snippets through two zygotes, in order.
// The namespace sandbox itself is tested in tests/sandbox_*_test.cc.
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
  const std::string code =
      "import os\n"
      "print(os.getuid(), os.getgid(), os.getgroups())\n"
      "open('mine.txt', 'w').write('ok')\n"
      "open('/notecheck-run-test-forbidden', 'w')\n";
  // With namespaces the root file system is read-only; without, nobody may not write there.
  for (bool namespaces : {true, false}) {
    RunOptions options;
    options.jobs = 1;
    ProcessRunner runner(options, ProcessRunnerConfig{"", "script", namespaces});
    Observation o = run_snippet(runner, code);
    bool in_namespaces = runner.sandbox_description().rfind("namespaces", 0) == 0;
    EXPECT_EQ(in_namespaces, namespaces) << runner.sandbox_description();
    EXPECT_EQ(o.stdout_text, "65534 65534 []\n");
    EXPECT_EQ(o.status, RunStatus::kRaised);
    ASSERT_TRUE(o.exception.has_value());
    EXPECT_EQ(o.exception->type, in_namespaces ? "OSError" : "PermissionError");
    EXPECT_NE(
        o.exception->message.find(in_namespaces ? "Read-only file system" : "Permission denied"),
        std::string::npos)
        << o.exception->message;
    EXPECT_EQ(o.exception->line, 4);
    struct stat st;
    EXPECT_NE(stat("/notecheck-run-test-forbidden", &st), 0);
  }
}

TEST(ProcessRunnerSandbox, EnvironmentIsSanitized) {
  setenv("PYTHONPATH", "/evil", 1);
  setenv("PYTHONDONTWRITEBYTECODE", "1", 1);
  setenv("PYTHONUNBUFFERED", "1", 1);
  RunOptions options;
  options.jobs = 1;
  ProcessRunner runner(options);  // a fresh zygote, started with those variables set here
  Observation o =
      run_snippet(runner,
                  "import os, sys\n"
                  "print(sorted(os.environ))\n"
                  "print(os.environ['PYTHONHASHSEED'], '/evil' in sys.path)\n"
                  "print(os.getcwd() == os.environ['HOME'], sys.argv)\n"
                  "import tempfile\n"
                  "print(os.getcwd() == os.environ['TMPDIR'] == tempfile.gettempdir())\n");
  unsetenv("PYTHONPATH");
  unsetenv("PYTHONDONTWRITEBYTECODE");
  unsetenv("PYTHONUNBUFFERED");
  EXPECT_EQ(o.stdout_text,
            "['HOME', 'LANG', 'PATH', 'PYTHONHASHSEED', 'TMPDIR']\n0 False\nTrue ['snippet.py']\n"
            "True\n")
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
