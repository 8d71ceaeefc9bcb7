// Turns a fenced block into a snippet: Python is runnable only if it compiles, other languages
// and unlabelled text that is not Python are reported and never run.
#pragma once

#include <optional>

#include "extract/markdown_blocks.h"
#include "extract/snippet.h"
#include "extract/syntax_checker.h"

namespace notecheck {

// nullopt for an empty block.
std::optional<Snippet> snippet_from_fence(const FencedBlock& block, SyntaxChecker& checker);

}  // namespace notecheck
