// The short orchestrator: documents -> extract -> run -> compare, gathered into a CheckResult.
// Runner and SyntaxChecker come in from outside so tests can pass fakes.
#pragma once

#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/syntax_checker.h"
#include "harness/report/check_result.h"
#include "harness/run/runner.h"

namespace notecheck {

struct PipelineOptions {
  bool continuation = true;  // run a snippet after the earlier snippets whose names it uses
  bool repl_check = true;    // re-run suspect snippets as the REPL would, for mode-dependent
  bool rerun_check = true;   // re-run snippets whose output may vary, for nondeterministic
};

// Extracts every document (documents with errors yield no snippets) and checks the snippets.
CheckResult check_documents(std::vector<Document> documents, SyntaxChecker& checker, Runner& runner,
                            const PipelineOptions& options = {});

// Runs and judges snippets already extracted (the `run` command's edited snippets).
// `context` holds other snippets of the same documents that `snippets` may continue.
CheckResult check_snippets(std::vector<Document> documents, std::vector<Snippet> snippets,
                           Runner& runner, const PipelineOptions& options = {},
                           const std::vector<Snippet>& context = {});

}  // namespace notecheck
