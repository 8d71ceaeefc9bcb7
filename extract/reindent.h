// Puts back the indentation of code that lost it (every line at the left margin, as in text
// exported from a PDF). The search (indent_search.h) proposes structures, Python's compiler
// confirms them; when several plausible structures compile, the spot is reported.
#pragma once

#include <optional>
#include <vector>

#include "extract/flat_statements.h"
#include "extract/snippet.h"
#include "extract/source_lines.h"
#include "extract/syntax_checker.h"

namespace notecheck {

// True if `lines` look flattened: no statement is indented, yet some line opens a block.
// `statements`, if given, receives the split of `lines` for reindent_run.
bool looks_flattened(const std::vector<SourceLine>& lines, FlatBlock* statements = nullptr);

// Re-indents one run of flat code. Snippets come in document order: re-indented parts have
// origin "reindented" and a reason that says so and names each ambiguous line; a statement
// that no structure makes compile (`@app.get("/") def f(): ...` on one line) is cut out as a
// non-runnable snippet and the parts around it are re-indented on their own. line_map is the
// document line of every code line, as always. `statements`: split_flat_statements of `lines`
// if the caller has it already.
std::vector<Snippet> reindent_run(const std::vector<SourceLine>& lines, SyntaxChecker& checker,
                                  std::optional<FlatBlock> statements = std::nullopt);

}  // namespace notecheck
