// The namespace sandbox is on by default on this machine, and it is what blocks: the same
// code that writes outside its work directory and reaches a listener on the host's loopback
// succeeds outside the sandbox (this test process, or the fallback without namespaces) and
// fails inside.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "harness/run/process_runner.h"
#include "harness/run/run_test_support.h"
#include "harness/run/sandbox_test_support.h"

namespace notecheck {
namespace {

using run_test::run_snippet;
using sandbox_test::Canary;
using sandbox_test::LoopbackListener;

bool in_namespaces(const ProcessRunner& runner) {
  return runner.sandbox_description().rfind("namespaces (user, mount, net, pid, ipc, uts)", 0) == 0;
}

ProcessRunner& fallback_runner() {
  static ProcessRunner runner(
      [] {
        RunOptions options;
        options.jobs = 1;
        options.timeout_seconds = 5;
        return options;
      }(),
      ProcessRunnerConfig{"", "script", /*namespaces=*/false});
  return runner;
}

TEST(SandboxNamespaces, AreOnByDefault) {
  Observation o = run_snippet("print(1)\n");
  ASSERT_EQ(o.status, RunStatus::kOk);
  EXPECT_TRUE(in_namespaces(run_test::shared_runner()))
      << "the namespace sandbox is not in force: "
      << run_test::shared_runner().sandbox_description();
  EXPECT_NE(run_test::shared_runner().sandbox_description().find("seccomp"), std::string::npos);
}

TEST(SandboxNamespaces, WriteToRootFailsInsideAndSucceedsOutside) {
  std::string path = "/notecheck-sandbox-probe-" + std::to_string(getpid());
  const std::string code = "open('" + path + "', 'w').write('x')\nprint('wrote')\n";
  Observation inside = run_snippet(code);
  EXPECT_EQ(inside.status, RunStatus::kRaised);
  ASSERT_TRUE(inside.exception.has_value());
  EXPECT_NE(inside.exception->message.find("Read-only file system"), std::string::npos)
      << inside.exception->message;
  struct stat st;
  EXPECT_NE(stat(path.c_str(), &st), 0);
  // The same write from this process, outside the sandbox.
  if (geteuid() != 0) GTEST_SKIP() << "outside half needs root (only root may write to /)";
  {
    std::ofstream out(path);
    out << "x";
    EXPECT_TRUE(out.good());
  }
  EXPECT_EQ(stat(path.c_str(), &st), 0);
  unlink(path.c_str());
}

TEST(SandboxNamespaces, WorldWritableDirectoryIsReadOnlyInside) {
  Canary canary;
  const std::string code =
      "open('" + canary.path() + "/new.txt', 'w').write('x')\nprint('wrote')\n";
  Observation inside = run_snippet(code);
  EXPECT_EQ(inside.status, RunStatus::kRaised);
  uint64_t before = canary.checksum();
  // The fallback (unprivileged uid, no namespaces) may write there: the namespace is what
  // protects it.
  Observation fallback = run_snippet(fallback_runner(), code);
  EXPECT_EQ(fallback.stdout_text, "wrote\n") << fallback.detail << fallback.stderr_text;
  EXPECT_NE(canary.checksum(), before);
}

TEST(SandboxNamespaces, HostLoopbackIsUnreachableInside) {
  LoopbackListener listener;
  ASSERT_GT(listener.port(), 0);
  ASSERT_TRUE(listener.connect_from_outside());
  EXPECT_EQ(listener.accept_pending(), 1);
  const std::string code = "import socket\nsocket.create_connection(('127.0.0.1', " +
                           std::to_string(listener.port()) + "), timeout=2)\nprint('connected')\n";
  Observation inside = run_snippet(code);
  EXPECT_EQ(inside.status, RunStatus::kRaised);
  ASSERT_TRUE(inside.exception.has_value());
  EXPECT_EQ(inside.exception->type, "ConnectionRefusedError");
  EXPECT_EQ(listener.accept_pending(), 0);
  Observation fallback = run_snippet(fallback_runner(), code);
  EXPECT_EQ(fallback.stdout_text, "connected\n") << fallback.detail << fallback.stderr_text;
  EXPECT_EQ(listener.accept_pending(), 1);
}

TEST(SandboxNamespaces, SnippetHasItsOwnLoopback) {
  Observation o = run_snippet(
      "import socket, threading\n"
      "server = socket.create_server(('127.0.0.1', 0))\n"
      "def answer():\n"
      "    conn, _ = server.accept()\n"
      "    conn.sendall(conn.recv(10).upper())\n"
      "threading.Thread(target=answer).start()\n"
      "client = socket.create_connection(server.getsockname())\n"
      "client.sendall(b'ping')\n"
      "print(client.recv(10))\n");
  EXPECT_EQ(o.stdout_text, "b'PING'\n") << o.detail << o.stderr_text;
}

TEST(SandboxNamespaces, ProcessesOutsideAreInvisible) {
  Observation o = run_snippet(
      "import os\n"
      "print(sorted(int(p) for p in os.listdir('/proc') if p.isdigit()) == [1, os.getpid()])\n"
      "try:\n"
      "    os.kill(" +
      std::to_string(getpid()) +
      ", 0)\n"
      "except ProcessLookupError:\n"
      "    print('not found')\n");
  EXPECT_EQ(o.stdout_text, "True\nnot found\n") << o.stderr_text;
}

TEST(SandboxNamespaces, NoCapabilitiesSeccompAndNoNewPrivs) {
  Observation o = run_snippet(
      "fields = dict(l.split(':', 1) for l in open('/proc/self/status'))\n"
      "for k in ('CapInh', 'CapPrm', 'CapEff', 'CapBnd', 'CapAmb', 'NoNewPrivs', 'Seccomp'):\n"
      "    print(k, fields[k].strip())\n");
  EXPECT_EQ(o.stdout_text,
            "CapInh 0000000000000000\nCapPrm 0000000000000000\nCapEff 0000000000000000\n"
            "CapBnd 0000000000000000\nCapAmb 0000000000000000\nNoNewPrivs 1\nSeccomp 2\n")
      << o.stderr_text;
}

TEST(SandboxNamespaces, PrivateTmpHomesHiddenMinimalDev) {
  std::string host_file = "/tmp/notecheck-host-only-" + std::to_string(getpid());
  std::ofstream(host_file) << "host";
  Observation first = run_snippet(
      "open('/tmp/left-behind', 'w').write('x')\n"
      "open('/dev/shm/left-behind', 'w').write('x')\n");
  EXPECT_EQ(first.status, RunStatus::kOk) << first.stderr_text;
  Observation o = run_snippet(
      "import os\n"
      "print(os.path.exists('" +
      host_file +
      "'), os.path.exists('/tmp/left-behind'),\n"
      "      os.listdir('/dev/shm'), os.listdir('/root'), os.listdir('/home'))\n"
      "print(sorted(os.listdir('/dev')))\n"
      "open('/dev/null', 'w').write('x')\n");
  unlink(host_file.c_str());
  EXPECT_EQ(o.stdout_text,
            "False False [] [] []\n"
            "['fd', 'full', 'null', 'random', 'shm', 'stderr', 'stdin', 'stdout', 'urandom', "
            "'zero']\n")
      << o.stderr_text;
  struct stat st;
  EXPECT_NE(stat("/dev/shm/left-behind", &st), 0);
  EXPECT_NE(stat("/tmp/left-behind", &st), 0);
}

TEST(SandboxNamespaces, FallbackSaysWhatIsMissing) {
  ASSERT_EQ(run_snippet(fallback_runner(), "print(1)\n").stdout_text, "1\n");
  EXPECT_EQ(fallback_runner().sandbox_description().rfind("fallback: ", 0), 0u)
      << fallback_runner().sandbox_description();
  EXPECT_NE(fallback_runner().sandbox_description().find("namespaces disabled"), std::string::npos);
}

}  // namespace
}  // namespace notecheck
