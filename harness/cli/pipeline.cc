#include "harness/cli/pipeline.h"

#include <fmt/format.h>

#include <functional>
#include <map>

#include "extract/claim_exception.h"
#include "extract/continuation.h"
#include "extract/directives.h"
#include "extract/extractor.h"
#include "harness/compare/checker.h"
#include "harness/compare/variation.h"
#include "util/text.h"

namespace notecheck {
namespace {

using SnippetKey = std::pair<std::string, int>;  // document, Snippet::index

RunRequest request_for(const Snippet& s, const std::map<SnippetKey, const Snippet*>& by_key,
                       const std::string& mode) {
  RunRequest r;
  r.code = s.code;
  r.filename = fmt::format("{}:{}", s.document, s.start_line());
  r.mode = mode;
  // Claims after a statement that failed can still be settled; not where the snippet says it
  // ends with an exception on purpose.
  r.keep_going = !expects_error(s.code);
  for (int index : s.continues) {
    auto it = by_key.find({s.document, index});
    if (it != by_key.end()) r.prelude.push_back(it->second->code);
  }
  // Claims of an exception let the run go on after it (as doctest does); comments on
  // assignments and method calls are about the state the statement leaves.
  // A failing assert is a wrong claim, and the run goes on after it too.
  for (const Claim& c : s.claims) {
    if (!c.probe.empty()) {
      r.probes.push_back({c.code_line, c.probe});
    } else if (c.kind == ClaimKind::kAssert || !expected_exception(c).empty()) {
      r.expect_error_lines.push_back(c.code_line);
    } else if (c.kind == ClaimKind::kTrailingComment) {
      r.state_lines.push_back(c.code_line);
    }
  }
  return r;
}

std::string continuation_note(const Snippet& s,
                              const std::map<SnippetKey, const Snippet*>& by_key) {
  std::vector<std::string> lines;
  for (int index : s.continues) {
    auto it = by_key.find({s.document, index});
    if (it != by_key.end()) lines.push_back(std::to_string(it->second->start_line()));
  }
  if (lines.empty()) return "";
  return fmt::format("ran after the snippet{} at line{} {} (continuation)",
                     lines.size() > 1 ? "s" : "", lines.size() > 1 ? "s" : "", join(lines, ", "));
}

bool has_wrong(const std::vector<Verdict>& verdicts) {
  for (const Verdict& v : verdicts)
    if (v.verdict == VerdictKind::kWrong) return true;
  return false;
}

using Reconcile = std::function<void(size_t, Verdict&, const Verdict&)>;

// The snippets `select` picks, to run once more with requests built by `adjust` from their first
// request; `reconcile` revises each claim's first verdict from its verdict in that run.
struct SecondRun {
  std::vector<size_t> picked;
  std::vector<RunRequest> requests;
  Reconcile reconcile;
};

template <class Select, class Adjust>
SecondRun plan_second_run(const std::vector<SnippetResult>& results,
                          const std::vector<std::vector<Verdict>>& verdicts,
                          const std::map<SnippetKey, const Snippet*>& by_key, Select select,
                          Adjust adjust, Reconcile reconcile) {
  SecondRun plan;
  plan.reconcile = std::move(reconcile);
  for (size_t i = 0; i < results.size(); ++i) {
    const Snippet& s = results[i].snippet;
    if (!s.runnable || results[i].status == RunStatus::kNotRun || s.claims.empty()) continue;
    if (!select(s, verdicts[i])) continue;
    plan.picked.push_back(i);
    RunRequest r = request_for(s, by_key, "");
    adjust(i, r);
    plan.requests.push_back(std::move(r));
  }
  return plan;
}

// Runs the plans' requests in one batch (their waits overlap; a re-check pays one round trip,
// not one per plan), then reconciles in plan order.
void run_second_runs(const std::vector<SnippetResult>& results,
                     std::vector<std::vector<Verdict>>& verdicts, Runner& runner,
                     const std::vector<SecondRun>& plans) {
  std::vector<RunRequest> requests;
  for (const SecondRun& p : plans)
    requests.insert(requests.end(), p.requests.begin(), p.requests.end());
  if (requests.empty()) return;
  std::vector<Observation> again = runner.run_all(requests);
  size_t k = 0;
  for (const SecondRun& p : plans) {
    for (size_t i : p.picked) {
      std::vector<Verdict> second = judge_all(results[i].snippet, again[k++]);
      for (size_t c = 0; c < verdicts[i].size() && c < second.size(); ++c)
        p.reconcile(i, verdicts[i][c], second[c]);
    }
  }
}

// A reader of a later example carries the earlier definitions forward, not always the earlier
// example's side effects (a fix shown after a bug demo starts from the same `balance = 100`).
// A claim wrong after the full earlier snippets but right after their definitions alone is
// correct, with that said.
// Sets `decided[i]` for the snippets whose verdicts now rest on the definitions-only run.
void check_definitions_only(std::vector<SnippetResult>& results,
                            std::vector<std::vector<Verdict>>& verdicts,
                            const std::map<SnippetKey, const Snippet*>& by_key, Runner& runner,
                            std::vector<bool>& decided) {
  SecondRun plan = plan_second_run(
      results, verdicts, by_key,
      [](const Snippet& s, const std::vector<Verdict>& v) {
        return !s.continues.empty() && has_wrong(v);
      },
      [](size_t, RunRequest& r) { r.prelude_definitions_only = true; },
      [&](size_t i, Verdict& v, const Verdict& alone) {
        if (v.verdict != VerdictKind::kWrong || alone.verdict != VerdictKind::kCorrect) return;
        decided[i] = true;
        v.verdict = VerdictKind::kCorrect;
        v.reason = fmt::format(
            "holds after the earlier snippets' definitions alone; after all of their "
            "statements it got {}",
            v.actual);
        v.actual = alone.actual;
      });
  run_second_runs(results, verdicts, runner, {plan});
}

// Re-runs the snippets that a REPL might judge differently and turns claims whose outcome
// differs into mode-dependent verdicts, saying in which mode the claim holds.
SecondRun plan_modes(const std::vector<SnippetResult>& results,
                     const std::vector<std::vector<Verdict>>& verdicts,
                     const std::map<SnippetKey, const Snippet*>& by_key,
                     const std::vector<bool>& decided) {
  return plan_second_run(
      results, verdicts, by_key,
      [](const Snippet& s, const std::vector<Verdict>& v) {
        // Identity tests give different answers in a script and in the REPL (constants are
        // shared within one compiled unit only): such snippets always run both ways.
        return has_wrong(v) || tests_identity(s.code);
      },
      [&](size_t i, RunRequest& r) {
        r.mode = "repl";
        r.prelude_definitions_only = decided[i];
      },
      [](size_t, Verdict& v, const Verdict& r) {
        if (v.verdict == VerdictKind::kWrong && r.verdict == VerdictKind::kCorrect) {
          v.verdict = VerdictKind::kModeDependent;
          v.reason = fmt::format("holds in the interactive REPL, not in a script (a script got {})",
                                 v.actual);
        } else if (v.verdict == VerdictKind::kCorrect && r.verdict == VerdictKind::kWrong) {
          v.verdict = VerdictKind::kModeDependent;
          v.reason = fmt::format("holds in a script, not in the interactive REPL (the REPL got {})",
                                 r.actual);
        } else {
          return;
        }
        v.actual = fmt::format("{} (script), {} (REPL)", v.actual, r.actual);
      });
}

// Code whose output may change from run to run: randomness, clocks, addresses and ids, hashes,
// threads and tasks (scheduling), process ids.
bool may_vary(const Snippet& s) { return variation_sources(s.code).any(); }

// Runs snippets whose output may vary once more; a claim whose verdict changes between the two
// runs is nondeterministic, never wrong.
SecondRun plan_nondeterminism(const std::vector<SnippetResult>& results,
                              const std::vector<std::vector<Verdict>>& verdicts,
                              const std::map<SnippetKey, const Snippet*>& by_key,
                              const std::vector<bool>& decided) {
  return plan_second_run(
      results, verdicts, by_key,
      [](const Snippet& s, const std::vector<Verdict>&) { return may_vary(s); },
      // The same request as the run that gave the verdicts, so only chance differs.
      [&](size_t i, RunRequest& r) {
        r.prelude_definitions_only = decided[i];
        r.attempt = 1;
      },
      [&](size_t i, Verdict& v, const Verdict& again) {
        Variation variation = variation_sources(results[i].snippet.code);
        // `PID=12345`: a sample of output that differs in every run. The two runs must differ:
        // that this code could vary is no excuse for a claim that is wrong every time.
        if (v.verdict == VerdictKind::kWrong && again.verdict == VerdictKind::kWrong &&
            v.actual != again.actual &&
            (matches_apart_from_variation(v.expected, v.actual, again.actual) ||
             matches_apart_from(variation, v.expected, v.actual))) {
          v.verdict = VerdictKind::kNondeterministic;
          v.reason = fmt::format(
              "the claim matches apart from what may change from run to run ({})",
              variation.order && variation.numbers ? "numbers such as ids and times, line order"
              : variation.order                    ? "the order of lines"
                                                   : "numbers such as ids and times");
          v.actual = fmt::format("{}\n(then)\n{}", v.actual, again.actual);
          return;
        }
        bool first_ok = v.verdict == VerdictKind::kCorrect;
        bool again_ok = again.verdict == VerdictKind::kCorrect;
        bool judged = v.verdict == VerdictKind::kWrong || first_ok;
        if (!judged || first_ok == again_ok) return;
        if (again.verdict != VerdictKind::kWrong && !again_ok) return;
        v.verdict = VerdictKind::kNondeterministic;
        v.reason = fmt::format("the outcome changed between two runs: got {}, then {}", v.actual,
                               again.actual);
        v.actual = fmt::format("{}; then {}", v.actual, again.actual);
      });
}

}  // namespace

CheckResult check_snippets(std::vector<Document> documents, std::vector<Snippet> snippets,
                           Runner& runner, const PipelineOptions& options,
                           const std::vector<Snippet>& context) {
  CheckResult result;
  result.documents = std::move(documents);
  if (!options.continuation)
    for (Snippet& s : snippets) s.continues.clear();

  std::map<SnippetKey, const Snippet*> by_key;
  for (const Snippet& s : context) by_key[{s.document, s.index}] = &s;
  for (const Snippet& s : snippets) by_key[{s.document, s.index}] = &s;

  std::vector<RunRequest> requests;
  std::vector<size_t> request_of(snippets.size(), SIZE_MAX);
  for (size_t i = 0; i < snippets.size(); ++i) {
    if (!snippets[i].runnable) continue;
    request_of[i] = requests.size();
    requests.push_back(request_for(snippets[i], by_key, ""));
  }
  std::vector<Observation> observations = runner.run_all(requests);

  std::vector<SnippetResult> results(snippets.size());
  std::vector<std::vector<Verdict>> verdicts(snippets.size());
  for (size_t i = 0; i < snippets.size(); ++i) {
    results[i].snippet = snippets[i];
    if (request_of[i] == SIZE_MAX) {
      results[i].detail = snippets[i].reason;
      verdicts[i] = judge_all(snippets[i], Observation{});
      continue;
    }
    const Observation& obs = observations[request_of[i]];
    results[i].status = obs.status;
    results[i].detail = obs.detail;
    verdicts[i] = judge_all(snippets[i], obs);
  }
  std::vector<bool> decided(results.size(), false);  // verdicts from a definitions-only run
  if (options.continuation) check_definitions_only(results, verdicts, by_key, runner, decided);
  // Both plans are made from the same verdicts and neither request depends on the other's
  // outcome: one batch, reconciled in order (modes first), as if run one after the other.
  std::vector<SecondRun> plans;
  if (options.repl_check) plans.push_back(plan_modes(results, verdicts, by_key, decided));
  if (options.rerun_check) plans.push_back(plan_nondeterminism(results, verdicts, by_key, decided));
  run_second_runs(results, verdicts, runner, plans);

  for (size_t i = 0; i < results.size(); ++i) {
    std::string note = continuation_note(results[i].snippet, by_key);
    for (Verdict& v : verdicts[i]) {
      if (!note.empty()) v.reason += (v.reason.empty() ? "" : "; ") + note;
      result.verdicts.push_back(std::move(v));
    }
    if (!note.empty()) results[i].detail += (results[i].detail.empty() ? "" : "; ") + note;
  }
  result.snippets = std::move(results);
  return result;
}

CheckResult check_documents(std::vector<Document> documents, SyntaxChecker& checker, Runner& runner,
                            const PipelineOptions& options) {
  std::vector<Snippet> snippets;
  for (const Document& doc : documents) {
    if (!doc.error.empty()) continue;
    std::vector<Snippet> found = extract_snippets(doc, checker);
    if (options.continuation) infer_continuations(found, checker);
    snippets.insert(snippets.end(), std::make_move_iterator(found.begin()),
                    std::make_move_iterator(found.end()));
  }
  return check_snippets(std::move(documents), std::move(snippets), runner, options);
}

}  // namespace notecheck
