// `notecheck check`: which documents (paths, FILE:LINE, --changed, notecheck.toml, --shard),
// extraction and runs through the cache, the reports, and fix mode (--diff, --fix).
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <set>

#include <fmt/format.h>

#include "harness/cli/cached_extraction.h"
#include "harness/cli/cached_runner.h"
#include "harness/cli/claim_fix.h"
#include "harness/cli/commands.h"
#include "harness/cli/document_rewrite.h"
#include "harness/cli/inputs.h"
#include "harness/cli/pipeline.h"
#include "harness/cli/progress_bar.h"
#include "harness/cli/runner_thread.h"
#include "harness/cli/selection.h"
#include "harness/cli/watch.h"
#include "harness/report/text_report.h"
#include "harness/run/embedded_python.h"
#include "harness/run/python_syntax_checker.h"

namespace notecheck {

namespace fs = std::filesystem;

namespace {

struct CheckPlan {
  std::vector<std::string> documents;          // in the order they are reported
  std::map<std::string, std::set<int>> lines;  // FILE:LINE: only the snippets at those lines
};

struct UsageError {
  std::string message;
};

CheckPlan plan_documents(const std::vector<std::string>& args, const CommonOptions& o) {
  std::vector<std::string> wanted = args;
  if (wanted.empty())
    for (const std::string& p : o.config.paths)
      wanted.push_back(fs::proximate(fs::path(o.config.base_dir) / p).string());
  if (wanted.empty() && o.changed) wanted = {"."};
  if (wanted.empty())
    throw UsageError{
        "name the notes to check (files or folders), or set [check] paths in "
        "notecheck.toml"};
  CheckPlan plan;
  std::vector<std::string> roots;
  for (const std::string& arg : wanted) {
    std::string error;
    PathArgument pa = parse_path_argument(arg, &error);
    if (!error.empty()) throw UsageError{error};
    if (pa.line > 0) plan.lines[pa.path].insert(pa.line);
    roots.push_back(pa.path);
  }
  std::vector<std::string> candidates;
  if (o.changed) {
    std::string error;
    auto changed = git_changed_files(o.since, &error);
    if (!changed) throw UsageError{error};
    for (const std::string& c : *changed)
      for (const std::string& root : roots)
        if (path_within(c, root)) {
          candidates.push_back(c);
          break;
        }
  } else {
    candidates = collect_inputs(roots);
  }
  std::set<std::string> seen;
  for (const std::string& c : candidates) {
    // The config's skips hold for files named on the command line too (pre-commit names every
    // staged file); --no-config checks a skipped file.
    if (settings_for(o.config, c).excluded) continue;
    if (seen.insert(c).second) plan.documents.push_back(c);
  }
  if (!o.shard.empty()) {
    std::string error;
    auto shard = parse_shard(o.shard, &error);
    if (!shard) throw UsageError{error};
    plan.documents = shard_paths(plan.documents, *shard);
  }
  return plan;
}

// Snippets the check runs for one document: all, or those at the FILE:LINE lines.
std::vector<Snippet> select_snippets(const std::vector<Snippet>& all, const std::set<int>& lines,
                                     const std::string& path, std::vector<std::string>& errors) {
  std::vector<Snippet> out;
  for (int line : lines) {
    const Snippet* hit = nullptr;
    for (const Snippet& s : all) {
      bool inside = line >= s.start_line() && line <= s.end_line();
      for (const Claim& c : s.claims) inside |= c.doc_line == line;  // output after the code
      if (inside) {
        hit = &s;
        break;
      }
    }
    if (!hit) {
      errors.push_back(fmt::format("{}:{}: no snippet at this line", path, line));
      continue;
    }
    bool dup = false;
    for (const Snippet& s : out) dup |= s.index == hit->index;
    if (!dup) out.push_back(*hit);
  }
  return out;
}

struct CheckStats {
  ExtractionStats extraction;
  int run_hits = 0;
  int run_misses = 0;
  std::vector<std::string> errors;  // FILE:LINE without a snippet
};

CheckResult run_check(const CheckPlan& plan, const CommonOptions& o, CheckStats& stats) {
  std::vector<Document> docs;
  for (const std::string& path : plan.documents) docs.push_back(read_document(path));
  auto checker = make_python_syntax_checker();
  CacheStore store(o.cache ? o.cache_dir : "");
  CacheVersions versions{notecheck_build(NOTECHECK_VERSION), embedded_python_version()};

  // Documents with the same settings share one runner.
  struct Group {
    double timeout;
    bool continuation;
    std::vector<size_t> docs;
  };
  std::vector<Group> groups;
  for (size_t i = 0; i < docs.size(); ++i) {
    DocumentSettings s = settings_for(o.config, docs[i].path);
    double timeout = s.timeout.value_or(o.timeout);
    bool continuation = s.continuation.value_or(o.continuation);
    auto g = std::find_if(groups.begin(), groups.end(), [&](const Group& g) {
      return g.timeout == timeout && g.continuation == continuation;
    });
    if (g == groups.end()) g = groups.insert(groups.end(), Group{timeout, continuation, {}});
    g->docs.push_back(i);
  }

  // Each group's worker starts now, while the documents are extracted, when the check will run
  // snippets: some document is not in the cache (new or edited), or there is no cache.
  std::vector<std::unique_ptr<RunnerThread>> runners;
  for (const Group& g : groups) {
    bool will_run = !o.cache;
    for (size_t i : g.docs)
      will_run |= docs[i].error.empty() &&
                  !fs::exists(store.entry_path("extract",
                                               extraction_key(docs[i], g.continuation, versions)));
    RunOptions limits;
    limits.jobs = o.jobs;
    limits.timeout_seconds = g.timeout;
    runners.push_back(std::make_unique<RunnerThread>(limits, will_run));
  }

  std::vector<ExtractionTask> tasks(docs.size());
  for (const Group& g : groups)
    for (size_t i : g.docs) tasks[i] = {&docs[i], g.continuation};
  std::vector<std::vector<Snippet>> extracted = extract_documents(
      tasks, *checker, store, versions, &stats.extraction,
      {extraction_processes(o.jobs), make_python_syntax_checker, embedded_python_fork_hooks()});

  ProgressBar bar(o.progress);
  CheckResult merged;
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    const Group& g = groups[gi];
    std::vector<Document> group_docs;
    std::vector<Snippet> selected, context;
    for (size_t i : g.docs) {
      std::vector<Snippet>& all = extracted[i];
      auto lines = plan.lines.find(docs[i].path);
      if (lines == plan.lines.end()) {
        selected.insert(selected.end(), all.begin(), all.end());
      } else {
        std::vector<Snippet> some = select_snippets(all, lines->second, docs[i].path, stats.errors);
        selected.insert(selected.end(), some.begin(), some.end());
        context.insert(context.end(), all.begin(), all.end());
      }
      group_docs.push_back(docs[i]);
    }
    RunOptions limits;
    limits.jobs = o.jobs;
    limits.timeout_seconds = g.timeout;
    CachedRunner runner(*runners[gi], store, limits, versions);
    runner.on_added = [&](size_t n) { bar.add(n); };
    runner.on_finished = [&] { bar.advance(); };
    PipelineOptions pipeline;
    pipeline.continuation = g.continuation;
    CheckResult r =
        check_snippets(std::move(group_docs), std::move(selected), runner, pipeline, context);
    stats.run_hits += runner.hits();
    stats.run_misses += runner.misses();
    if (std::string s = runners[gi]->sandbox_description(); !s.empty()) merged.sandbox = s;
    for (Document& d : r.documents) merged.documents.push_back(std::move(d));
    for (SnippetResult& s : r.snippets) merged.snippets.push_back(std::move(s));
    for (Verdict& v : r.verdicts) merged.verdicts.push_back(std::move(v));
  }
  bar.finish();

  // Back to the order the documents were named in.
  std::map<std::string, size_t> order;
  for (size_t i = 0; i < plan.documents.size(); ++i) order.emplace(plan.documents[i], i);
  auto rank = [&](const std::string& path) { return order.count(path) ? order[path] : SIZE_MAX; };
  std::stable_sort(
      merged.documents.begin(), merged.documents.end(),
      [&](const Document& a, const Document& b) { return rank(a.path) < rank(b.path); });
  std::stable_sort(merged.snippets.begin(), merged.snippets.end(),
                   [&](const SnippetResult& a, const SnippetResult& b) {
                     return rank(a.snippet.document) < rank(b.snippet.document);
                   });
  std::stable_sort(
      merged.verdicts.begin(), merged.verdicts.end(),
      [&](const Verdict& a, const Verdict& b) { return rank(a.document) < rank(b.document); });
  return merged;
}

// --diff prints the fixes as a unified diff; --fix writes them. Returns the exit status.
int fix_mode(const CheckResult& result, const CommonOptions& o, int status) {
  FixPlan plan = plan_fixes(result);
  int fixed = 0, documents = 0;
  bool failed = false;
  for (const DocumentEdits& d : plan.documents) {
    const Document* doc = result.find_document(d.path);
    std::string error;
    std::optional<Rewrite> rw = rewrite_document(*doc, d.edits, &error);
    if (!rw) {
      std::cerr << fmt::format("{}: not fixed: {}\n", d.path, error);
      failed = true;
      continue;
    }
    if (rw->new_text == rw->old_text) continue;  // nothing to change: the file is not touched
    if (o.diff) std::cout << rw->diff << std::flush;
    if (o.fix) {
      if (!replace_file_atomic(d.path, rw->new_text, &error)) {
        std::cerr << fmt::format("{}: not fixed: {}\n", d.path, error);
        failed = true;
        continue;
      }
    }
    fixed += static_cast<int>(d.edits.size());
    ++documents;
  }
  for (const std::string& n : plan.not_fixed) std::cerr << n << " (left as is)\n";
  int wrong = result.count(VerdictKind::kWrong);
  if (!o.quiet || o.fix)
    std::cerr << fmt::format("notecheck: {} {} of {} wrong claims in {} documents\n",
                             o.fix ? "fixed" : "the diff fixes", fixed, wrong, documents);
  if (status == 2 || failed) return 2;
  // After --fix only the claims it could not fix are still wrong.
  if (o.fix) return fixed == wrong ? 0 : 1;
  return status;
}

int check_once(const std::vector<std::string>& paths, const CommonOptions& o,
               std::vector<std::string>* watched) {
  CheckPlan plan;
  try {
    plan = plan_documents(paths, o);
  } catch (const UsageError& e) {
    std::cerr << "notecheck: " << e.message << "\n";
    return 2;
  }
  if (watched) {
    *watched = plan.documents;
    if (!o.config.path.empty()) watched->push_back(o.config.path);
  }
  CheckStats stats;
  CheckResult result = run_check(plan, o, stats);
  for (const std::string& e : stats.errors) std::cerr << e << "\n";
  if (o.verbose)
    std::cerr << fmt::format("notecheck: cache {}: {}; runs {} reused, {} done\n",
                             o.cache ? o.cache_dir : "off", extraction_counts(stats.extraction),
                             stats.run_hits, stats.run_misses);
  // The diff owns stdout unless the report goes to a file.
  bool diff_only = o.diff && o.output.empty();
  int status = emit_reports(result, o, !diff_only);
  if (diff_only && !o.quiet) std::cerr << totals_line(result) << "\n";
  if (!stats.errors.empty()) status = 2;
  if (o.diff || o.fix) status = fix_mode(result, o, status);
  return status;
}

}  // namespace

int check_command(const std::vector<std::string>& paths, const CommonOptions& options) {
  if (!options.watch) return check_once(paths, options, nullptr);
  watch_loop([&] {
    std::vector<std::string> watched;
    check_once(paths, options, &watched);
    return watched;
  });
}

}  // namespace notecheck
