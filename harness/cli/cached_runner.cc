#include "harness/cli/cached_runner.h"

#include <thread>

#include "harness/run/observation_json.h"

namespace notecheck {

bool cacheable(const Observation& observation) { return observation.status != RunStatus::kNotRun; }

CachedRunner::CachedRunner(Runner& inner, CacheStore& store, RunOptions limits,
                           CacheVersions versions)
    : inner_(inner), store_(store), limits_(limits), versions_(std::move(versions)) {}

namespace {

// Fills keys[i], out[i] and hit[i] for i = first, first + step, ... (one thread's share).
void look_up(const std::vector<RunRequest>& requests, const RunOptions& limits,
             const CacheVersions& versions, const CacheStore& store, size_t first, size_t step,
             std::vector<std::string>& keys, std::vector<Observation>& out,
             std::vector<char>& hit) {
  for (size_t i = first; i < requests.size(); i += step) {
    keys[i] = run_key(requests[i], limits, versions);
    std::optional<nlohmann::json> entry = store.get("runs", keys[i]);
    if (!entry) continue;
    try {
      out[i] = observation_from_json(entry->at("observation"));
      hit[i] = 1;
    } catch (const nlohmann::json::exception&) {
      // A malformed entry is a miss; the run below replaces it.
    }
  }
}

}  // namespace

std::vector<Observation> CachedRunner::run_all(const std::vector<RunRequest>& requests,
                                               const std::function<void(size_t)>& on_done) {
  if (on_added) on_added(requests.size());
  std::vector<Observation> out(requests.size());
  std::vector<std::string> keys(requests.size());
  std::vector<char> hit(requests.size(), 0);
  // Reading and parsing the entries is most of a re-check's own time (hundreds of files,
  // megabytes of JSON): a second thread takes every other one when there are many.
  constexpr size_t kThreadFrom = 32;
  const size_t step = requests.size() >= kThreadFrom ? 2 : 1;
  std::thread helper;
  if (step == 2) {
    helper = std::thread(look_up, std::cref(requests), std::cref(limits_), std::cref(versions_),
                         std::cref(store_), 1, step, std::ref(keys), std::ref(out), std::ref(hit));
  }
  look_up(requests, limits_, versions_, store_, 0, step, keys, out, hit);
  if (helper.joinable()) helper.join();
  std::vector<size_t> missing;
  std::vector<RunRequest> forwarded;
  for (size_t i = 0; i < requests.size(); ++i) {
    if (hit[i]) {
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
