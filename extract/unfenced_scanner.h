// Finds Python written straight into text (notes saved from web pages, PDF exports): maximal
// runs of code-looking lines between prose, confirmed by Python's own compiler. Prose glued
// before or after a run is cut off; runs without real code evidence are not snippets; code
// that does not compile is reported as not runnable, never dropped and never run.
#pragma once

#include <vector>

#include "extract/document.h"
#include "extract/snippet.h"
#include "extract/syntax_checker.h"

namespace notecheck {

// Scans the lines of `doc` not marked in `skip` (fenced blocks). Snippets come in document
// order with origin "unfenced" (or "doctest" for `>>>` sessions, "reindented" for code whose
// indentation was put back); index and document unset. With `doctests_only`, only `>>>`
// transcripts are taken (the prose around Markdown fences).
std::vector<Snippet> scan_unfenced(const Document& doc, const std::vector<bool>& skip,
                                   SyntaxChecker& checker, bool doctests_only = false);

}  // namespace notecheck
