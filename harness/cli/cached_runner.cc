#include "harness/cli/cached_runner.h"

#include "harness/run/observation_json.h"

namespace notecheck {

bool cacheable(const Observation& observation) { return observation.status != RunStatus::kNotRun; }

CachedRunner::CachedRunner(Runner& inner, CacheStore& store, RunOptions limits,
                           CacheVersions versions)
    : inner_(inner), store_(store), limits_(limits), versions_(std::move(versions)) {}

std::vector<Observation> CachedRunner::run_all(const std::vector<RunRequest>& requests,
                                               const std::function<void(size_t)>& on_done) {
  if (on_added) on_added(requests.size());
  std::vector<Observation> out(requests.size());
  std::vector<std::string> keys(requests.size());
  std::vector<size_t> missing;
  std::vector<RunRequest> forwarded;
  for (size_t i = 0; i < requests.size(); ++i) {
    keys[i] = run_key(requests[i], limits_, versions_);
    std::optional<nlohmann::json> entry = store_.get("runs", keys[i]);
    bool hit = false;
    if (entry) {
      try {
        out[i] = observation_from_json(entry->at("observation"));
        hit = true;
      } catch (const nlohmann::json::exception&) {
        // A malformed entry is a miss; the run below replaces it.
      }
    }
    if (hit) {
      ++hits_;
      if (on_done) on_done(i);
      if (on_finished) on_finished();
      continue;
    }
    ++misses_;
    missing.push_back(i);
    forwarded.push_back(requests[i]);
  }
  if (forwarded.empty()) return out;
  std::vector<Observation> got = inner_.run_all(forwarded, [&](size_t k) {
    if (on_done) on_done(missing[k]);
    if (on_finished) on_finished();
  });
  for (size_t k = 0; k < missing.size() && k < got.size(); ++k) {
    size_t i = missing[k];
    out[i] = std::move(got[k]);
    if (cacheable(out[i])) store_.put("runs", keys[i], {{"observation", to_json(out[i])}});
  }
  return out;
}

}  // namespace notecheck
