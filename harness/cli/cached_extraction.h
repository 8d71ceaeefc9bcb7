// Extraction through the cache: a document whose text (and notecheck, Python and the
// continuation setting) is unchanged since the last run is not parsed again; its snippets,
// claims and continuations come from the cache.
#pragma once

#include <vector>

#include "extract/document.h"
#include "extract/snippet.h"
#include "extract/syntax_checker.h"
#include "harness/cache/cache_keys.h"
#include "harness/cache/cache_store.h"

namespace notecheck {

struct ExtractionStats {
  int hits = 0;
  int misses = 0;
};

struct ExtractionTask {
  const Document* document = nullptr;
  bool continuation = true;  // infer which earlier snippets each one continues
};

// The snippets of each task's document, in the tasks' order; nothing for a document with an
// error. A disabled store caches nothing. One document after another: on two threads the
// compiler (most of the time) takes turns under the GIL, and it ran a quarter slower.
std::vector<std::vector<Snippet>> extract_documents(const std::vector<ExtractionTask>& tasks,
                                                    SyntaxChecker& checker, CacheStore& store,
                                                    const CacheVersions& versions,
                                                    ExtractionStats* stats);

}  // namespace notecheck
