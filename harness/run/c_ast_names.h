// The names a module binds and the globals it reads, from CPython's AST and symbol table: the
// part of c_ast_analysis.h's analysis that continuation inference (extract/continuation.h)
// reads. Needs the embedded interpreter and the GIL.
#pragma once

#include <string>

#include "extract/syntax_checker.h"

struct _mod;      // CPython's mod_ty
struct symtable;  // CPython's symbol table
struct _object;   // PyObject

namespace notecheck {

// Fills out->defined_names (what the module binds at top level) and out->free_names (globals it
// reads without binding them, or reads before binding them, neither builtins nor dunders);
// false with a Python error pending if it could not.
bool c_ast_names(const struct symtable* table, struct _mod* module, Analysis* out);

// A str object's UTF-8 text ("" if it has none).
std::string c_ast_utf8(struct _object* unicode);

}  // namespace notecheck
