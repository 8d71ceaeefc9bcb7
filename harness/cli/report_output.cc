// emit_reports (commands.h): every report of one check, to stdout or files.
#include <filesystem>
#include <iostream>

#include <fmt/format.h>

#include "harness/cli/commands.h"
#include "harness/report/report_formats.h"
#include "harness/run/embedded_python.h"
#include "util/file.h"

namespace notecheck {

namespace {

bool write_report(CheckResult& result, const std::string& format, const std::string& path,
                  const CommonOptions& o) {
  ReportOptions r;
  r.verbose = o.verbose;
  r.quiet = o.quiet;
  r.color = o.color && path.empty();
  std::error_code ec;
  r.working_dir = std::filesystem::current_path(ec).string();
  std::string text = render_report(result, format, r);
  if (path.empty() || path == "-") {
    std::cout << text << std::flush;
    return true;
  }
  std::string error;
  if (write_file_atomic(path, text, &error)) return true;
  std::cerr << fmt::format("notecheck: {}: cannot write report: {}\n", path, error);
  return false;
}

}  // namespace

int emit_reports(CheckResult& result, const CommonOptions& o, bool main) {
  result.version = NOTECHECK_VERSION;
  result.python_version = embedded_python_version();
  bool ok = !main || write_report(result, o.format, o.output, o);
  for (const std::string& spec : o.reports) {
    size_t eq = spec.find('=');  // validated by the command line
    ok &= write_report(result, spec.substr(0, eq), spec.substr(eq + 1), o);
  }
  // Document errors stay visible on the terminal whatever the report's format or destination.
  if (!main || !o.output.empty() || o.format != "text")
    for (const Document& d : result.documents)
      if (!d.error.empty()) std::cerr << fmt::format("{}: error: {}\n", d.path, d.error);
  return ok ? result.exit_code() : 2;
}

}  // namespace notecheck
