// A Runner for tests of the other stages: canned observations by exact snippet code, no Python.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "harness/run/runner.h"

namespace notecheck {

class FakeRunner : public Runner {
 public:
  FakeRunner();
  explicit FakeRunner(std::map<std::string, Observation> canned);

  // What `code` will produce. Code without a canned observation gets the default: status kOk,
  // nothing printed.
  void set(const std::string& code, Observation observation);
  // What `code` produces when run in `mode` ("repl", or "definitions" for a request whose
  // prelude runs definitions only); falls back to set().
  void set_in_mode(const std::string& code, const std::string& mode, Observation observation);
  void set_default(Observation observation) { default_ = std::move(observation); }

  std::vector<Observation> run_all(
      const std::vector<RunRequest>& requests,
      const std::function<void(size_t index)>& on_done = nullptr) override;

  // Every request seen, in order, for assertions on what a stage asked to run.
  const std::vector<RunRequest>& requests() const { return requests_; }

 private:
  std::map<std::string, Observation> canned_;
  std::map<std::pair<std::string, std::string>, Observation> by_mode_;
  Observation default_;
  std::vector<RunRequest> requests_;
};

}  // namespace notecheck
