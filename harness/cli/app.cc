#include "harness/cli/app.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <iostream>

#include "harness/cli/commands.h"

namespace notecheck {
namespace {

void add_run_options(CLI::App* cmd, CommonOptions& o) {
  cmd->add_option("-j,--jobs", o.jobs, "Snippets run at once (one worker process each)")
      ->check(CLI::Range(1, 256));
  cmd->add_option("--timeout", o.timeout, "Wall-clock seconds allowed per snippet")
      ->check(CLI::Range(0.1, 3600.0));
  cmd->add_flag("!--no-continuation", o.continuation,
                "Run each snippet alone, not after the earlier snippets whose names it uses");
}

void add_output_options(CLI::App* cmd, CommonOptions& o) {
  cmd->add_option("--format", o.format, "Report format")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("-o,--output", o.output, "Write the report to FILE instead of stdout");
  cmd->add_flag("-v,--verbose", o.verbose, "Also list correct, unverifiable and skipped claims");
  cmd->add_flag("-q,--quiet", o.quiet, "Print only the summary line (text format)");
}

}  // namespace

int cli_main(int argc, char** argv) {
  CLI::App app{
      "notecheck: proves or disproves the code examples in Python notes.\n"
      "Exit status: 0 no wrong claim, 1 wrong claims, 2 usage or input error.",
      "notecheck"};
  app.require_subcommand(1);
  app.set_version_flag("--version", NOTECHECK_VERSION);

  CommonOptions options;
  options.color = isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
  std::vector<std::string> paths;
  std::string out_dir;

  CLI::App* check = app.add_subcommand(
      "check", "Extract every snippet from the notes, run it sandboxed, judge each claim");
  check->add_option("paths", paths, "Files or folders of notes")->required();
  add_run_options(check, options);
  add_output_options(check, options);

  CLI::App* extract = app.add_subcommand(
      "extract", "Write each snippet and its parsed claims to DIR/snippets and DIR/expected");
  extract->add_option("paths", paths, "Files or folders of notes")->required();
  extract->add_option("--out", out_dir, "Folder to write snippets/ and expected/ into")
      ->required();
  extract->add_flag("!--no-continuation", options.continuation,
                    "Do not record which earlier snippets each snippet continues");

  CLI::App* run = app.add_subcommand(
      "run", "Re-check extracted (possibly edited) snippet files against their expected claims");
  run->add_option("snippets", paths, "Snippet files written by `notecheck extract`")->required();
  add_run_options(run, options);
  add_output_options(run, options);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "notecheck: " << e.what() << "\n"
              << "Run 'notecheck --help' for usage.\n";
    return 2;
  }

  if (!options.output.empty()) options.color = false;
  if (check->parsed()) return check_command(paths, options);
  if (extract->parsed()) return extract_command(paths, out_dir, options);
  return run_command(paths, options);
}

}  // namespace notecheck
