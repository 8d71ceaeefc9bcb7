#include "harness/run/fake_runner.h"

namespace notecheck {

FakeRunner::FakeRunner() { default_.status = RunStatus::kOk; }

FakeRunner::FakeRunner(std::map<std::string, Observation> canned) : FakeRunner() {
  canned_ = std::move(canned);
}

void FakeRunner::set(const std::string& code, Observation observation) {
  canned_[code] = std::move(observation);
}

void FakeRunner::set_in_mode(const std::string& code, const std::string& mode,
                             Observation observation) {
  by_mode_[{code, mode}] = std::move(observation);
}

std::vector<Observation> FakeRunner::run_all(const std::vector<RunRequest>& requests,
                                             const std::function<void(size_t)>& on_done) {
  std::vector<Observation> results;
  results.reserve(requests.size());
  for (size_t i = 0; i < requests.size(); ++i) {
    const RunRequest& r = requests[i];
    requests_.push_back(r);
    std::string mode = r.prelude_definitions_only ? "definitions" : r.mode;
    auto special = by_mode_.find({r.code, mode});
    auto it = canned_.find(r.code);
    results.push_back(special != by_mode_.end() ? special->second
                      : it != canned_.end()     ? it->second
                                                : default_);
    if (on_done) on_done(i);
  }
  return results;
}

}  // namespace notecheck
