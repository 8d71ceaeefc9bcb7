#include "harness/compare/block_claims.h"

#include <fmt/format.h>

#include <algorithm>

#include "extract/output_label.h"
#include "harness/compare/line_reach.h"
#include "harness/compare/text_match.h"
#include "util/text.h"

namespace notecheck {
namespace {

#ifndef NOTECHECK_PYTHON_VERSION
#define NOTECHECK_PYTHON_VERSION ""
#endif

// Stops at the run's end, not at the block's lines: false with v set when the run did not get
// through line `last` (its top-level statement).
bool ran_through(const Snippet& snippet, const Observation& obs, int last, Verdict& v) {
  LineReach reach = line_reach(obs, top_level_start(snippet.code, last), snippet.code);
  if (reach.reach == Reach::kCompleted) return true;
  if (reach.reach == Reach::kRaisedHere && reach.exception) {
    v.actual = raised_text(*reach.exception);
    reach.why = "raised " + v.actual + " before the end of the code above the output";
  }
  v.verdict = reach.skip.empty() ? VerdictKind::kError : VerdictKind::kSkipped;
  v.reason = reach.skip.empty() ? reach.why : reach.skip;
  return false;
}

// What lines [from, to] printed: all of stdout when they are the whole snippet (threads print
// from their own frames), else the pieces the lines wrote.
std::string printed_by(const Snippet& snippet, const Observation& obs, int from, int to) {
  int last = static_cast<int>(split_lines(snippet.code).size());
  if (from <= 1 && to >= last) return obs.stdout_text;
  std::string out;
  for (const OutputPiece& p : obs.output_pieces)
    if (p.line >= from && p.line <= to) out += p.text;
  return out;
}

std::vector<std::string> non_blank_lines(std::string_view text) {
  std::vector<std::string> out;
  for (const std::string& line : split_lines(std::string(text)))
    if (!trim(line).empty()) out.push_back(line);
  return out;
}

// Sentences: a line of five words or more that ends like one.
bool reads_as_prose(const std::vector<std::string>& lines) {
  for (const std::string& line : lines) {
    std::string_view t = trim(line);
    if (t.empty() || (t.back() != '.' && t.back() != '!' && t.back() != '?')) continue;
    if (std::count(t.begin(), t.end(), ' ') >= 4) return true;
  }
  return false;
}

}  // namespace

void judge_output_block(const Snippet& snippet, const Claim& claim, const Observation& obs,
                        Verdict& v) {
  std::vector<std::string> lines = split_lines(claim.text);
  std::optional<OutputLabel> label = lines.empty() ? std::nullopt : output_label(lines.front());
  std::vector<std::string> want;
  if (label && !label->rest.empty()) want.push_back(label->rest);
  for (size_t i = 1; i < lines.size(); ++i)
    if (!trim(lines[i]).empty()) want.push_back(lines[i]);
  v.expected = join(want, "\n");
  if (label && label->hypothetical) {
    v.verdict = VerdictKind::kUnverifiable;
    v.reason = "the label describes hypothetical output, not what this code prints";
    return;
  }
  if (!ran_through(snippet, obs, claim.code_line, v)) return;
  std::string got = printed_by(snippet, obs, std::max(claim.from_line, 1), claim.code_line);
  v.actual = got;
  if (!v.actual.empty() && v.actual.back() == '\n') v.actual.pop_back();
  std::vector<std::string> got_lines = non_blank_lines(got);
  bool any_order = label && label->any_order;
  bool match = text_matches(v.expected, got) ||
               (any_order ? lines_match_any_order(want, got_lines) : lines_match(want, got_lines));
  std::string shown = got.empty() ? "printed nothing"
                                  : fmt::format("printed {} line{}", got_lines.size(),
                                                got_lines.size() == 1 ? "" : "s");
  if (match) {
    v.verdict = VerdictKind::kCorrect;
    v.reason = shown + (any_order ? ", the same lines in some order" : ", as claimed");
    return;
  }
  std::string ours = NOTECHECK_PYTHON_VERSION;
  if (label && !label->python_version.empty() && label->python_version != ours) {
    v.verdict = VerdictKind::kUnverifiable;
    v.reason = fmt::format("output claimed for Python {}; this is Python {}, where it {}",
                           label->python_version, ours.empty() ? "another version" : ours,
                           shown + " that differ");
    return;
  }
  if (claim.doc_line > snippet.end_line() && reads_as_prose(want)) {
    // An "Output:" section of the document that describes rather than shows.
    v.verdict = VerdictKind::kUnverifiable;
    v.reason = shown + "; the section after the program reads as a description, not output";
    return;
  }
  v.verdict = VerdictKind::kWrong;
  v.reason =
      shown + (any_order ? ", not the claimed lines in any order" : ", not the claimed output");
}

void judge_assert(const Snippet& snippet, const Claim& claim, const Observation& obs, Verdict& v) {
  v.expected = "no AssertionError";
  LineReach reach = line_reach(obs, claim.code_line, snippet.code);
  switch (reach.reach) {
    case Reach::kNotReached:
      v.verdict = reach.skip.empty() ? VerdictKind::kError : VerdictKind::kSkipped;
      v.reason = reach.skip.empty() ? reach.why : reach.skip;
      return;
    case Reach::kRaisedHere:
      v.actual = raised_text(*reach.exception);
      if (reach.exception->type == "AssertionError") {
        v.verdict = VerdictKind::kWrong;
        v.reason = "the assertion failed";
      } else {
        v.verdict = reach.skip.empty() ? VerdictKind::kError : VerdictKind::kSkipped;
        v.reason = reach.skip.empty() ? "raised " + v.actual + " before the assertion was checked"
                                      : reach.skip;
      }
      return;
    case Reach::kCompleted:
      v.actual = "no exception";
      v.verdict = VerdictKind::kCorrect;
      v.reason = inside_block_body(snippet.code, claim.code_line) ? "held each time it ran"
                                                                  : "the assertion held";
      return;
  }
}

}  // namespace notecheck
