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

// Snippets of one document, continuations inferred when `continuation`; nothing for a document
// with an error.
std::vector<Snippet> extract_cached(const Document& doc, SyntaxChecker& checker, bool continuation,
                                    CacheStore& store, const CacheVersions& versions,
                                    ExtractionStats* stats);

}  // namespace notecheck
