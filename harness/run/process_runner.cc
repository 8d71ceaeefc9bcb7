#include "harness/run/process_runner.h"

#include <errno.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <iostream>
#include <optional>

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
  Clock::time_point deadline;       // hello or response due by then
  std::string start_error;          // what it said instead of hello
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

  void start_needed() {
    size_t pending = requests_.size() - next_;
    size_t capacity = 0;
    for (auto& slot : runner_.slots_) {
      if (slot->process.running() && !slot->in_flight) ++capacity;
    }
    for (auto& slot : runner_.slots_) {
      if (capacity >= pending) return;
      if (slot->process.running()) continue;
      if (runner_.failed_starts_ >= kMaxFailedStarts) {
        while (next_ < requests_.size()) {
          finish(next_++,
                 make_observation(RunStatus::kNotRun,
                                  "could not start the Python worker: " + runner_.start_error_));
        }
        return;
      }
      std::string error;
      if (!start_zygote(runner_.config_.worker_executable, runner_.config_.namespaces,
                        &slot->process, &error)) {
        ++runner_.failed_starts_;
        runner_.start_error_ = error;
        continue;
      }
      slot->deadline = Clock::now() + kHelloTimeout;
      ++capacity;
    }
  }

  void dispatch() {
    for (auto& slot : runner_.slots_) {
      if (next_ >= requests_.size()) return;
      if (!slot->process.running() || !slot->ready || slot->in_flight) continue;
      const RunOptions& options = runner_.options_;
      SnippetRequest request;
      request.id = next_;
      request.code = requests_[next_].code;
      if (!requests_[next_].filename.empty()) request.filename = requests_[next_].filename;
      request.mode = requests_[next_].mode.empty() ? runner_.config_.mode : requests_[next_].mode;
      request.prelude = requests_[next_].prelude;
      request.prelude_definitions_only = requests_[next_].prelude_definitions_only;
      request.expect_error_lines = requests_[next_].expect_error_lines;
      request.state_lines = requests_[next_].state_lines;
      for (const Probe& p : requests_[next_].probes) request.probes.emplace_back(p.line, p.code);
      request.keep_going = requests_[next_].keep_going;
      request.timeout_seconds = options.timeout_seconds;
      request.output_limit_bytes = options.output_limit_bytes;
      request.memory_limit_bytes = options.memory_limit_bytes;
      if (!write_frame(slot->process.socket, dump_json(to_json(request)))) {
        reap(*slot, "");  // died while idle: restarted by start_needed, request still pending
        continue;
      }
      slot->in_flight = next_++;
      slot->deadline = Clock::now() +
                       std::chrono::duration_cast<Clock::duration>(
                           std::chrono::duration<double>(options.timeout_seconds)) +
                       kResponseGrace;
    }
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
    } else if (!slot.ready) {
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
  size_t next_ = 0;  // first request not yet handed out
  size_t done_ = 0;
};

ProcessRunner::ProcessRunner(RunOptions options, ProcessRunnerConfig config)
    : options_(options), config_(std::move(config)) {
  if (config_.worker_executable.empty()) config_.worker_executable = current_executable();
  for (int i = 0; i < std::max(1, options_.jobs); ++i) slots_.push_back(std::make_unique<Slot>());
}

ProcessRunner::~ProcessRunner() {
  for (auto& slot : slots_) {
    if (slot->process.running() && slot->process.socket >= 0) {
      shutdown(slot->process.socket, SHUT_WR);  // all at once, so they exit in parallel
    }
  }
  for (auto& slot : slots_) stop_zygote(&slot->process, 2.0);
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
