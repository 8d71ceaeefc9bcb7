#include "harness/report/text_report.h"

#include <fmt/format.h>

#include "harness/report/report_context.h"
#include "util/text.h"

namespace notecheck {
namespace {

const char* color_of(VerdictKind kind) {
  switch (kind) {
    case VerdictKind::kCorrect:
      return "\x1b[32m";
    case VerdictKind::kWrong:
    case VerdictKind::kError:
      return "\x1b[31m";
    case VerdictKind::kModeDependent:
    case VerdictKind::kNondeterministic:
      return "\x1b[33m";
    default:
      return "\x1b[2m";
  }
}

// The document line and a caret under the claim, as compilers show errors.
void append_context(std::string& out, const CheckResult& result, const Verdict& v) {
  const Document* doc = result.find_document(v.document);
  if (!doc) return;
  const std::string& line = doc->line(v.line);
  if (line.empty()) return;
  std::string shown = one_line(line, 160);
  out += "    " + shown + "\n";
  size_t col = claim_offset(shown, v.claim);
  if (col == std::string::npos) return;
  // Columns count code points so the caret lines up under multi-byte text.
  out += "    " + std::string(code_points(shown, col), ' ') + "^\n";
}

}  // namespace

std::string summary_line(const CheckResult& result) {
  std::string out;
  for (const auto& [kind, n] : result.summary()) {
    if (n == 0) continue;
    if (!out.empty()) out += ", ";
    out += fmt::format("{} {}", n, to_string(kind));
  }
  return out.empty() ? "no claims" : out;
}

std::string text_report(const CheckResult& result, const TextReportOptions& options) {
  std::string out;
  for (const Document& d : result.documents)
    if (!d.error.empty()) out += fmt::format("{}: error: {}\n", error_location(d), d.error);

  for (const Verdict& v : result.verdicts) {
    if (!worth_showing(v.verdict, options.verbose)) continue;
    std::string label = to_string(v.verdict);
    if (options.color) label = std::string(color_of(v.verdict)) + label + "\x1b[0m";
    out += fmt::format("{}:{}: {}: {}\n", v.document, v.line, label, verdict_headline(v));
    // Other verdicts already carry their reason in the headline.
    if (v.verdict == VerdictKind::kWrong && reason_adds(v))
      out += fmt::format("    ({})\n", one_line(v.reason));
    append_context(out, result, v);
  }

  out += totals_line(result) + "\n";
  if (options.verbose) out += fmt::format("notecheck: sandbox: {}\n", sandbox_line(result));
  return out;
}

std::string sandbox_line(const CheckResult& result) {
  return result.sandbox.empty() ? "no snippet ran (all results from the cache)" : result.sandbox;
}

std::string totals_line(const CheckResult& result) {
  int run = 0;
  for (const SnippetResult& s : result.snippets) run += s.status != RunStatus::kNotRun;
  return fmt::format("notecheck: {} documents, {} snippets ({} run), {} claims: {}",
                     result.documents.size(), result.snippets.size(), run, result.verdicts.size(),
                     summary_line(result));
}

}  // namespace notecheck
