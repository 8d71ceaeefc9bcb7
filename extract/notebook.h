// Jupyter notebooks (.ipynb): every code cell is a snippet, and what the notebook stored as
// the cell's output is what the text claims it prints. Line numbers point into the .ipynb
// file itself (nbformat writes one source line per JSON line).
#pragma once

#include <vector>

#include "extract/document.h"
#include "extract/snippet.h"
#include "extract/syntax_checker.h"

namespace notecheck {

// True for an .ipynb path or JSON text with "cells" and "nbformat".
bool looks_like_notebook(const Document& doc);

// One snippet per non-empty code cell (origin "notebook"), in order; stored outputs become
// kDoctestOutput claims on the cell's last statement when they belong to it alone (a cell
// of one statement, or the value of a final expression). A notebook that is not valid JSON
// yields a single non-runnable snippet saying so.
std::vector<Snippet> notebook_snippets(const Document& doc, SyntaxChecker& checker);

}  // namespace notecheck
