// The short orchestrator: documents -> extract -> run -> compare, gathered into a CheckResult.
// Runner and SyntaxChecker come in from outside so tests can pass fakes.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/syntax_checker.h"
#include "harness/report/check_result.h"
#include "harness/run/runner.h"

namespace notecheck {

// Extracts every document (documents with errors yield no snippets) and checks the snippets.
CheckResult check_documents(std::vector<Document> documents, SyntaxChecker& checker,
                            Runner& runner);

// Runs and judges snippets already extracted (the `run` command's edited snippets).
CheckResult check_snippets(std::vector<Document> documents, std::vector<Snippet> snippets,
                           Runner& runner);

}  // namespace notecheck
