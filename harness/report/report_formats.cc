#include "harness/report/report_formats.h"

#include <fmt/format.h>

#include <stdexcept>

#include "harness/report/github_report.h"
#include "harness/report/html_report.h"
#include "harness/report/json_report.h"
#include "harness/report/junit_report.h"
#include "harness/report/markdown_report.h"
#include "harness/report/sarif_report.h"
#include "harness/report/text_report.h"

namespace notecheck {

const std::vector<std::string>& report_formats() {
  static const std::vector<std::string> formats = {"text",   "json",     "junit", "sarif",
                                                   "github", "markdown", "html"};
  return formats;
}

std::string render_report(const CheckResult& result, const std::string& format,
                          const ReportOptions& options) {
  using nlohmann::json;
  if (format == "json")
    return json_report(result).dump(2, ' ', false, json::error_handler_t::replace) + "\n";
  if (format == "junit") return junit_report(result);
  if (format == "sarif")
    return sarif_report(result, options.working_dir)
               .dump(2, ' ', false, json::error_handler_t::replace) +
           "\n";
  if (format == "github") return github_report(result);
  if (format == "markdown") return markdown_report(result, options.verbose);
  if (format == "html") return html_report(result, options.verbose);
  if (format != "text") throw std::invalid_argument("unknown report format " + format);
  if (!options.quiet) return text_report(result, {options.verbose, options.color});
  std::string text;
  for (const Document& d : result.documents)
    if (!d.error.empty()) text += fmt::format("{}: error: {}\n", error_location(d), d.error);
  return text + "notecheck: " + summary_line(result) + "\n";
}

}  // namespace notecheck
