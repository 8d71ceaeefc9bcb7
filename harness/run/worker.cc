#include "harness/run/worker.h"

#include <Python.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "harness/run/child_monitor.h"
#include "harness/run/framing.h"
#include "harness/run/leftover_processes.h"
#include "harness/run/observation_json.h"
#include "harness/run/snippet_child.h"
#include "harness/run/work_dir.h"
#include "harness/run/zygote_sandbox.h"

namespace notecheck {

namespace {

Observation not_run(std::string detail) {
  Observation observation;
  observation.status = RunStatus::kNotRun;
  observation.detail = std::move(detail);
  return observation;
}

bool open_pipe(int fds[2]) { return pipe2(fds, O_CLOEXEC) == 0; }

// Every snippet of a zygote runs in a fresh, empty directory at this one path (the zygote runs
// one snippet at a time, and its work_parent is its own), so the environment that names it is
// set once in the zygote (load_runner).
std::string work_dir_of(const ZygoteSandbox& sandbox) { return sandbox.work_parent + "/run"; }

Observation run_one(const SnippetRequest& request, const ZygoteSandbox& sandbox) {
  mkdir(sandbox.work_parent.c_str(), 0700);  // a snippet of the fallback may have removed it
  std::string work_dir = work_dir_of(sandbox);
  if (mkdir(work_dir.c_str(), 0700) != 0) {
    // Left by a run whose clean-up failed, or a snippet put a link or a file there.
    if (unlink(work_dir.c_str()) != 0) remove_tree(work_dir);
    if (mkdir(work_dir.c_str(), 0700) != 0)
      return not_run("mkdir " + work_dir + ": " + strerror(errno));
  }
  int out[2], err[2], events[2];
  if (!open_pipe(out) || !open_pipe(err) || !open_pipe(events)) {
    remove_tree(work_dir);
    return not_run(std::string("pipe: ") + strerror(errno));
  }
  SandboxSpec spec;
  spec.work_dir = work_dir;
  spec.stdout_fd = out[1];
  spec.stderr_fd = err[1];
  spec.event_fd = events[1];
  spec.zygote_pid = getpid();
  spec.cpu_seconds = request.timeout_seconds + 1;
  spec.memory_bytes = request.memory_limit_bytes;
  spec.limit_processes = sandbox.limit_processes;
  spec.dumpable = sandbox.namespaces;

  PyOS_BeforeFork();
  pid_t pid = fork();
  if (pid == 0) run_snippet_child(request, spec);
  int fork_errno = errno;
  PyOS_AfterFork_Parent();
  for (int fd : {out[1], err[1], events[1]}) close(fd);
  Observation observation;
  if (pid < 0) {
    for (int fd : {out[0], err[0], events[0]}) close(fd);
    observation = not_run(std::string("fork: ") + strerror(fork_errno));
  } else {
    observation = monitor_child(pid, {out[0], err[0], events[0]},
                                {request.timeout_seconds, request.output_limit_bytes});
  }
  // What the snippet left: processes first (they could still write), then files.
  kill_leftover_processes(sandbox.namespaces);
  remove_tree(work_dir);
  if (sandbox.namespaces) {
    empty_directory("/tmp");
    empty_directory("/dev/shm");
  }
  if (observation.detail ==
          "exited with status " + std::to_string(kSandboxFailedExit) + " without reporting" &&
      observation.stderr_text.rfind("notecheck sandbox:", 0) == 0) {
    observation.status = RunStatus::kNotRun;  // our failure, not the snippet's
    observation.detail = observation.stderr_text;
  }
  return observation;
}

// Moves the protocol socket off fds 0 and 1, so that nothing Python or a child prints can
// corrupt it: stdin becomes /dev/null, stdout goes to stderr.
bool take_protocol_fds(int* in, int* out) {
  syscall(SYS_close_range, 3, ~0U, 0);  // fds notecheck leaked to us
  *in = fcntl(0, F_DUPFD_CLOEXEC, 10);
  *out = fcntl(1, F_DUPFD_CLOEXEC, 10);
  int null_fd = open("/dev/null", O_RDONLY | O_CLOEXEC);
  if (*in < 0 || *out < 0 || null_fd < 0) return false;
  return dup2(null_fd, 0) == 0 && dup2(2, 1) == 1 && close(null_fd) == 0;
}

}  // namespace

int worker_main(int argc, char** argv) {
  ZygoteSandboxOptions options;
  options.fallback_dir = "/tmp";
  for (int i = 2; i < argc; ++i) {
    std::string flag = argv[i];
    if (flag == "--no-namespaces") options.namespaces = false;
    if (i + 1 >= argc) continue;
    if (flag == "--parent-pid") options.notecheck_pid = static_cast<pid_t>(std::atol(argv[++i]));
    if (flag == "--dir") options.fallback_dir = argv[++i];
  }
  // Die with notecheck. Checked after setting, in case notecheck died first.
  prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
  if (options.notecheck_pid != 0 && getppid() != options.notecheck_pid) return 1;
  int in = -1, out = -1;
  if (!take_protocol_fds(&in, &out)) return 1;
  options.protocol_fds = {in, out};

  // Before CPython starts: unshare needs a single-threaded process, and everything the zygote
  // sets up here is inherited by each snippet at no cost.
  ZygoteSandbox sandbox = enter_zygote_sandbox(options);
  std::string error = sandbox.error.empty() ? load_runner(work_dir_of(sandbox)) : sandbox.error;
  nlohmann::json hello = error.empty() ? nlohmann::json{{"ready", true},
                                                        {"pid", getpid()},
                                                        {"sandbox", sandbox.description},
                                                        {"namespaces", sandbox.namespaces},
                                                        {"warning", sandbox.warning}}
                                       : nlohmann::json{{"error", error}};
  if (!write_frame(out, dump_json(hello)) || !error.empty()) return 1;

  // Between requests, while none is waiting, the zygote imports the modules snippets commonly
  // import, one at a time, from its first answer on: a command that runs one snippet gets its
  // answer without waiting for that, and its CLI has the CPU to itself meanwhile.
  for (bool served = false, preloading = true;; served = true) {
    pollfd request_ready{in, POLLIN, 0};
    while (served && preloading && poll(&request_ready, 1, 0) == 0) preloading = preload_step();
    std::optional<std::string> frame = read_frame(in);
    if (!frame) break;
    nlohmann::json message = nlohmann::json::parse(*frame, nullptr, /*allow_exceptions=*/false);
    Observation observation;
    SnippetRequest request;
    try {
      request = snippet_request_from_json(message);
      observation = run_one(request, sandbox);
    } catch (const nlohmann::json::exception& e) {
      observation = not_run(std::string("bad request: ") + e.what());
    }
    nlohmann::json response = to_json(observation);
    response["id"] = request.id;
    if (!write_frame(out, dump_json(response))) break;
  }
  return 0;
}

}  // namespace notecheck
