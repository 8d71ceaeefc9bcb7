#include "harness/report/text_report.h"

#include <fmt/format.h>

#include "util/text.h"

namespace notecheck {
namespace {

bool worth_showing(VerdictKind kind, bool verbose) {
  switch (kind) {
    case VerdictKind::kWrong:
    case VerdictKind::kModeDependent:
    case VerdictKind::kNondeterministic:
    case VerdictKind::kError:
      return true;
    default:
      return verbose;
  }
}

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

// Quotes text for a message unless it already is a quoted string literal.
std::string quoted(const std::string& text) {
  std::string t = one_line(text);
  bool literal = t.size() >= 2 && (t.front() == '"' || t.front() == '\'') && t.back() == t.front();
  return literal ? t : "\"" + t + "\"";
}

std::string headline(const Verdict& v) {
  std::string want = quoted(v.expected.empty() ? v.claim : v.expected);
  switch (v.verdict) {
    case VerdictKind::kWrong:
      return fmt::format("claimed {} but got {}", want, quoted(v.actual));
    case VerdictKind::kCorrect:
      return fmt::format("{} is right", want);
    default:
      return fmt::format("{}: {}", want, one_line(v.reason));
  }
}

// A reason worth a line of its own: not one that only repeats what was got.
bool adds_to_headline(const Verdict& v) {
  if (v.reason.empty()) return false;
  for (const char* prefix : {"printed ", "value is "})
    if (v.reason == prefix + v.actual) return false;
  return true;
}

// The document line and a caret under the claim, as compilers show errors.
void append_context(std::string& out, const CheckResult& result, const Verdict& v) {
  const Document* doc = result.find_document(v.document);
  if (!doc) return;
  const std::string& line = doc->line(v.line);
  if (line.empty()) return;
  std::string shown = one_line(line, 160);
  out += "    " + shown + "\n";
  std::vector<std::string> claim_lines = split_lines(v.claim);
  std::string first = claim_lines.empty() ? "" : claim_lines[0];
  // The claim sits at the end of the line (a comment), so search from the right: the same text
  // may also appear in the code before it (`print(1 / 0)  # 0`).
  size_t col = first.empty() ? std::string::npos : shown.rfind(first);
  if (col == std::string::npos) return;
  // Columns count code points so the caret lines up under multi-byte text.
  size_t width = 0;
  for (size_t i = 0; i < col; ++i)
    width += (static_cast<unsigned char>(shown[i]) & 0xC0) != 0x80;
  out += "    " + std::string(width, ' ') + "^\n";
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
    if (!d.error.empty()) out += fmt::format("{}: error: {}\n", d.path, d.error);

  for (const Verdict& v : result.verdicts) {
    if (!worth_showing(v.verdict, options.verbose)) continue;
    std::string label = to_string(v.verdict);
    if (options.color) label = std::string(color_of(v.verdict)) + label + "\x1b[0m";
    out += fmt::format("{}:{}: {}: {}\n", v.document, v.line, label, headline(v));
    // Other verdicts already carry their reason in the headline.
    if (v.verdict == VerdictKind::kWrong && adds_to_headline(v))
      out += fmt::format("    ({})\n", one_line(v.reason));
    append_context(out, result, v);
  }

  int run = 0;
  for (const SnippetResult& s : result.snippets) run += s.status != RunStatus::kNotRun;
  out += fmt::format("notecheck: {} documents, {} snippets ({} run), {} claims: {}\n",
                     result.documents.size(), result.snippets.size(), run,
                     result.verdicts.size(), summary_line(result));
  return out;
}

}  // namespace notecheck
