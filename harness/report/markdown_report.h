// A Markdown report (--format markdown), for a pull-request comment or a CI job summary: a
// table of claims by verdict per document, then each claim worth reading with the document
// lines around it, claimed vs actual, and the snippet with the claim's statement marked.
#pragma once

#include <string>

#include "harness/report/check_result.h"

namespace notecheck {

std::string markdown_report(const CheckResult& result, bool verbose = false);

}  // namespace notecheck
