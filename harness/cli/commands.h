// The subcommands behind `notecheck check|extract|run`.
#pragma once

#include <string>
#include <vector>

namespace notecheck {

struct CommonOptions {
  int jobs = 2;
  double timeout = 10;
  std::string format = "text";  // text | json
  std::string output;           // file; empty = stdout
  bool verbose = false;
  bool quiet = false;
  bool color = false;
  bool continuation = true;  // --no-continuation turns it off
};

int check_command(const std::vector<std::string>& paths, const CommonOptions& options);
int extract_command(const std::vector<std::string>& paths, const std::string& out_dir,
                    const CommonOptions& options);
int run_command(const std::vector<std::string>& snippet_files, const CommonOptions& options);

}  // namespace notecheck
