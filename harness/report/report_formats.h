// Every report format behind one call, for --format and --report.
#pragma once

#include <string>
#include <vector>

#include "harness/report/check_result.h"

namespace notecheck {

struct ReportOptions {
  bool verbose = false;     // also correct, unverifiable and skipped claims (text, markdown, html)
  bool quiet = false;       // text: only document errors and the summary line
  bool color = false;       // text: ANSI colours
  std::string working_dir;  // sarif: the absolute folder relative paths start from
};

// text json junit sarif github markdown html
const std::vector<std::string>& report_formats();

// The report as the bytes to write. `format` must be one of report_formats().
std::string render_report(const CheckResult& result, const std::string& format,
                          const ReportOptions& options);

}  // namespace notecheck
