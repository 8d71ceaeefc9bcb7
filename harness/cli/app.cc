#include "harness/cli/app.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "harness/cli/commands.h"
#include "harness/cli/config.h"
#include "harness/report/report_formats.h"

namespace notecheck {
namespace {

constexpr const char* kFooter = R"(Examples:
  notecheck check notes/                      check every note in a folder
  notecheck check notes/python.md:120         only the snippet at line 120
  notecheck check --changed                   notes git sees modified or untracked
  notecheck check notes/ --diff               print a patch that corrects wrong claims
  notecheck check notes/ --fix                apply it (atomically, idempotent)
  notecheck check notes/ --format html -o report.html
  notecheck check notes/ --shard 2/4 --format sarif -o notecheck.sarif

Results are cached in .notecheck-cache/: re-checking runs only what changed.
Defaults come from notecheck.toml (this folder or a parent). NO_COLOR turns colour off.
Exit status: 0 no wrong claim, 1 wrong claims, 2 usage or input error.)";

struct Given {
  CLI::Option* jobs = nullptr;
  CLI::Option* timeout = nullptr;
  CLI::Option* format = nullptr;
  CLI::Option* continuation = nullptr;
  CLI::Option* no_cache = nullptr;
  CLI::Option* cache_dir = nullptr;
};

void add_run_options(CLI::App* cmd, CommonOptions& o, Given& g) {
  const char* group = "Running";
  g.jobs = cmd->add_option("-j,--jobs", o.jobs, "Snippets run at once (one worker process each)")
               ->check(CLI::Range(1, 256).description(""))
               ->type_name("N")
               ->default_str("2")
               ->group(group);
  g.timeout = cmd->add_option("--timeout", o.timeout, "Wall-clock seconds allowed per snippet")
                  ->check(CLI::Range(0.1, 3600.0).description(""))
                  ->type_name("SECONDS")
                  ->default_str("10")
                  ->group(group);
  g.continuation = cmd->add_flag_callback(
                          "--no-continuation", [&o] { o.continuation = false; },
                          "Run each snippet alone, not after the earlier snippets whose names "
                          "it uses")
                       ->group(group);
}

void add_output_options(CLI::App* cmd, CommonOptions& o, Given& g, std::string& color) {
  const char* group = "Report";
  g.format = cmd->add_option("--format", o.format,
                             "text, json, junit, sarif (2.1.0), github (workflow annotations), "
                             "markdown or html")
                 ->check(CLI::IsMember(report_formats()).description(""))
                 ->type_name("FORMAT")
                 ->default_str("text")
                 ->group(group);
  cmd->add_option("-o,--output", o.output, "Write the report to FILE instead of stdout")
      ->type_name("FILE")
      ->group(group);
  cmd->add_option("--report", o.reports,
                  "Also write a report in FORMAT to FILE (repeatable), e.g. --report "
                  "sarif=notecheck.sarif")
      ->type_name("FORMAT=FILE")
      ->expected(1)  // one value per --report, so that the paths after it stay paths
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false)
      ->group(group);
  cmd->add_flag("-v,--verbose", o.verbose,
                "Also list correct, unverifiable and skipped claims; cache statistics on stderr")
      ->group(group);
  cmd->add_flag("-q,--quiet", o.quiet, "Only the summary line (text format); no progress bar")
      ->group(group);
  cmd->add_option("--color", color,
                  "Colour in the text report: auto (a terminal, unless NO_COLOR "
                  "is set), always or never")
      ->check(CLI::IsMember({"auto", "always", "never"}).description(""))
      ->type_name("WHEN")
      ->default_str("auto")
      ->group(group);
}

// "--report FORMAT=FILE" values; empty if all are well formed, else the error.
std::string check_reports(const std::vector<std::string>& reports) {
  for (const std::string& spec : reports) {
    size_t eq = spec.find('=');
    if (eq == std::string::npos || eq + 1 == spec.size())
      return "--report wants FORMAT=FILE, got \"" + spec + "\"";
    const auto& formats = report_formats();
    if (std::find(formats.begin(), formats.end(), spec.substr(0, eq)) == formats.end())
      return "--report: unknown format \"" + spec.substr(0, eq) + "\"";
  }
  return "";
}

// notecheck.toml's values for the options not given on the command line.
void apply_config(CommonOptions& o, const Given& g) {
  const Config& c = o.config;
  if (c.jobs && g.jobs && !g.jobs->count()) o.jobs = *c.jobs;
  if (c.timeout && g.timeout && !g.timeout->count()) o.timeout = *c.timeout;
  if (c.format && g.format && !g.format->count()) o.format = *c.format;
  if (c.continuation && g.continuation && !g.continuation->count())
    o.continuation = *c.continuation;
  if (c.cache && g.no_cache && !g.no_cache->count()) o.cache = *c.cache;
  if (g.cache_dir && !g.cache_dir->count() && !c.path.empty()) {
    namespace fs = std::filesystem;
    fs::path dir = fs::path(c.base_dir) / c.cache_dir.value_or(".notecheck-cache");
    o.cache_dir = fs::proximate(dir).string();
  }
}

}  // namespace

int cli_main(int argc, char** argv) {
  CLI::App app{
      "notecheck: proves or disproves the code examples in Python notes. It runs every snippet "
      "sandboxed and reports each claim in the text (`print(x)  # 3`, doctest output) that is "
      "wrong, pointing at the document line.",
      "notecheck"};
  app.require_subcommand(1);
  app.set_version_flag("--version", NOTECHECK_VERSION);
  app.footer(kFooter);
  app.get_formatter()->column_width(34);

  CommonOptions options;
  std::vector<std::string> paths;
  std::string out_dir, color = "auto", config_path;
  bool no_config = false;
  Given given;

  CLI::App* check = app.add_subcommand(
      "check", "Extract every snippet from the notes, run it sandboxed, judge each claim");
  check
      ->add_option("paths", paths,
                   "Files or folders of notes; FILE:LINE checks only the snippet at that line")
      ->type_name("PATH");
  const char* select = "Selecting";
  check
      ->add_flag("--changed", options.changed,
                 "Only the notes git reports modified, staged or untracked (under PATHs)")
      ->group(select);
  check
      ->add_option("--since", options.since,
                   "With --changed: the notes changed since commit REF (e.g. origin/main)")
      ->type_name("REF")
      ->group(select);
  check
      ->add_option("--shard", options.shard,
                   "Check only shard K of N (1-based), for CI matrices; every note is in "
                   "exactly one shard")
      ->type_name("K/N")
      ->group(select);
  add_run_options(check, options, given);
  given.no_cache = check
                       ->add_flag_callback(
                           "--no-cache", [&options] { options.cache = false; },
                           "Neither read nor write the result cache")
                       ->group("Running");
  given.cache_dir = check->add_option("--cache-dir", options.cache_dir, "Result cache folder")
                        ->type_name("DIR")
                        ->default_str(".notecheck-cache")
                        ->group("Running");
  add_output_options(check, options, given, color);
  const char* fixing = "Fixing";
  check
      ->add_flag("--diff", options.diff,
                 "Print a unified diff that replaces each wrong claimed value with the actual "
                 "one (the report then goes to -o FILE only)")
      ->group(fixing);
  check
      ->add_flag("--fix", options.fix,
                 "Apply that diff to the notes, atomically; mode-dependent and nondeterministic "
                 "claims are never changed")
      ->group(fixing);
  check->add_flag("--watch", options.watch, "Check again whenever a note or notecheck.toml changes")
      ->group("Other");
  check->add_option("--config", config_path, "Read FILE instead of the nearest notecheck.toml")
      ->type_name("FILE")
      ->check(CLI::Validator(CLI::ExistingFile).description(""))
      ->group("Other");
  check->add_flag("--no-config", no_config, "Ignore notecheck.toml")->group("Other");

  CLI::App* extract = app.add_subcommand(
      "extract", "Write each snippet and its parsed claims to DIR/snippets and DIR/expected");
  extract->add_option("paths", paths, "Files or folders of notes")->required()->type_name("PATH");
  extract->add_option("--out", out_dir, "Folder to write snippets/ and expected/ into")
      ->required()
      ->type_name("DIR");
  Given extract_given;  // what notecheck.toml may set: the cache and continuations, as for check
  extract_given.continuation = extract->add_flag_callback(
      "--no-continuation", [&options] { options.continuation = false; },
      "Do not record which earlier snippets each snippet continues");
  extract_given.no_cache = extract->add_flag_callback(
      "--no-cache", [&options] { options.cache = false; },
      "Neither read nor write the cache of extractions");
  extract_given.cache_dir =
      extract->add_option("--cache-dir", options.cache_dir, "Cache folder (shared with check)")
          ->type_name("DIR")
          ->default_str(".notecheck-cache");
  extract_given.jobs =
      extract
          ->add_option("-j,--jobs", options.jobs,
                       "Processes extracting at once, each with its own CPython compiler (2 at "
                       "most; 1 on a single core)")
          ->check(CLI::Range(1, 256).description(""))
          ->type_name("N")
          ->default_str("2");
  extract->add_flag("-q,--quiet", options.quiet, "Nothing on success");
  extract->add_flag("-v,--verbose", options.verbose, "Say what came from the cache");

  CLI::App* run = app.add_subcommand(
      "run", "Re-check extracted (possibly edited) snippet files against their expected claims");
  run->add_option("snippets", paths, "Snippet files written by `notecheck extract`")
      ->required()
      ->type_name("FILE");
  Given run_given;
  add_run_options(run, options, run_given);
  add_output_options(run, options, run_given, color);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // One line, as every error: what is wrong, then where to read more.
    std::string what = e.what();
    std::replace(what.begin(), what.end(), '\n', ' ');
    std::string command = argc > 1 ? argv[1] : "";
    if (!command.empty() && command[0] != '-' && command != "check" && command != "extract" &&
        command != "run")
      what = "unknown command \"" + command + "\"; the commands are check, extract and run";
    std::cerr << "notecheck: " << what << " (see notecheck --help)\n";
    return 2;
  }

  bool tty = isatty(STDOUT_FILENO);
  bool no_color = std::getenv("NO_COLOR") != nullptr && *std::getenv("NO_COLOR") != '\0';
  options.color = color == "always" || (color == "auto" && tty && !no_color);
  if (!options.output.empty()) options.color = false;
  options.progress = isatty(STDERR_FILENO) && !options.quiet;
  if (!options.since.empty()) options.changed = true;
  if (std::string error = check_reports(options.reports); !error.empty()) {
    std::cerr << "notecheck: " << error << "\n";
    return 2;
  }

  if ((check->parsed() && !no_config) || extract->parsed()) {
    std::string error;
    auto config = load_config(check->parsed() ? config_path : "", &error);
    if (!config) {
      std::cerr << "notecheck: " << error << "\n";
      return 2;
    }
    options.config = *config;
    apply_config(options, check->parsed() ? given : extract_given);
  }
  if (check->parsed()) {
    if (options.diff && options.fix) {
      std::cerr << "notecheck: use --diff or --fix, not both\n";
      return 2;
    }
    return check_command(paths, options);
  }
  if (extract->parsed()) return extract_command(paths, out_dir, options);
  return run_command(paths, options);
}

}  // namespace notecheck
