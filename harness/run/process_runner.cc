#include "harness/run/process_runner.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <deque>
#include <iostream>
#include <optional>
#include <sstream>

#include <nlohmann/json.hpp>

#include "harness/run/framing.h"
#include "harness/run/observation_json.h"
#include "harness/run/snippet_request.h"
#include "harness/run/zygote_process.h"

namespace notecheck {

namespace {

using Clock = std::chrono::steady_clock;

constexpr auto kHelloTimeout = std::chrono::seconds(60);   // interpreter start, loaded machine
constexpr auto kResponseGrace = std::chrono::seconds(30);  // beyond the snippet's own timeout
constexpr int kMaxFailedStarts = 3;

// Snippets that wait (sleep, join, time out) should not hold a CPU slot: when every running
// zygote is busy but some of their snippets have used under a quarter of a CPU over the last
// sampling window, extra zygotes start, up to kExtraZygotesPerJob per job, and at most `jobs`
// snippets that compute run at once.
constexpr int kExtraZygotesPerJob = 3;
constexpr auto kCpuWindow = std::chrono::milliseconds(100);
constexpr auto kFirstSample = std::chrono::milliseconds(50);  // shorter snippets: never sampled
constexpr auto kQuick = std::chrono::milliseconds(50);
constexpr double kWaitingCpuShare = 0.25;

// The text of a small /proc file, "" if it cannot be read. read(2), not a stream: a process
// that exits meanwhile fails the read (ESRCH), which libstdc++'s filebuf reports by throwing.
std::string read_proc(const std::string& path) {
  std::string text;
  int fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return text;
  char buffer[4096];
  for (ssize_t n; (n = read(fd, buffer, sizeof buffer)) > 0;) text.append(buffer, n);
  close(fd);
  return text;
}

// CPU time (clock ticks) used so far by `pid` and every process below it: utime + stime of
// each, plus cutime + cstime of each but the top (its own are of children it reaped before
// `pid`'s current snippet, for a zygote). -1 when /proc cannot tell.
long tree_cpu_ticks(pid_t pid, bool top = true, int depth = 0) {
  const std::string dir = "/proc/" + std::to_string(pid);
  std::string stat = read_proc(dir + "/stat");
  size_t end_of_name = stat.rfind(')');
  if (end_of_name == std::string::npos) return -1;
  std::istringstream fields(stat.substr(end_of_name + 1));
  std::string field;
  long ticks = 0;
  for (int i = 3; i <= 17 && fields >> field; ++i) {  // field numbers as in proc(5)
    if (i == 14 || i == 15 || (!top && (i == 16 || i == 17))) ticks += std::atol(field.c_str());
  }
  if (depth > 64) return ticks;
  std::string children = read_proc(dir + "/task/" + std::to_string(pid) + "/children");
  if (top && children.empty() && access((dir + "/task").c_str(), F_OK) == 0 &&
      access((dir + "/task/" + std::to_string(pid) + "/children").c_str(), F_OK) != 0) {
    return -1;  // no /proc/.../children (CONFIG_PROC_CHILDREN): the tree's CPU is unknown
  }
  std::istringstream list(children);
  for (pid_t child; list >> child;) {
    long below = tree_cpu_ticks(child, false, depth + 1);
    if (below > 0) ticks += below;
  }
  return ticks;
}

Observation make_observation(RunStatus status, std::string detail) {
  Observation observation;
  observation.status = status;
  observation.detail = std::move(detail);
  return observation;
}

}  // namespace

struct ProcessRunner::Slot {
  ZygoteProcess process;
  FrameBuffer inbox;
  bool ready = false;               // said hello
  std::optional<size_t> in_flight;  // request index it is running
  // The next request, already sent: the zygote reads it as soon as it has answered, without
  // waiting for notecheck's round trip. Only while the zygote's snippets are quick ones (the
  // last took under kQuick) and the current one is not known to be waiting: a request queued
  // behind a snippet that sleeps would wait with it.
  std::optional<size_t> queued;
  Clock::time_point started;  // of the in-flight request
  bool last_quick = false;
  Clock::time_point deadline;  // hello or response due by then
  std::string start_error;     // what it said instead of hello
  // CPU sampling of the in-flight snippet (see kCpuWindow): ticks of the zygote's tree at
  // the start of the current window, and whether the last full window found it waiting.
  Clock::time_point window_start;
  long window_ticks = -1;
  bool waiting = false;
};

// One run_all call: a single-threaded loop that starts zygotes, hands out requests, and reads
// answers and deaths (via pidfds) with poll.
class ProcessRunner::Batch {
 public:
  Batch(ProcessRunner& runner, const std::vector<RunRequest>& requests,
        const std::function<void(size_t)>& on_done)
      : runner_(runner), requests_(requests), on_done_(on_done), results_(requests.size()) {}

  std::vector<Observation> run() {
    for (auto& slot : runner_.slots_) {
      if (slot->in_flight) {  // left busy by an earlier run_all that threw: not ours to report
        reap_zygote(&slot->process);
        *slot = Slot();
      }
    }
    while (done_ < requests_.size()) {
      start_needed();
      dispatch();
      if (done_ < requests_.size()) wait_and_handle();
    }
    return std::move(results_);
  }

 private:
  void finish(size_t index, Observation observation) {
    results_[index] = std::move(observation);
    ++done_;
    if (on_done_) on_done_(index);
  }

  // Snippets in flight that are not known to be waiting: at most `jobs` of them at once.
  int computing() const {
    int n = 0;
    for (auto& slot : runner_.slots_) n += slot->in_flight && !slot->waiting;
    return n;
  }

  bool has_pending() const { return next_ < requests_.size() || !retry_.empty(); }

  // The next request to hand out: one a dead zygote had queued first, then the next new one.
  size_t take() {
    if (retry_.empty()) return next_++;
    size_t index = retry_.front();
    retry_.pop_front();
    return index;
  }

  void start_needed() {
    size_t pending = requests_.size() - next_ + retry_.size();
    size_t capacity = 0;
    for (auto& slot : runner_.slots_) {
      if (slot->process.running() && !slot->in_flight) ++capacity;
    }
    // CPU slots left free by snippets that wait: as many more zygotes (idle or starting ones
    // count), up to the cap.
    const size_t jobs = std::max(1, runner_.options_.jobs);
    size_t free_cpus = jobs - std::min(jobs, static_cast<size_t>(computing()));
    size_t unused = 0;  // zygotes idle, starting or not started
    for (auto& slot : runner_.slots_) unused += !slot->in_flight;
    while (unused < std::min(pending, free_cpus) &&
           runner_.slots_.size() < jobs * (1 + kExtraZygotesPerJob)) {
      runner_.slots_.push_back(std::make_unique<Slot>());
      ++unused;
    }
    for (auto& slot : runner_.slots_) {
      if (capacity >= pending) return;
      if (slot->process.running()) continue;
      if (runner_.failed_starts_ >= kMaxFailedStarts) {
        while (has_pending()) {
          finish(take(),
                 make_observation(RunStatus::kNotRun,
                                  "could not start the Python worker: " + runner_.start_error_));
        }
        return;
      }
      if (!runner_.start_slot(*slot)) continue;
      ++capacity;
    }
  }

  void dispatch() {
    const int jobs = std::max(1, runner_.options_.jobs);
    for (auto& slot : runner_.slots_) {
      if (!has_pending() || computing() >= jobs) break;
      if (!slot->process.running() || !slot->ready || slot->in_flight) continue;
      if (send(*slot)) start_running(*slot, take());
    }
    // Requests left over: one more behind each snippet that computes.
    for (auto& slot : runner_.slots_) {
      if (!has_pending()) return;
      if (!slot->process.running() || !slot->in_flight || slot->queued || slot->waiting ||
          !slot->last_quick)
        continue;
      if (send(*slot)) slot->queued = take();
    }
  }

  // Sends the request take() would return next to the zygote; false (the request still
  // pending) when the zygote is gone.
  bool send(Slot& slot) {
    size_t index = retry_.empty() ? next_ : retry_.front();
    const RunRequest& r = requests_[index];
    const RunOptions& options = runner_.options_;
    SnippetRequest request;
    request.id = index;
    request.code = r.code;
    if (!r.filename.empty()) request.filename = r.filename;
    request.mode = r.mode.empty() ? runner_.config_.mode : r.mode;
    request.prelude = r.prelude;
    request.prelude_definitions_only = r.prelude_definitions_only;
    request.expect_error_lines = r.expect_error_lines;
    request.state_lines = r.state_lines;
    for (const Probe& p : r.probes) request.probes.emplace_back(p.line, p.code);
    request.keep_going = r.keep_going;
    request.timeout_seconds = options.timeout_seconds;
    request.output_limit_bytes = options.output_limit_bytes;
    request.memory_limit_bytes = options.memory_limit_bytes;
    if (write_frame(slot.process.socket, dump_json(to_json(request)))) return true;
    reap(slot, "");  // died: restarted by start_needed
    return false;
  }

  // The zygote runs request `index` from now on: its deadline and CPU window start.
  void start_running(Slot& slot, size_t index) {
    slot.in_flight = index;
    slot.started = Clock::now();
    slot.waiting = false;
    slot.window_start = Clock::now();
    slot.window_ticks = -1;
    slot.deadline = Clock::now() +
                    std::chrono::duration_cast<Clock::duration>(
                        std::chrono::duration<double>(runner_.options_.timeout_seconds)) +
                    kResponseGrace;
  }

  void wait_and_handle() {
    std::vector<pollfd> polled;
    auto now = Clock::now();
    auto wake = now + std::chrono::milliseconds(50);  // retry starting zygotes if none runs
    bool any = false;
    for (auto& slot : runner_.slots_) {
      if (!slot->process.running()) continue;
      polled.push_back({slot->process.socket, POLLIN, 0});
      polled.push_back({slot->process.pidfd, POLLIN, 0});
      if (!awaited(*slot)) continue;
      wake = any ? std::min(wake, slot->deadline) : slot->deadline;
      any = true;
    }
    // While requests wait for a CPU slot, look at the running snippets' CPU use each window.
    if (has_pending() && computing() > 0) {
      wake = std::min(wake, now + kFirstSample);
      if (sample_cpu(now)) return;  // a slot was freed: start or dispatch now
    }
    auto wait_ms = std::chrono::duration_cast<std::chrono::milliseconds>(wake - now).count();
    if (poll(polled.data(), polled.size(), static_cast<int>(std::max<long>(0, wait_ms) + 1)) < 0 &&
        errno != EINTR) {
      return;
    }
    size_t k = 0;
    for (auto& slot : runner_.slots_) {
      if (!slot->process.running()) continue;
      bool readable = polled[k].revents != 0, exited = polled[k + 1].revents != 0;
      k += 2;
      if ((readable || exited) && !read_socket(*slot)) exited = true;  // its last answer first
      if (exited) {
        reap(*slot, "");
      } else if (awaited(*slot) && Clock::now() > slot->deadline) {
        reap(*slot, slot->ready ? "did not answer in time" : "did not start in time");
      }
    }
  }

  // Ends each in-flight snippet's CPU window that is over: marks it waiting when it used under
  // kWaitingCpuShare of a CPU. True when some snippet became waiting.
  bool sample_cpu(Clock::time_point now) {
    static const long ticks_per_second = sysconf(_SC_CLK_TCK);
    bool freed = false;
    for (auto& slot : runner_.slots_) {
      if (!slot->in_flight) continue;
      auto window = slot->window_ticks < 0 ? kFirstSample : kCpuWindow;
      if (now - slot->window_start < window) continue;
      long ticks = tree_cpu_ticks(slot->process.pid);
      if (slot->window_ticks >= 0 && ticks >= 0) {
        double seconds = std::chrono::duration<double>(now - slot->window_start).count();
        double used = static_cast<double>(ticks - slot->window_ticks) / ticks_per_second;
        bool waiting = used < kWaitingCpuShare * seconds;
        freed |= waiting && !slot->waiting;
        slot->waiting = waiting;
      }
      slot->window_start = now;
      slot->window_ticks = ticks;
    }
    return freed;
  }

  // A zygote we are waiting for (its hello or an answer), so its deadline applies.
  static bool awaited(const Slot& slot) {
    return slot.process.running() && (!slot.ready || slot.in_flight);
  }

  // Reads what the zygote sent and handles whole frames; false once it is gone.
  bool read_socket(Slot& slot) {
    char buffer[65536];
    for (;;) {
      ssize_t n = recv(slot.process.socket, buffer, sizeof buffer, 0);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) break;
      if (n <= 0) return false;
      slot.inbox.append(buffer, static_cast<size_t>(n));
    }
    while (std::optional<std::string> frame = slot.inbox.next()) {
      if (!on_frame(slot, *frame)) return false;
    }
    return !slot.inbox.error();
  }

  bool on_frame(Slot& slot, const std::string& payload) {
    nlohmann::json message = nlohmann::json::parse(payload, nullptr, /*allow_exceptions=*/false);
    if (!message.is_object()) return false;
    if (!slot.ready) {
      if (!message.value("ready", false)) {
        slot.start_error = message.value("error", "bad hello from the worker");
        return false;
      }
      slot.ready = true;
      runner_.failed_starts_ = 0;
      runner_.note_sandbox(message.value("sandbox", std::string()),
                           message.value("warning", std::string()));
      return true;
    }
    if (!slot.in_flight || message.value("id", ~uint64_t{0}) != *slot.in_flight) return false;
    size_t index = *slot.in_flight;
    slot.in_flight.reset();
    slot.waiting = false;
    slot.last_quick = Clock::now() - slot.started < kQuick;
    if (slot.queued) {  // the zygote has read it and runs it now
      start_running(slot, *slot.queued);
      slot.queued.reset();
    }
    try {
      finish(index, observation_from_json(message));
    } catch (const nlohmann::json::exception& e) {
      finish(index, make_observation(RunStatus::kNotRun,
                                     std::string("bad answer from the worker: ") + e.what()));
    }
    return true;
  }

  // Ends a zygote (dead or `hung`: then it is killed) and reports its in-flight snippet.
  void reap(Slot& slot, const std::string& hung) {
    std::string how = reap_zygote(&slot.process);
    if (slot.in_flight) {
      bool timeout = !hung.empty();
      finish(*slot.in_flight,
             make_observation(timeout ? RunStatus::kTimeout : RunStatus::kCrashed,
                              "the worker process " + (timeout ? hung : "died (" + how + ")") +
                                  " while running this snippet"));
    }
    if (slot.queued) retry_.push_back(*slot.queued);  // never started: another zygote runs it
    if (!slot.ready) {
      ++runner_.failed_starts_;
      runner_.start_error_ = !slot.start_error.empty() ? slot.start_error
                             : hung.empty()            ? "the worker " + how + " before starting"
                                                       : "the worker " + hung;
    }
    slot = Slot();
  }

  ProcessRunner& runner_;
  const std::vector<RunRequest>& requests_;
  const std::function<void(size_t)>& on_done_;
  std::vector<Observation> results_;
  size_t next_ = 0;           // first request not yet handed out
  std::deque<size_t> retry_;  // handed out to a zygote that died before starting them
  size_t done_ = 0;
};

ProcessRunner::ProcessRunner(RunOptions options, ProcessRunnerConfig config)
    : options_(options), config_(std::move(config)) {
  if (config_.worker_executable.empty()) config_.worker_executable = current_executable();
  for (int i = 0; i < std::max(1, options_.jobs); ++i) slots_.push_back(std::make_unique<Slot>());
}

ProcessRunner::~ProcessRunner() {
  // Killed, not asked to exit: a zygote keeps nothing to save, and one busy preloading would
  // keep notecheck waiting. All at once, so they die in parallel; in the namespace sandbox the
  // kill reaches the small process outside the PID namespace, whose parent-death signal takes
  // the zygote and its namespace down behind it.
  for (auto& slot : slots_) {
    if (slot->process.running()) kill(slot->process.pid, SIGKILL);
  }
  for (auto& slot : slots_) reap_zygote(&slot->process);
}

bool ProcessRunner::start_slot(Slot& slot) {
  std::string error;
  if (!start_zygote(config_.worker_executable, config_.namespaces, &slot.process, &error)) {
    ++failed_starts_;
    start_error_ = error;
    return false;
  }
  slot.deadline = Clock::now() + kHelloTimeout;  // its hello is read by the next run_all
  return true;
}

void ProcessRunner::start(int count) {
  for (auto& slot : slots_) {
    if (count-- <= 0) return;
    if (!slot->process.running()) start_slot(*slot);
  }
}

void ProcessRunner::note_sandbox(const std::string& description, const std::string& warning) {
  if (sandbox_weakened_ && warning.empty()) return;  // keep the weakest
  sandbox_description_ = description;
  if (warning.empty()) return;
  sandbox_weakened_ = true;
  // Once per process: every zygote of every runner would say the same.
  static std::atomic<bool> warned{false};
  if (!warned.exchange(true)) std::cerr << "notecheck: warning: " << warning << "\n";
}

std::vector<Observation> ProcessRunner::run_all(const std::vector<RunRequest>& requests,
                                                const std::function<void(size_t)>& on_done) {
  return Batch(*this, requests, on_done).run();
}

}  // namespace notecheck
