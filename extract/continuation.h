// Notes build on earlier examples: `class Color(Enum)` a page after `from enum import Enum`.
// A snippet that reads names it does not define continues the earlier snippets of the same
// document that define them, and runs after them (as a reader who typed them in order would).
#pragma once

#include <vector>

#include "extract/snippet.h"
#include "extract/syntax_checker.h"

namespace notecheck {

// At most this many earlier snippets run before one snippet.
constexpr int kMaxContinued = 8;

// Sets Snippet::continues for every runnable snippet of `snippets`, which must be one
// document's snippets in document order. For each free name the closest earlier runnable
// snippet defining it is taken, and what that one continues, transitively.
void infer_continuations(std::vector<Snippet>& snippets, SyntaxChecker& checker);

}  // namespace notecheck
