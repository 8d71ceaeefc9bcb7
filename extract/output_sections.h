// "Output:" sections of a document: a label line of prose right after a program, then the
// printed output (a paragraph, a fenced block, or a block the scanner took for sample output).
#pragma once

#include <vector>

#include "extract/document.h"
#include "extract/snippet.h"

namespace notecheck {

// Gives each runnable Python snippet followed by such a section a kOutputBlock claim on its
// whole output. A snippet that holds the section's text is not run: it is the claim.
void attach_output_sections(const Document& doc, std::vector<Snippet>& snippets);

}  // namespace notecheck
