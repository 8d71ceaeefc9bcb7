// Everything one `notecheck check` produced, gathered for the report writers.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/snippet.h"
#include "harness/compare/verdict.h"
#include "harness/run/observation.h"

namespace notecheck {

struct SnippetResult {
  Snippet snippet;
  RunStatus status = RunStatus::kNotRun;  // kNotRun when the snippet was not runnable
  std::string detail;                     // the run's detail, or why it was not run
};

struct CheckResult {
  std::string version;         // notecheck's
  std::string python_version;  // the embedded interpreter's, e.g. "3.11.2"
  // The protection snippets ran under in this invocation (namespaces, or the weaker fallback);
  // empty when every result came from the cache.
  std::string sandbox;
  std::vector<Document> documents;
  std::vector<SnippetResult> snippets;
  std::vector<Verdict> verdicts;

  std::map<VerdictKind, int> summary() const;
  int count(VerdictKind kind) const;
  bool has_input_errors() const;  // a document could not be read
  // Exit status for the CLI: 2 input error, 1 wrong claims, 0 otherwise.
  int exit_code() const;
  const Document* find_document(const std::string& path) const;
};

// All verdict kinds in report order.
const std::vector<VerdictKind>& all_verdict_kinds();

}  // namespace notecheck
