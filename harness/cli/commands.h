// The subcommands behind `notecheck check|extract|run`.
#pragma once

#include <string>
#include <vector>

#include "harness/cli/config.h"

namespace notecheck {

struct CommonOptions {
  int jobs = 2;
  double timeout = 10;
  std::string format = "text";       // one of report_formats()
  std::string output;                // file; empty = stdout
  std::vector<std::string> reports;  // --report FORMAT=FILE, written besides the main report
  bool verbose = false;
  bool quiet = false;
  bool color = false;
  bool progress = false;     // draw a progress bar on stderr (a terminal, not --quiet)
  bool continuation = true;  // --no-continuation turns it off

  // check only
  std::string shard;  // "K/N"
  bool changed = false;
  std::string since;  // --since REF: changed since REF (implies --changed)
  bool diff = false;
  bool fix = false;
  bool watch = false;
  bool cache = true;
  std::string cache_dir = ".notecheck-cache";
  Config config;
};

int check_command(const std::vector<std::string>& paths, const CommonOptions& options);
int extract_command(const std::vector<std::string>& paths, const std::string& out_dir,
                    const CommonOptions& options);
int run_command(const std::vector<std::string>& snippet_files, const CommonOptions& options);

// Writes the main report (options.format to options.output or stdout; left out when `main` is
// false) and every --report. Returns the exit status: the result's, or 2 when a report cannot
// be written.
struct CheckResult;
int emit_reports(CheckResult& result, const CommonOptions& options, bool main = true);

}  // namespace notecheck
