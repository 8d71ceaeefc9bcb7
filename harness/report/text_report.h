// The terminal report: one `file:line: ...` message per claim worth reading, with the document
// line and a caret under the claim, then a summary.
#pragma once

#include <string>

#include "harness/report/check_result.h"

namespace notecheck {

struct TextReportOptions {
  bool verbose = false;  // also list correct, unverifiable and skipped claims
  bool color = false;
};

std::string text_report(const CheckResult& result, const TextReportOptions& options = {});

// The protection snippets ran under, or that none ran (CheckResult::sandbox).
std::string sandbox_line(const CheckResult& result);

// "12 correct, 1 wrong, ..." (kinds with a zero count left out).
std::string summary_line(const CheckResult& result);

// "notecheck: 3 documents, 20 snippets (18 run), 31 claims: 22 correct, ..." (no newline).
std::string totals_line(const CheckResult& result);

}  // namespace notecheck
