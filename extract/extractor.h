// The extract stage: every snippet of a document, with its claims.
#pragma once

#include <vector>

#include "extract/document.h"
#include "extract/snippet.h"
#include "extract/syntax_checker.h"

namespace notecheck {

// Fenced blocks come from cmark-gfm, code directives and literal blocks from
// reStructuredText, <pre> blocks from HTML pages, code cells from Jupyter notebooks. Text
// outside fences is scanned for unfenced code only when the document has no fenced Python at
// all, so Markdown prose around fences never becomes a snippet (`>>>` transcripts in it do).
// Snippets are in document order (index 0..n-1), document = doc.path, each with an exact line_map;
// runnable ones carry their claims. A document with an error yields nothing.
std::vector<Snippet> extract_snippets(const Document& doc, SyntaxChecker& checker);

}  // namespace notecheck
