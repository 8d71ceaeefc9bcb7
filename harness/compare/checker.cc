#include "harness/compare/checker.h"

#include <algorithm>
#include <string>

#include "extract/directives.h"
#include "harness/compare/approximate.h"
#include "harness/compare/binding_claim.h"
#include "harness/compare/block_claims.h"
#include "harness/compare/claim_text.h"
#include "harness/compare/exception_claim.h"
#include "harness/compare/known_names.h"
#include "harness/compare/line_reach.h"
#include "harness/compare/output_checker.h"
#include "harness/compare/state_claim.h"
#include "harness/compare/value_match.h"
#include "util/text.h"

namespace notecheck {
namespace {

Verdict base_verdict(const Snippet& snippet, const Claim& claim) {
  Verdict v;
  v.document = snippet.document;
  v.line = claim.doc_line;
  v.snippet_start = snippet.start_line();
  v.code = claim.statement;
  v.claim = claim.text;
  v.kind = claim.kind;
  return v;
}

// The claim's lines, trimmed; a following comment's later lines may still carry their `#`.
std::vector<std::string> claim_lines(const Claim& claim) {
  std::vector<std::string> lines;
  for (const std::string& line : split_lines(claim.text)) {
    std::string_view text = trim(line);
    if (claim.kind != ClaimKind::kDoctestOutput && !text.empty() && text.front() == '#') {
      text = trim(text.substr(1));
    }
    lines.emplace_back(text);
  }
  if (lines.empty()) lines.emplace_back();
  return lines;
}

// Whether any line of the claim states a value, so that a failure to show it is wrong.
bool states_value(const Claim& claim, const std::vector<std::string>& lines,
                  const KnownNames& known) {
  if (claim.kind == ClaimKind::kDoctestOutput) return !trim(claim.text).empty();
  for (const std::string& line : lines) {
    if (read_claim_text(line, known).value) return true;
  }
  return false;
}

// `~120 bytes`: a deterministic quantity within the tolerance; timings depend on the machine.
Comparison check_approximate(const std::string& want, const Got& got) {
  std::optional<Quantity> q = approximate_quantity(want);
  if (!q) return {Outcome::kUnknown, "approximate claim"};
  if (q->time) return {Outcome::kUnknown, "a timing: it depends on the machine"};
  std::optional<Quantity> g = got.empty() ? std::nullopt : first_quantity(got.text);
  if (!g || g->time) return {Outcome::kUnknown, "approximate claim; the line shows no quantity"};
  int percent = static_cast<int>(kApproximateTolerance * 100);
  std::string shown = describe(got);
  if (roughly_equal(q->value, g->value))
    return {Outcome::kMatch, shown + ", within " + std::to_string(percent) + "% of the claim"};
  return {Outcome::kMismatch, shown + ", not within " + std::to_string(percent) + "% of the claim"};
}

void set(Verdict& v, VerdictKind kind, std::string reason) {
  v.verdict = kind;
  v.reason = std::move(reason);
}

void judge_raised_here(const RaisedException& e, const std::string& exception, bool value,
                       bool runs, const std::string& skip, Verdict& v) {
  v.actual = raised_text(e, true);
  if (!exception.empty()) {
    if (exception_satisfies(exception, e.type)) {
      set(v, VerdictKind::kCorrect, "raised " + raised_text(e));
    } else {
      set(v, VerdictKind::kWrong, "raised " + raised_text(e) + ", not " + exception);
    }
  } else if (!skip.empty()) {
    set(v, VerdictKind::kSkipped, skip);
  } else if (value || runs) {
    set(v, VerdictKind::kWrong, "raised " + raised_text(e) + " instead");
  } else {
    set(v, VerdictKind::kUnverifiable, "comment is not a value; the line raised " + e.type);
  }
}

void judge_completed(const Snippet& snippet, const Claim& claim, const Observation& obs,
                     const std::vector<std::string>& lines, const std::string& exception,
                     const KnownNames& known, Verdict& v) {
  auto it = obs.lines.find(claim.code_line);
  if (it == obs.lines.end() && claim.kind == ClaimKind::kDoctestOutput) {
    // A doctest claim sits on the example's last line; the run may record a multi-line
    // example on its first. Look back, but not into the previous example.
    int floor = 0;
    for (const Claim& other : snippet.claims) {
      if (other.code_line < claim.code_line) floor = std::max(floor, other.code_line);
    }
    for (int line = claim.code_line - 1; line > floor && it == obs.lines.end(); --line) {
      it = obs.lines.find(line);
    }
  }
  if (it == obs.lines.end() && inside_block_body(snippet.code, claim.code_line)) {
    // A body line that left no trace may be in a function nothing called: nothing to judge.
    set(v, VerdictKind::kUnverifiable,
        "the line left no trace: it is inside a block or function that may never have run");
    return;
  }
  Got got = it == obs.lines.end() ? Got{} : got_for_line(it->second);
  v.actual = got.text;
  if (claim.kind != ClaimKind::kDoctestOutput && exception.empty()) {
    // `slow_function()  # slow_function took 0.5001s`: a match would be luck, and one run
    // in ten would say correct, the others not.
    std::optional<Quantity> q = first_quantity(lines.front());
    if (q && q->time) {
      set(v, VerdictKind::kUnverifiable, "a timing: it depends on the machine");
      return;
    }
  }
  ClaimText first = read_claim_text(lines.front(), known);
  Comparison c;
  if (claim.kind == ClaimKind::kDoctestOutput) {
    c = check_doctest_output(claim.text, got);
  } else if (first.approximate && lines.size() == 1) {
    c = check_approximate(lines.front(), got);
  } else if (it != obs.lines.end() && it->second.state && lines.size() == 1 &&
             claim.kind == ClaimKind::kTrailingComment) {
    StateComparison s = check_with_state(lines.front(), first, got, *it->second.state);
    c = s.comparison;
    got = s.got;
    v.actual = got.text;
  } else if (got.empty()) {
    bool value = states_value(claim, lines, known) || !exception.empty();
    c = {Outcome::kUnknown,
         value ? "the line printed nothing and has no value to compare" : "comment is not a value"};
  } else if (lines.size() > 1) {
    c = check_claim_lines(lines, known, got);
  } else {
    c = check_line_claim(lines.front(), first, got);
  }
  if (!exception.empty() && c.outcome != Outcome::kMatch) {
    if (inside_try_block(snippet.code, claim.code_line)) {
      set(v, VerdictKind::kUnverifiable,
          "the line is inside a try block; an exception may have been caught");
    } else {
      set(v, VerdictKind::kWrong, "ran without raising " + exception + "; " + describe(got));
    }
    return;
  }
  if (c.outcome == Outcome::kUnknown && says_it_runs(lines.front())) {
    c = {Outcome::kMatch, "ran without an exception"};
  }
  switch (c.outcome) {
    case Outcome::kMatch:
      set(v, VerdictKind::kCorrect, c.reason);
      break;
    case Outcome::kMismatch:
      set(v, VerdictKind::kWrong, c.reason);
      break;
    case Outcome::kUnknown:
      set(v, VerdictKind::kUnverifiable, c.reason);
      break;
  }
}

// A statement above the claim's raised, and the run went on (RunRequest::keep_going): what the
// claim's line showed may follow from that failure. A match stands; anything else is not settled.
void qualify_after_failure(const Snippet& snippet, const Claim& claim, const Observation& obs,
                           Verdict& v) {
  if (v.verdict == VerdictKind::kCorrect || v.verdict == VerdictKind::kSkipped ||
      v.verdict == VerdictKind::kUnverifiable)
    return;  // a match, or not a value whatever ran before
  // An output block's own range counts: the failed statement's output is part of the claim.
  int last = claim.kind == ClaimKind::kOutputBlock
                 ? claim.code_line
                 : top_level_start(snippet.code, claim.code_line) - 1;
  const RaisedException* earlier = nullptr;
  for (const RaisedException& e : obs.passed_exceptions) {
    if (e.line > 0 && e.line <= last) {
      earlier = &e;  // the first: later failures may be its consequences
      break;
    }
  }
  if (!earlier) return;
  std::string where = "line " + std::to_string(snippet.doc_line(earlier->line));
  if (std::string need = environment_need(*earlier); !need.empty()) {
    set(v, VerdictKind::kSkipped, need + " (" + where + ")");
    return;
  }
  set(v, VerdictKind::kError,
      "not settled: " + where + " raised " + raised_text(*earlier) +
          " first (the run went on after it)" +
          (v.actual.empty() ? "" : "; this line got " + one_line(v.actual)));
}

Verdict judge_claim(const Snippet& snippet, const Claim& claim, const Observation& obs) {
  Verdict v = base_verdict(snippet, claim);
  if (!snippet.runnable) {
    set(v, VerdictKind::kSkipped, snippet.reason.empty() ? "snippet not run" : snippet.reason);
    return v;
  }
  if (obs.status == RunStatus::kNotRun) {
    set(v, VerdictKind::kSkipped, obs.detail.empty() ? "not run" : "not run: " + obs.detail);
    return v;
  }
  if (claim.kind == ClaimKind::kOutputBlock) {
    judge_output_block(snippet, claim, obs, v);
    return v;
  }
  if (claim.kind == ClaimKind::kAssert) {
    judge_assert(snippet, claim, obs, v);
    return v;
  }
  KnownNames known(snippet.code);
  std::vector<std::string> lines = claim_lines(claim);
  bool bindings = false;
  if (claim.on_assignment && lines.size() == 1) {
    // `first, *rest = [1, 2, 3]  # first=1, rest=[2, 3]`: the tuple the run records.
    if (std::optional<std::string> value = bindings_as_value(claim.statement, lines.front())) {
      lines.front() = *value;
      bindings = true;
    }
  }
  std::string exception = expected_exception(claim);
  if (!exception.empty()) {
    v.expected = exception;
  } else if (claim.kind == ClaimKind::kDoctestOutput || lines.size() > 1) {
    v.expected =
        claim.kind == ClaimKind::kDoctestOutput ? std::string(trim(claim.text)) : join(lines, "\n");
  } else {
    v.expected = read_claim_text(lines.front(), known).value_text;
  }
  if (claim.on_assignment && exception.empty() && !states_value(claim, lines, known)) {
    // `chunk = view[0:5]  # No copy!`: prose on an assignment, whatever the run did.
    set(v, VerdictKind::kUnverifiable, "comment is not a value");
    return v;
  }
  LineReach reach = line_reach(obs, claim.code_line, snippet.code);
  auto here = obs.lines.find(claim.code_line);
  bool went_on = here != obs.lines.end() && here->second.raised;  // not the final exception
  bool final_exception = obs.status == RunStatus::kRaised && obs.exception && !went_on &&
                         reach.reach != Reach::kCompleted;
  if (final_exception && exception.empty() && expects_error(snippet.code)) {
    // `# notecheck: expect-error`: the snippet ends with an exception on purpose.
    if (reach.exception) v.actual = raised_text(*reach.exception, true);
    set(v, VerdictKind::kSkipped,
        (reach.reach == Reach::kNotReached ? "not reached: " : "raised: ") +
            raised_text(*obs.exception) + ", as the snippet's expect-error directive says");
    return v;
  }
  switch (reach.reach) {
    case Reach::kNotReached:
      set(v, reach.skip.empty() ? VerdictKind::kError : VerdictKind::kSkipped, reach.why);
      break;
    case Reach::kRaisedHere:
      if (claim.on_assignment && exception.empty()) {
        // The claim is about the value bound, and none was: nothing to compare.
        v.actual = raised_text(*reach.exception, true);
        set(v, reach.skip.empty() ? VerdictKind::kError : VerdictKind::kSkipped,
            reach.skip.empty()
                ? "raised " + raised_text(*reach.exception) + " before binding a value"
                : reach.skip);
        break;
      }
      judge_raised_here(*reach.exception, exception, states_value(claim, lines, known),
                        says_it_runs(lines.front()), reach.skip, v);
      break;
    case Reach::kCompleted:
      judge_completed(snippet, claim, obs, lines, exception, known, v);
      if (auto it = obs.lines.find(claim.code_line);
          bindings && it != obs.lines.end() && it->second.state) {
        // Both sides as the author wrote the claim: `q=3, r=1` against `q=3, r=2`.
        v.expected = std::string(trim(claim.text));
        v.actual = value_as_bindings(claim.statement, *it->second.state).value_or(v.actual);
      }
      break;
  }
  return v;
}

// A comment that states no value, no exception and not that the line runs (`# sentinel`). Not
// on a print: its words may be the output (`print("never")  # never`).
bool states_nothing(const Snippet& snippet, const Claim& claim) {
  if (claim.kind != ClaimKind::kTrailingComment && claim.kind != ClaimKind::kFollowingComment)
    return false;
  if (starts_with(claim.statement, "print(")) return false;
  std::vector<std::string> lines = claim_lines(claim);
  return expected_exception(claim).empty() && !says_it_runs(lines.front()) &&
         !states_value(claim, lines, KnownNames(snippet.code));
}

}  // namespace

Verdict judge(const Snippet& snippet, const Claim& claim, const Observation& obs) {
  NumberPrecision precision(claim.number);
  Verdict v = judge_claim(snippet, claim, obs);
  if (!obs.passed_exceptions.empty() && snippet.runnable)
    qualify_after_failure(snippet, claim, obs, v);
  // Not reached, or not settled after a failure: still nothing a run could contradict. (A
  // missing module stays a skip: installing it is what the reader can do.)
  if (v.verdict == VerdictKind::kError && states_nothing(snippet, claim))
    set(v, VerdictKind::kUnverifiable, "comment is not a value; " + v.reason);
  return v;
}

std::vector<Verdict> judge_all(const Snippet& snippet, const Observation& obs) {
  // A snippet without claims gets no verdict: the report lists it (and why it was not run)
  // among the snippets, and the claim counts stay counts of claims.
  std::vector<Verdict> verdicts;
  verdicts.reserve(snippet.claims.size());
  for (const Claim& claim : snippet.claims) verdicts.push_back(judge(snippet, claim, obs));
  return verdicts;
}

Verdict skipped_snippet(const Snippet& snippet) {
  Verdict v;
  v.document = snippet.document;
  v.line = v.snippet_start = snippet.start_line();
  set(v, VerdictKind::kSkipped, snippet.reason.empty() ? "snippet not run" : snippet.reason);
  return v;
}

}  // namespace notecheck
