// The comments of code that compiles, found with notecheck's own line lexer instead of
// walking Python's ast for the spans of string literals (the slowest part of an analysis).
#pragma once

#include <string_view>
#include <vector>

#include "extract/syntax_checker.h"

namespace notecheck {

// Fills `out` with the comment of each line of `code` (split at '\n' only), as
// SyntaxChecker::analyze reports them. Returns false where the lexer could disagree with
// Python's tokenizer (a string continued with a backslash, a line too long to lex, invalid
// UTF-8): the caller then asks Python.
bool find_comments(std::string_view code, std::vector<CommentInfo>* out);

}  // namespace notecheck
