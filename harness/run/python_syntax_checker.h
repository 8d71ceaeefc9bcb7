// SyntaxChecker backed by the embedded CPython's own compiler and tokenizer. Compiling never
// runs the code, so this is safe on untrusted text in the CLI process.
#pragma once

#include <memory>

#include "extract/syntax_checker.h"

namespace notecheck {

// Starts the embedded interpreter if needed.
std::unique_ptr<SyntaxChecker> make_python_syntax_checker();

// The same answers with every analysis from the Python-level analyzer, never from CPython's
// C structures (c_ast_analysis.h): the reference the fast path is tested against.
std::unique_ptr<SyntaxChecker> make_python_level_syntax_checker();

}  // namespace notecheck
