// A self-contained HTML report (--format html): one file, no scripts, no external resources
// (a Content-Security-Policy forbids any load), readable offline and safe to open whatever the
// notes contain. A summary per document (claims by verdict as a stacked bar), then each claim
// worth reading: claimed vs actual, why, the document lines around it and the snippet with the
// claim's statement highlighted.
#pragma once

#include <string>

#include "harness/report/check_result.h"

namespace notecheck {

std::string html_report(const CheckResult& result, bool verbose = false);

}  // namespace notecheck
