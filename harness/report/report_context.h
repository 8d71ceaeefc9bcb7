// What the human-readable reports (text, Markdown, HTML) and the CI formats show around a
// claim: which verdicts are worth reading, the document lines around a claim, and the snippet
// with the claim's statement marked.
#pragma once

#include <string>
#include <vector>

#include "harness/report/check_result.h"

namespace notecheck {

// Wrong, mode-dependent, nondeterministic and error verdicts: the ones a reader must act on or
// know about. The others (correct, unverifiable, skipped) only with --verbose.
bool worth_showing(VerdictKind kind, bool verbose);

struct ContextLine {
  int number = 0;  // 1-based, in the document or the snippet
  std::string text;
  bool marked = false;  // the claim's line (document) or its statement (snippet)
};

// Document lines [line - radius, line + radius + extra], extra covering the rest of a claim that
// spans lines (following comments, doctest output).
std::vector<ContextLine> document_context(const CheckResult& result, const Verdict& v,
                                          int radius = 3);

// The snippet the verdict is about, or null.
const SnippetResult* snippet_of(const CheckResult& result, const Verdict& v);

// The snippet's code lines, numbered by document line, with the claim's statement marked.
std::vector<ContextLine> snippet_context(const Snippet& snippet, const Verdict& v);

// Byte offset of the claim's first line in the document line (searched from the right: the
// same text may also appear in the code before it), or npos.
size_t claim_offset(const std::string& doc_line, const std::string& claim);

// Number of code points in the first `bytes` bytes of UTF-8 text (for columns).
size_t code_points(const std::string& text, size_t bytes);

// The one-line headline of a verdict: `claimed "True" but got "False"` for a wrong claim, the
// reason for the others.
std::string verdict_headline(const Verdict& v);

// Whether a verdict's reason says more than its headline: not "printed 1" after `got "1"`.
bool reason_adds(const Verdict& v);

// Per document path, the count of each verdict kind, in the order documents were read.
std::vector<std::pair<std::string, std::map<VerdictKind, int>>> counts_by_document(
    const CheckResult& result);

}  // namespace notecheck
