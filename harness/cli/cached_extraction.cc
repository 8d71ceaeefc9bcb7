#include "harness/cli/cached_extraction.h"

#include <fmt/format.h>
#include <sched.h>

#include <algorithm>
#include <chrono>
#include <optional>

#include "extract/continuation.h"
#include "extract/extraction_cost.h"
#include "extract/extractor.h"
#include "harness/cache/snippet_json.h"
#include "harness/cli/remembering_checker.h"
#include "util/forked_call.h"

namespace notecheck {
namespace {

// Below this much estimated work (bytes of an ordinary note), a second process's start (an
// interpreter, ~10 ms of CPU) costs more than it saves.
constexpr size_t kMinForkedCost = size_t{64} * 1024;

std::optional<std::vector<Snippet>> snippets_from_json(const nlohmann::json& list,
                                                       const Document& doc) {
  try {
    std::vector<Snippet> snippets;
    for (const nlohmann::json& s : list) {
      snippets.push_back(snippet_from_json(s));
      snippets.back().document = doc.path;  // perhaps stored under another spelling
    }
    return snippets;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;  // malformed: extract again
  }
}

nlohmann::json snippets_to_json(const std::vector<Snippet>& snippets) {
  nlohmann::json list = nlohmann::json::array();
  for (const Snippet& s : snippets) list.push_back(to_json(s));
  return list;
}

std::optional<std::vector<Snippet>> from_cache(const Document& doc, const std::string& key,
                                               CacheStore& store) {
  std::optional<nlohmann::json> entry = store.get("extract", key);
  if (!entry || !entry->contains("snippets")) return std::nullopt;
  return snippets_from_json(entry->at("snippets"), doc);
}

std::vector<Snippet> extract_and_store(const Document& doc, const std::string& key,
                                       bool continuation, SyntaxChecker& checker, CacheStore& store,
                                       const CacheVersions& versions) {
  if (!store.enabled()) {
    std::vector<Snippet> snippets = extract_snippets(doc, checker);
    if (continuation) infer_continuations(snippets, checker);
    return snippets;
  }
  RememberingChecker remembering(checker, store, versions, doc.path);
  std::vector<Snippet> snippets = extract_snippets(doc, remembering);
  if (continuation) infer_continuations(snippets, remembering);
  remembering.save();
  store.put("extract", key, {{"document", doc.path}, {"snippets", snippets_to_json(snippets)}});
  return snippets;
}

// The tasks a second process takes, by estimated cost: the heaviest first, each to the lighter
// share (longest-processing-time first); the child takes the heavier share, since this process
// has the child's results to read after its own, and can hand its own on while it waits.
std::vector<size_t> child_share(const std::vector<ExtractionTask>& tasks,
                                const std::vector<size_t>& todo) {
  std::vector<std::pair<size_t, size_t>> by_cost;  // (cost, task)
  by_cost.reserve(todo.size());
  for (size_t i : todo) by_cost.emplace_back(estimated_extraction_cost(tasks[i].document->text), i);
  std::sort(by_cost.begin(), by_cost.end(), std::greater<>());
  size_t total = 0;
  for (const auto& [cost, i] : by_cost) total += cost;
  if (total < kMinForkedCost) return {};
  size_t a = 0, b = 0;
  std::vector<size_t> share_a, share_b;
  for (const auto& [cost, i] : by_cost) {
    if (a <= b) {
      a += cost;
      share_a.push_back(i);
    } else {
      b += cost;
      share_b.push_back(i);
    }
  }
  std::vector<size_t>& heavier = a >= b ? share_a : share_b;
  std::sort(heavier.begin(), heavier.end());
  return heavier;
}

}  // namespace

std::string extraction_counts(const ExtractionStats& stats) {
  std::string counts = fmt::format("extraction {} reused, {} done", stats.hits, stats.misses);
  if (stats.forked > 0) counts += fmt::format(" ({} by a second process)", stats.forked);
  if (!stats.forked_error.empty())
    counts += fmt::format(" (second process: {}; its share was done here)", stats.forked_error);
  return counts;
}

int extraction_processes(int jobs) {
  cpu_set_t set;
  int cores = sched_getaffinity(0, sizeof set, &set) == 0 ? CPU_COUNT(&set) : 1;
  return std::max(1, std::min({jobs, cores, 2}));
}

std::vector<std::vector<Snippet>> extract_documents(const std::vector<ExtractionTask>& tasks,
                                                    SyntaxChecker& checker, CacheStore& store,
                                                    const CacheVersions& versions,
                                                    ExtractionStats* stats,
                                                    const ExtractionProcesses& processes,
                                                    const DocumentReady& ready) {
  std::vector<std::vector<Snippet>> out(tasks.size());
  std::vector<std::string> keys(tasks.size());
  std::vector<bool> done(tasks.size(), true);
  std::vector<size_t> todo;
  for (size_t i = 0; i < tasks.size(); ++i) {
    const Document& doc = *tasks[i].document;
    if (!doc.error.empty()) continue;
    // (No key without a cache: hashing the text costs ~1 ms a large note.)
    keys[i] = store.enabled() ? extraction_key(doc, tasks[i].continuation, versions) : "";
    if (std::optional<std::vector<Snippet>> cached = from_cache(doc, keys[i], store)) {
      out[i] = std::move(*cached);
      if (stats) ++stats->hits;
      continue;
    }
    todo.push_back(i);
    done[i] = false;
    if (stats) ++stats->misses;
  }
  size_t handed = 0;  // tasks [0, handed) went to `ready`
  auto hand_on = [&] {
    for (; handed < tasks.size() && done[handed]; ++handed)
      if (ready) ready(handed, out[handed]);
  };
  auto extract_here = [&](size_t i, SyntaxChecker& c) {
    return extract_and_store(*tasks[i].document, keys[i], tasks[i].continuation, c, store,
                             versions);
  };

  std::vector<size_t> theirs;
  if (processes.max >= 2 && processes.make_checker && todo.size() >= 2)
    theirs = child_share(tasks, todo);
  std::optional<ForkedCall> child;
  const auto forked_at = std::chrono::steady_clock::now();
  if (!theirs.empty()) {
    child.emplace(
        [&] {
          std::unique_ptr<SyntaxChecker> own = processes.make_checker();
          nlohmann::json results = nlohmann::json::array();
          for (size_t i : theirs) results.push_back(snippets_to_json(extract_here(i, *own)));
          return results.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        },
        processes.hooks);
    if (!child->started()) theirs.clear();
  }
  hand_on();
  for (size_t i : todo) {
    if (std::binary_search(theirs.begin(), theirs.end(), i)) continue;
    out[i] = extract_here(i, checker);
    done[i] = true;
    hand_on();
  }
  if (!theirs.empty()) {
    // The child's share, as it extracted it; anything missing is extracted here after all.
    // A child stuck (a lock another thread held at the fork) is given up on after three times
    // this process's own share, which is about as large, and at least 10 s.
    auto own = std::chrono::steady_clock::now() - forked_at;
    auto patience = std::max<std::chrono::milliseconds>(
        std::chrono::seconds(10), std::chrono::duration_cast<std::chrono::milliseconds>(3 * own));
    std::string error;
    std::optional<std::string> text = child->wait(patience, &error);
    nlohmann::json results = nlohmann::json::parse(text.value_or(""), nullptr, false);
    for (size_t k = 0; k < theirs.size(); ++k) {
      size_t i = theirs[k];
      std::optional<std::vector<Snippet>> got;
      if (results.is_array() && k < results.size())
        got = snippets_from_json(results[k], *tasks[i].document);
      if (got && stats) ++stats->forked;
      if (!got && stats && stats->forked_error.empty())
        stats->forked_error = text ? "its result did not parse" : error;
      out[i] = got ? std::move(*got) : extract_here(i, checker);
      done[i] = true;
    }
  }
  hand_on();
  return out;
}

}  // namespace notecheck
