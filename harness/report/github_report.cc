#include "harness/report/github_report.h"

#include <fmt/format.h>

#include "harness/report/report_context.h"
#include "harness/report/text_report.h"

namespace notecheck {

std::string github_escape_message(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

std::string github_escape_property(const std::string& text) {
  std::string out;
  for (char c : github_escape_message(text)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

std::string github_report(const CheckResult& result) {
  std::string out;
  for (const Document& d : result.documents) {
    if (d.error.empty()) continue;
    out += fmt::format("::error file={}{},title=notecheck: cannot read::{}\n",
                       github_escape_property(d.path),
                       d.error_line > 0 ? ",line=" + std::to_string(d.error_line) : "",
                       github_escape_message(d.error));
  }
  for (const Verdict& v : result.verdicts) {
    if (!worth_showing(v.verdict, false)) continue;
    std::string col;
    if (const Document* doc = result.find_document(v.document)) {
      size_t at = claim_offset(doc->line(v.line), v.claim);
      if (at != std::string::npos)
        col = fmt::format(",col={}", code_points(doc->line(v.line), at) + 1);
    }
    std::string message = verdict_headline(v);
    if (v.verdict == VerdictKind::kWrong && reason_adds(v)) message += "\n" + v.reason;
    out += fmt::format(
        "::{} file={},line={}{},title={}::{}\n",
        v.verdict == VerdictKind::kWrong ? "error" : "warning", github_escape_property(v.document),
        v.line, col,
        github_escape_property(std::string("notecheck: ") + to_string(v.verdict) + " claim"),
        github_escape_message(message));
  }
  return out + totals_line(result) + "\n";
}

}  // namespace notecheck
