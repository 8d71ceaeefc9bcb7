#include "harness/run/worker.h"

#include <Python.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include <nlohmann/json.hpp>

#include "harness/run/child_monitor.h"
#include "harness/run/framing.h"
#include "harness/run/observation_json.h"
#include "harness/run/snippet_child.h"
#include "harness/run/work_dir.h"

namespace notecheck {

namespace {

Observation not_run(std::string detail) {
  Observation observation;
  observation.status = RunStatus::kNotRun;
  observation.detail = std::move(detail);
  return observation;
}

bool open_pipe(int fds[2]) { return pipe2(fds, O_CLOEXEC) == 0; }

Observation run_one(const SnippetRequest& request, const std::string& base_dir, bool drop) {
  std::string error;
  std::string work_dir = make_work_dir(base_dir, "run-", drop ? kNobodyId : -1, &error);
  if (work_dir.empty()) return not_run(error);
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
  spec.drop_privileges = drop;

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
  remove_tree(work_dir);
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
  pid_t parent = 0;
  std::string base_dir = "/tmp";
  for (int i = 2; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--parent-pid") parent = static_cast<pid_t>(std::atol(argv[i + 1]));
    if (flag == "--dir") base_dir = argv[i + 1];
  }
  // Die with notecheck. Checked after setting, in case notecheck died first.
  prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
  if (parent != 0 && getppid() != parent) return 1;
  int in = -1, out = -1;
  if (!take_protocol_fds(&in, &out)) return 1;

  std::string error = load_runner();
  nlohmann::json hello = error.empty() ? nlohmann::json{{"ready", true}, {"pid", getpid()}}
                                       : nlohmann::json{{"error", error}};
  if (!write_frame(out, dump_json(hello)) || !error.empty()) return 1;

  bool drop = geteuid() == 0;
  while (std::optional<std::string> frame = read_frame(in)) {
    nlohmann::json message = nlohmann::json::parse(*frame, nullptr, /*allow_exceptions=*/false);
    Observation observation;
    SnippetRequest request;
    try {
      request = snippet_request_from_json(message);
      observation = run_one(request, base_dir, drop);
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
