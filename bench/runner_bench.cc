// Isolation overhead per snippet (issue 4, part 1). The same 500 trivial snippets run through
//   - notecheck's ProcessRunner (zygote workers, one forked sandboxed child per snippet),
//   - one `python3.11 -I -S -c CODE` process per snippet (the cheapest honest isolation
//     without a fork server), output captured through pipes as the runner does,
//   - exec() of each snippet in one python3.11 process (no isolation at all); the time is the
//     loop's own, measured inside Python, so interpreter start-up is not counted,
// each sequentially (1 worker) and with 2 workers. Every run checks every snippet's output, so
// a fast wrong answer cannot win. Time per iteration is wall time for all 500 snippets; the
// `snippets` counter lets the table divide.
//
// Workers and zygotes are started before the timed loop: start-up is measured on its own
// (BM_RunnerStart), since it is paid once per `notecheck` invocation, not per snippet.
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "harness/run/process_runner.h"
#include "harness/run/worker.h"

extern char** environ;

namespace {

constexpr int kSnippets = 500;
const char* const kPython = NOTECHECK_BASELINE_PYTHON;

// A trivial snippet: a statement, an expression, a print with its claim. Each one differs so
// nothing can be cached between them.
std::string snippet(int i) {
  return "x = " + std::to_string(i) + " * 2\nx + 1\nprint(x)  # " + std::to_string(2 * i) + "\n";
}
std::string want(int i) { return std::to_string(2 * i) + "\n"; }

std::vector<notecheck::RunRequest> requests() {
  std::vector<notecheck::RunRequest> out;
  for (int i = 0; i < kSnippets; ++i) out.push_back({snippet(i), "bench.md:" + std::to_string(i)});
  return out;
}

// One warm runner per job count, kept across repetitions (random interleaving re-enters the
// benchmark function for each repetition); zygotes are started by the warm-up call.
notecheck::ProcessRunner& warm_runner(int jobs) {
  static std::map<int, std::unique_ptr<notecheck::ProcessRunner>> runners;
  auto& runner = runners[jobs];
  if (!runner) {
    notecheck::RunOptions options;
    options.jobs = jobs;
    runner = std::make_unique<notecheck::ProcessRunner>(options);
    std::vector<notecheck::RunRequest> warm(2 * jobs, {"pass\n", "warm"});
    runner->run_all(warm);
  }
  return *runner;
}

void BM_NotecheckRunner(benchmark::State& state) {
  const int jobs = static_cast<int>(state.range(0));
  notecheck::ProcessRunner& runner = warm_runner(jobs);
  const std::vector<notecheck::RunRequest> batch = requests();
  int wrong = 0;
  for (auto _ : state) {
    std::vector<notecheck::Observation> got = runner.run_all(batch);
    for (int i = 0; i < kSnippets; ++i) {
      if (got[i].status != notecheck::RunStatus::kOk || got[i].stdout_text != want(i)) ++wrong;
    }
  }
  if (wrong > 0) state.SkipWithError("notecheck runner: wrong output");
  state.counters["snippets"] = kSnippets;
}

// Zygote start-up: a fresh runner, one snippet, and its shutdown.
void BM_RunnerStart(benchmark::State& state) {
  notecheck::RunOptions options;
  options.jobs = static_cast<int>(state.range(0));
  std::vector<notecheck::RunRequest> one(options.jobs, {"print(1)\n", "start"});
  for (auto _ : state) {
    notecheck::ProcessRunner runner(options);
    std::vector<notecheck::Observation> got = runner.run_all(one);
    if (got[0].stdout_text != "1\n") state.SkipWithError("runner start: wrong output");
  }
}

// A child process with its stdout and stderr on pipes.
struct Spawned {
  pid_t pid = -1;
  int out = -1;  // stdout and stderr share one pipe: only the order-free total is checked
  std::string text;
};

Spawned spawn(const std::vector<std::string>& args) {
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return {};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
  posix_spawn_file_actions_adddup2(&actions, fds[1], 2);
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  Spawned child;
  if (posix_spawn(&child.pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
    child.pid = -1;
  }
  posix_spawn_file_actions_destroy(&actions);
  close(fds[1]);
  child.out = fds[0];
  return child;
}

// Reads until EOF and reaps; the collected output is in child->text.
void finish(Spawned* child) {
  char buffer[4096];
  ssize_t n;
  while ((n = read(child->out, buffer, sizeof buffer)) > 0) child->text.append(buffer, n);
  close(child->out);
  int status = 0;
  waitpid(child->pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) child->text += "<failed>";
}

// Runs `make_args(i)` for i in [0, kSnippets) with up to `jobs` processes at once and counts
// outputs different from want(i).
template <typename MakeArgs>
int run_processes(int jobs, MakeArgs make_args) {
  std::vector<std::pair<int, Spawned>> running;
  int next = 0, wrong = 0;
  while (next < kSnippets || !running.empty()) {
    while (next < kSnippets && static_cast<int>(running.size()) < jobs) {
      running.emplace_back(next, spawn(make_args(next)));
      ++next;
    }
    // Wait for whichever finishes first (its pipe reaches EOF).
    std::vector<pollfd> polled;
    for (auto& r : running) polled.push_back({r.second.out, POLLIN, 0});
    poll(polled.data(), polled.size(), -1);
    for (size_t k = 0; k < polled.size(); ++k) {
      if (polled[k].revents == 0) continue;
      Spawned& child = running[k].second;
      char buffer[4096];
      ssize_t n = read(child.out, buffer, sizeof buffer);
      if (n > 0) {
        child.text.append(buffer, n);
        continue;
      }
      finish(&child);
      if (child.text != want(running[k].first)) ++wrong;
      running[k].first = -1;
    }
    running.erase(
        std::remove_if(running.begin(), running.end(), [](const auto& r) { return r.first < 0; }),
        running.end());
  }
  return wrong;
}

void BM_ProcessPerSnippet(benchmark::State& state) {
  const int jobs = static_cast<int>(state.range(0));
  int wrong = 0;
  for (auto _ : state) {
    wrong += run_processes(jobs, [](int i) {
      return std::vector<std::string>{kPython, "-I", "-S", "-c", snippet(i)};
    });
  }
  if (wrong > 0) state.SkipWithError("process per snippet: wrong output");
  state.counters["snippets"] = kSnippets;
}

// exec() of snippets [first, last) in one Python process, stdout captured per snippet as the
// runner does; prints the loop's own time in ns on stderr's place (fd 3 is not needed: the
// loop's output goes to a StringIO, so stdout carries only the result line).
const char* const kExecLoop = R"PY(
import io, sys, time
first, last = int(sys.argv[1]), int(sys.argv[2])
sources = ['x = %d * 2\nx + 1\nprint(x)  # %d\n' % (i, 2 * i) for i in range(first, last)]
real_stdout, wrong = sys.stdout, 0
start = time.perf_counter_ns()
for i, source in zip(range(first, last), sources):
    buffer = io.StringIO()
    sys.stdout = buffer
    try:
        exec(compile(source, 'bench.md:%d' % i, 'exec'), {'__name__': '__main__'})
    finally:
        sys.stdout = real_stdout
    wrong += buffer.getvalue() != '%d\n' % (2 * i)
elapsed = time.perf_counter_ns() - start
print(elapsed, wrong)
)PY";

void BM_InProcessExec(benchmark::State& state) {
  const int jobs = static_cast<int>(state.range(0));
  int wrong = 0;
  for (auto _ : state) {
    // The workers start together and split the snippets; the time is the slowest loop's.
    std::vector<Spawned> workers;
    for (int w = 0; w < jobs; ++w) {
      int first = kSnippets * w / jobs, last = kSnippets * (w + 1) / jobs;
      workers.push_back(spawn(
          {kPython, "-I", "-S", "-c", kExecLoop, std::to_string(first), std::to_string(last)}));
    }
    long long slowest = 0;
    for (Spawned& worker : workers) {
      finish(&worker);
      long long ns = 0;
      int bad = 1;
      if (sscanf(worker.text.c_str(), "%lld %d", &ns, &bad) != 2) bad = 1;
      wrong += bad;
      slowest = std::max(slowest, ns);
    }
    state.SetIterationTime(static_cast<double>(slowest) / 1e9);
  }
  if (wrong > 0) state.SkipWithError("in-process exec: wrong output");
  state.counters["snippets"] = kSnippets;
}

BENCHMARK(BM_NotecheckRunner)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);
BENCHMARK(BM_ProcessPerSnippet)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);
BENCHMARK(BM_InProcessExec)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseManualTime()
    ->Iterations(1);
BENCHMARK(BM_RunnerStart)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(3);

}  // namespace

// The binary is its own zygote, as notecheck is: ProcessRunner starts /proc/self/exe __worker.
int main(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "__worker") == 0) return notecheck::worker_main(argc, argv);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
