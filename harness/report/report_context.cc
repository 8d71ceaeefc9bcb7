#include "harness/report/report_context.h"

#include <fmt/format.h>

#include <algorithm>

#include "util/text.h"

namespace notecheck {

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

std::vector<ContextLine> document_context(const CheckResult& result, const Verdict& v, int radius) {
  std::vector<ContextLine> out;
  const Document* doc = result.find_document(v.document);
  if (!doc || v.line < 1) return out;
  int claim_lines = std::max<int>(1, split_lines(v.claim).size());
  int first = std::max(1, v.line - radius);
  int last = std::min<int>(doc->lines.size(), v.line + claim_lines - 1 + radius);
  for (int n = first; n <= last; ++n)
    out.push_back({n, doc->line(n), n >= v.line && n < v.line + claim_lines});
  return out;
}

const SnippetResult* snippet_of(const CheckResult& result, const Verdict& v) {
  for (const SnippetResult& s : result.snippets) {
    if (s.snippet.document != v.document || s.snippet.start_line() != v.snippet_start) continue;
    return &s;
  }
  return nullptr;
}

std::vector<ContextLine> snippet_context(const Snippet& snippet, const Verdict& v) {
  int statement = 0;
  for (const Claim& c : snippet.claims)
    if (c.doc_line == v.line) statement = c.code_line;
  std::vector<ContextLine> out;
  std::vector<std::string> lines = split_lines(snippet.code);
  for (size_t i = 0; i < lines.size(); ++i) {
    int number = snippet.doc_line(static_cast<int>(i) + 1);
    out.push_back({number, lines[i], static_cast<int>(i) + 1 == statement});
  }
  return out;
}

size_t claim_offset(const std::string& doc_line, const std::string& claim) {
  std::vector<std::string> lines = split_lines(claim);
  if (lines.empty() || lines[0].empty()) return std::string::npos;
  return doc_line.rfind(lines[0]);
}

size_t code_points(const std::string& text, size_t bytes) {
  size_t n = 0;
  for (size_t i = 0; i < bytes && i < text.size(); ++i)
    n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return n;
}

namespace {
// Quotes text for a message unless it already is a quoted string literal.
std::string quoted(const std::string& text) {
  std::string t = one_line(text);
  bool literal = t.size() >= 2 && (t.front() == '"' || t.front() == '\'') && t.back() == t.front();
  return literal ? t : "\"" + t + "\"";
}
}  // namespace

std::string verdict_headline(const Verdict& v) {
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

bool reason_adds(const Verdict& v) {
  if (v.reason.empty()) return false;
  for (const char* prefix : {"printed ", "value is "})
    if (v.reason == prefix + v.actual) return false;
  return true;
}

std::vector<std::pair<std::string, std::map<VerdictKind, int>>> counts_by_document(
    const CheckResult& result) {
  std::vector<std::pair<std::string, std::map<VerdictKind, int>>> out;
  for (const Document& d : result.documents) {
    std::map<VerdictKind, int> counts;
    for (VerdictKind k : all_verdict_kinds()) counts[k] = 0;
    for (const Verdict& v : result.verdicts)
      if (v.document == d.path) ++counts[v.verdict];
    out.emplace_back(d.path, std::move(counts));
  }
  return out;
}

}  // namespace notecheck
