// The common case of SyntaxChecker::analyze answered from CPython's own C structures: one parse
// gives the statements, the symbol table and the compiled code, where the Python-level analyzer
// (python_syntax_checker.cc) parses three times and turns every node into a Python object.
// Same answers (a test compares both on every snippet of the seed notes and the examples);
// about half the time of a cold extraction.
#pragma once

#include <optional>
#include <string>

#include "extract/syntax_checker.h"

namespace notecheck {

// The analysis of `code` without its comments (for code that does not compile: the
// SyntaxError's line and message, and nothing else), or nullopt where the Python-level analyzer
// must answer: text that is not valid UTF-8 or holds a NUL byte, an exception other than a
// SyntaxError, a module the symbol table alone refuses.
// `compiled`: code generation already accepted this text (check()). Needs the embedded
// interpreter started and the GIL held.
std::optional<Analysis> analyze_with_c_ast(const std::string& code, bool compiled);

// SyntaxChecker::check through the C API: compile() as the Python-level `check` calls it, with
// its answer for a SyntaxError; nullopt for the rest (invalid UTF-8, a NUL byte, another
// exception), which the Python-level `check` answers.
std::optional<SyntaxResult> check_with_c_api(const std::string& code);

}  // namespace notecheck
