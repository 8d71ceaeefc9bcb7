// CPython's parser, symbol table and compiler are internal C APIs (Py_BUILD_CORE), which the
// static libpython notecheck links exports. Each function here and in c_ast_names.cc mirrors
// one of the Python-level analyzer in python_syntax_checker.cc, field for field; keep them in
// step.
#define PY_SSIZE_T_CLEAN
#define Py_BUILD_CORE 1
#include <Python.h>

#include "internal/pycore_ast.h"
#include "internal/pycore_compile.h"
#include "internal/pycore_parser.h"
#include "internal/pycore_pyarena.h"
#include "internal/pycore_symtable.h"

#include "harness/run/c_ast_analysis.h"
#include "harness/run/c_ast_names.h"

#include <algorithm>
#include <array>
#include <string_view>
#include <tuple>

#include "util/utf8.h"

namespace notecheck {
namespace {

// type(node).__name__ of each statement kind, in the order of pycore_ast.h's _stmt_kind.
constexpr std::array<const char*, 28> kStatementNames = {
    "",           "FunctionDef", "AsyncFunctionDef",
    "ClassDef",   "Return",      "Delete",
    "Assign",     "AugAssign",   "AnnAssign",
    "For",        "AsyncFor",    "While",
    "If",         "With",        "AsyncWith",
    "Match",      "Raise",       "Try",
    "TryStar",    "Assert",      "Import",
    "ImportFrom", "Global",      "Nonlocal",
    "Expr",       "Pass",        "Break",
    "Continue"};

// Owns what one analysis allocates in CPython.
struct Resources {
  PyArena* arena = _PyArena_New();
  PyObject* filename = PyUnicode_FromString("<snippet>");
  PyFutureFeatures* future = nullptr;
  struct symtable* table = nullptr;
  ~Resources() {
    if (table) _PySymtable_Free(table);
    if (future) PyObject_Free(future);
    Py_XDECREF(filename);
    if (arena) _PyArena_Free(arena);
  }
};

void statements(asdl_stmt_seq* body, int depth, std::vector<StatementInfo>* out);

// Try and TryStar: the same fields in two structs.
template <class Try>
void try_statements(const Try& t, int depth, std::vector<StatementInfo>* out) {
  statements(t.body, depth, out);
  statements(t.orelse, depth, out);
  statements(t.finalbody, depth, out);
  for (Py_ssize_t h = 0; t.handlers && h < asdl_seq_LEN(t.handlers); ++h)
    statements(asdl_seq_GET(t.handlers, h)->v.ExceptHandler.body, depth, out);
}

// _statements: every statement, nested ones too (sorted by the caller as Python sorts them).
void statements(asdl_stmt_seq* body, int depth, std::vector<StatementInfo>* out) {
  for (Py_ssize_t i = 0; body && i < asdl_seq_LEN(body); ++i) {
    stmt_ty s = asdl_seq_GET(body, i);
    StatementInfo info;
    info.line = s->lineno;
    info.end_line = s->end_lineno;
    info.depth = depth;
    info.kind = kStatementNames[s->kind];
    info.is_call = s->kind == Expr_kind && s->v.Expr.value->kind == Call_kind;
    if (info.is_call) {
      expr_ty func = s->v.Expr.value->v.Call.func;
      info.is_print = func->kind == Name_kind &&
                      PyUnicode_CompareWithASCIIString(func->v.Name.id, "print") == 0;
    }
    out->push_back(std::move(info));
    switch (s->kind) {  // the fields body, orelse, finalbody, then handlers and cases
      case FunctionDef_kind:
        statements(s->v.FunctionDef.body, depth + 1, out);
        break;
      case AsyncFunctionDef_kind:
        statements(s->v.AsyncFunctionDef.body, depth + 1, out);
        break;
      case ClassDef_kind:
        statements(s->v.ClassDef.body, depth + 1, out);
        break;
      case For_kind:
        statements(s->v.For.body, depth + 1, out);
        statements(s->v.For.orelse, depth + 1, out);
        break;
      case AsyncFor_kind:
        statements(s->v.AsyncFor.body, depth + 1, out);
        statements(s->v.AsyncFor.orelse, depth + 1, out);
        break;
      case While_kind:
        statements(s->v.While.body, depth + 1, out);
        statements(s->v.While.orelse, depth + 1, out);
        break;
      case If_kind:
        statements(s->v.If.body, depth + 1, out);
        statements(s->v.If.orelse, depth + 1, out);
        break;
      case With_kind:
        statements(s->v.With.body, depth + 1, out);
        break;
      case AsyncWith_kind:
        statements(s->v.AsyncWith.body, depth + 1, out);
        break;
      case Try_kind:
        try_statements(s->v.Try, depth + 1, out);
        break;
      case TryStar_kind:
        try_statements(s->v.TryStar, depth + 1, out);
        break;
      case Match_kind:
        for (Py_ssize_t c = 0; s->v.Match.cases && c < asdl_seq_LEN(s->v.Match.cases); ++c)
          statements(asdl_seq_GET(s->v.Match.cases, c)->body, depth + 1, out);
        break;
      default:
        break;
    }
  }
}

// What compile(src, "<snippet>", "exec", flags=PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
// passes for a str: UTF-8, and no coding cookie honoured.
PyCompilerFlags source_flags() {
  PyCompilerFlags flags = _PyCompilerFlags_INIT;
  flags.cf_flags = PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_SOURCE_IS_UTF8 | PyCF_IGNORE_COOKIE;
  return flags;
}

// The text compile() would get from `code` decoded with errors="replace", and would accept.
bool same_text_for_python(const std::string& code) {
  return code.find('\0') == std::string::npos && find_invalid_utf8(code) == std::string_view::npos;
}

// _failure(e) of a SyntaxError: (e.lineno or 1, e.msg or "invalid syntax"); nullopt for any
// other exception. Either way the error indicator is left clear.
std::optional<SyntaxResult> syntax_failure() {
  if (!PyErr_ExceptionMatches(PyExc_SyntaxError)) {
    PyErr_Clear();
    return std::nullopt;
  }
  PyObject *type, *value, *traceback;
  PyErr_Fetch(&type, &value, &traceback);
  PyErr_NormalizeException(&type, &value, &traceback);
  std::optional<SyntaxResult> r;
  PyObject* lineno = value ? PyObject_GetAttrString(value, "lineno") : nullptr;
  PyObject* msg = value ? PyObject_GetAttrString(value, "msg") : nullptr;
  if (lineno && msg && (lineno == Py_None || PyLong_Check(lineno)) &&
      (msg == Py_None || PyUnicode_Check(msg))) {
    r = SyntaxResult{};
    long line = lineno == Py_None ? 0 : PyLong_AsLong(lineno);
    r->error_line = line != 0 ? static_cast<int>(line) : 1;
    r->message = msg == Py_None ? "" : c_ast_utf8(msg);
    if (r->message.empty()) r->message = "invalid syntax";
  }
  Py_XDECREF(lineno);
  Py_XDECREF(msg);
  Py_XDECREF(type);
  Py_XDECREF(value);
  Py_XDECREF(traceback);
  PyErr_Clear();
  return r;
}

// analyze() of code that does not compile: the failure, and nothing else.
std::optional<Analysis> failed_analysis() {
  std::optional<SyntaxResult> failure = syntax_failure();
  if (!failure) return std::nullopt;
  Analysis a;
  a.syntax = *failure;
  return a;
}

}  // namespace

std::optional<SyntaxResult> check_with_c_api(const std::string& code) {
  if (!same_text_for_python(code)) return std::nullopt;
  PyCompilerFlags flags = source_flags();
  PyObject* compiled = Py_CompileStringExFlags(code.c_str(), "<snippet>", Py_file_input, &flags,
                                               /*optimize=*/-1);
  if (compiled) {
    Py_DECREF(compiled);
    return SyntaxResult{true, 0, ""};
  }
  return syntax_failure();
}

std::optional<Analysis> analyze_with_c_ast(const std::string& code, bool compiled) {
  if (!same_text_for_python(code)) return std::nullopt;
  Resources r;
  if (!r.arena || !r.filename) {
    PyErr_Clear();
    return std::nullopt;
  }
  PyCompilerFlags flags = source_flags();
  mod_ty mod = _PyParser_ASTFromString(code.c_str(), r.filename, Py_file_input, &flags, r.arena);
  if (!mod) return failed_analysis();
  Analysis a;
  a.syntax.ok = true;
  statements(mod->v.Module.body, 0, &a.statements);
  std::sort(a.statements.begin(), a.statements.end(), [](const auto& x, const auto& y) {
    return std::tie(x.line, x.end_line, x.depth, x.kind, x.is_print, x.is_call) <
           std::tie(y.line, y.end_line, y.depth, y.kind, y.is_print, y.is_call);
  });
  // As symtable.symtable(src, ...) builds it: no compiler flags but the source's.
  r.future = _PyFuture_FromAST(mod, r.filename);
  if (r.future) {
    r.future->ff_features |= PyCF_SOURCE_IS_UTF8 | PyCF_IGNORE_COOKIE;
    r.table = _PySymtable_Build(mod, r.filename, r.future);
  }
  if (!r.table || !c_ast_names(r.table, mod, &a)) {
    PyErr_Clear();
    return std::nullopt;
  }
  // Code generation last: it folds constants in the tree it is given.
  if (!compiled) {
    flags.cf_flags = PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_SOURCE_IS_UTF8;
    PyCodeObject* code_object = _PyAST_Compile(mod, r.filename, &flags, -1, r.arena);
    if (!code_object) return failed_analysis();
    Py_DECREF(code_object);
  }
  return a;
}

}  // namespace notecheck
