// What each cache entry's key covers. A key is a SHA-256 over every input that can change the
// entry, so an entry is never stale: it is either asked for by exactly its inputs or never again.
#pragma once

#include <string>

#include "extract/document.h"
#include "harness/run/runner.h"

namespace notecheck {

// Versions that invalidate everything: notecheck's own (extractor, runner and sandbox may
// change) and the embedded interpreter's (its compiler decides what is Python; its behaviour
// decides what a snippet prints).
struct CacheVersions {
  std::string notecheck;
  std::string python;
};

// notecheck's version plus the identity of the running binary (its size and modification time),
// so that a rebuilt notecheck, even one still called 0.1.0, never reuses what an older build
// extracted or ran.
std::string notecheck_build(const std::string& version);

// The same file however its path is spelled (`notes/a.md`, `./notes/a.md`, absolute): the
// absolute path without `.` and `..` or symbolic links.
std::string document_identity(const std::string& path);

// A document's extraction: which file it is (its name tells the format), its text, whether
// continuations are inferred. Snippets carry the path as spelled: a cached extraction found
// under another spelling is given this one.
std::string extraction_key(const Document& doc, bool continuation, const CacheVersions& v);

// One run: the code, the snippets it continues (prelude) and how they run, the mode, and the
// limits that can change an outcome (a timeout, the output cap). The claims written as comments
// are part of the code; the others (doctest output) are not part of the key because an
// observation does not depend on them: every claim is judged afresh from the cached observation,
// so editing a doctest's expected output re-judges it without running the example again.
std::string run_key(const RunRequest& request, const RunOptions& limits, const CacheVersions& v);

}  // namespace notecheck
