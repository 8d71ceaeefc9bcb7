// A Runner decorator that answers each request from the result cache when it can and forwards
// only the misses to the real runner, storing what they produce. It keeps pipeline.cc unaware
// of the cache: the orchestrator asks for runs as always.
#pragma once

#include <functional>

#include "harness/cache/cache_keys.h"
#include "harness/cache/cache_store.h"
#include "harness/run/runner.h"

namespace notecheck {

class CachedRunner : public Runner {
 public:
  // `limits` are the real runner's: they are part of each key (see run_key).
  CachedRunner(Runner& inner, CacheStore& store, RunOptions limits, CacheVersions versions);

  std::vector<Observation> run_all(
      const std::vector<RunRequest>& requests,
      const std::function<void(size_t index)>& on_done = nullptr) override;

  int hits() const { return hits_; }
  int misses() const { return misses_; }

  // Called as runs are asked for (`added`) and as they finish, cached or not (`done`), for a
  // progress bar across the several batches one check makes.
  std::function<void(size_t added)> on_added;
  std::function<void()> on_finished;

 private:
  Runner& inner_;
  CacheStore& store_;
  RunOptions limits_;
  CacheVersions versions_;
  int hits_ = 0;
  int misses_ = 0;
};

// Whether an observation may be stored: not when the runner itself failed (kNotRun: no worker,
// sandbox set-up failed), which says nothing about the snippet and may not happen next time.
bool cacheable(const Observation& observation);

}  // namespace notecheck
