#include "harness/report/markdown_report.h"

#include <fmt/format.h>

#include <algorithm>

#include "harness/report/report_context.h"
#include "harness/report/text_report.h"
#include "util/text.h"

namespace notecheck {
namespace {

// A fence longer than any run of backticks in the text, so the text cannot close it.
std::string fence_for(const std::string& text) {
  size_t longest = 0, run = 0;
  for (char c : text) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  return std::string(std::max<size_t>(3, longest + 1), '`');
}

// Inline code that survives backticks and pipes inside the text (it sits in table cells).
std::string inline_code(const std::string& text) {
  std::string t = one_line(text, 300);
  std::string escaped;
  for (char c : t) escaped += c == '|' ? std::string("\\|") : std::string(1, c);
  size_t longest = 0, run = 0;
  for (char c : escaped) {
    run = c == '`' ? run + 1 : 0;
    longest = std::max(longest, run);
  }
  std::string ticks(longest + 1, '`');
  bool pad = !escaped.empty() && (escaped.front() == '`' || escaped.back() == '`');
  return ticks + (pad ? " " : "") + escaped + (pad ? " " : "") + ticks;
}

std::string numbered(const std::vector<ContextLine>& lines) {
  int width = 1;
  for (const ContextLine& l : lines) width = std::max<int>(width, std::to_string(l.number).size());
  std::string out;
  for (const ContextLine& l : lines)
    out += fmt::format("{} {:>{}} | {}\n", l.marked ? ">" : " ", l.number, width, l.text);
  return out;
}

std::string block(const std::string& text, const std::string& info = "") {
  std::string fence = fence_for(text);
  return fence + info + "\n" + text + fence + "\n";
}

std::string value_block(const std::string& label, const std::string& text) {
  if (text.find('\n') == std::string::npos)
    return fmt::format("- {}: {}\n", label, inline_code(text));
  return fmt::format("- {}:\n\n{}\n", label, block(text + (text.back() == '\n' ? "" : "\n")));
}

}  // namespace

std::string markdown_report(const CheckResult& result, bool verbose) {
  std::string out = "# notecheck report\n\n";
  out +=
      fmt::format("{} (notecheck {}, Python {})\n\nSandbox: {}\n\n", totals_line(result).substr(11),
                  result.version, result.python_version, sandbox_line(result));

  out += "| document |";
  std::string rule = "|---|";
  for (VerdictKind k : all_verdict_kinds()) {
    out += fmt::format(" {} |", to_string(k));
    rule += "--:|";
  }
  out += "\n" + rule + "\n";
  for (const auto& [path, counts] : counts_by_document(result)) {
    out += fmt::format("| {} |", inline_code(path));
    for (VerdictKind k : all_verdict_kinds())
      out += counts.at(k) ? fmt::format(" {} |", counts.at(k)) : std::string(" · |");
    out += "\n";
  }
  out += "\n";

  for (const Document& d : result.documents)
    if (!d.error.empty())
      out += fmt::format("**{}**: cannot read: {}\n\n", inline_code(d.path), d.error);

  std::string current;
  for (const Verdict& v : result.verdicts) {
    if (!worth_showing(v.verdict, verbose)) continue;
    if (v.document != current) {
      current = v.document;
      out += fmt::format("## {}\n\n", inline_code(current));
    }
    out += fmt::format("### Line {}: {}\n\n", v.line, to_string(v.verdict));
    out += value_block("claimed", v.expected.empty() ? v.claim : v.expected);
    if (!v.actual.empty()) out += value_block("actual", v.actual);
    if (reason_adds(v)) out += fmt::format("- why: {}\n", one_line(v.reason, 400));
    out += "\n" + block(numbered(document_context(result, v)), "text");
    if (const SnippetResult* s = snippet_of(result, v)) {
      out += fmt::format("\n<details><summary>snippet at line {}</summary>\n\n{}\n</details>\n",
                         s->snippet.start_line(),
                         block(numbered(snippet_context(s->snippet, v)), "text"));
    }
    out += "\n";
  }
  return out;
}

}  // namespace notecheck
