// Extraction through the cache: a document whose text (and notecheck, Python and the
// continuation setting) is unchanged since the last run is not parsed again; its snippets,
// claims and continuations come from the cache.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/snippet.h"
#include "extract/syntax_checker.h"
#include "harness/cache/cache_keys.h"
#include "harness/cache/cache_store.h"
#include "util/forked_call.h"

namespace notecheck {

struct ExtractionStats {
  int hits = 0;
  int misses = 0;
  int forked = 0;            // of the misses, extracted by the second process
  std::string forked_error;  // why the second process failed (its share was extracted here)
};

struct ExtractionTask {
  const Document* document = nullptr;
  bool continuation = true;  // infer which earlier snippets each one continues
};

// Up to two processes for extracting: CPython's compiler, most of the time, holds the GIL,
// so on two threads it took turns and ran a quarter slower; a forked child with its own
// interpreter (its own checker) does use a second core.
struct ExtractionProcesses {
  int max = 1;  // 2: a forked child extracts a share of the documents not in the cache
  std::function<std::unique_ptr<SyntaxChecker>()> make_checker;  // the child's checker
  ForkHooks hooks;  // the interpreter's, when this process has one already (--watch)
};

// "extraction A reused, B done" and, when a second process took part, " (C by a second
// process)", or why it failed.
std::string extraction_counts(const ExtractionStats& stats);

// Processes worth using on this machine for `jobs` (--jobs): 2 when both allow it.
int extraction_processes(int jobs);

// Called with each task and its snippets in the tasks' order, as soon as that task and every
// one before it are extracted: a caller can write out a document's results while the second
// process still works.
using DocumentReady = std::function<void(size_t task, const std::vector<Snippet>& snippets)>;

// The snippets of each task's document, in the tasks' order; nothing for a document with an
// error. A disabled store caches nothing. With a second process, the documents to extract
// are shared by their estimated cost; the result is the same as extracting them here (the
// child's are passed back as the cache stores them), and if the child fails, this process
// extracts its share too.
std::vector<std::vector<Snippet>> extract_documents(const std::vector<ExtractionTask>& tasks,
                                                    SyntaxChecker& checker, CacheStore& store,
                                                    const CacheVersions& versions,
                                                    ExtractionStats* stats,
                                                    const ExtractionProcesses& processes = {},
                                                    const DocumentReady& ready = {});

}  // namespace notecheck
