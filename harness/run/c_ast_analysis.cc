// CPython's parser, symbol table and compiler are internal C APIs (Py_BUILD_CORE), which the
// static libpython notecheck links exports. Each function below mirrors one function of the
// Python-level analyzer in python_syntax_checker.cc, field for field; keep them in step.
#define PY_SSIZE_T_CLEAN
#define Py_BUILD_CORE 1
#include <Python.h>

#include "internal/pycore_ast.h"
#include "internal/pycore_compile.h"
#include "internal/pycore_parser.h"
#include "internal/pycore_pyarena.h"
#include "internal/pycore_symtable.h"

#include "harness/run/c_ast_analysis.h"

#include <algorithm>
#include <array>
#include <set>
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

std::string utf8(PyObject* s) {
  Py_ssize_t n = 0;
  const char* p = PyUnicode_AsUTF8AndSize(s, &n);
  if (!p) {
    PyErr_Clear();
    return {};
  }
  return std::string(p, static_cast<size_t>(n));
}

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

// _read_before_bound's walk of one module-level statement: the names it reads and binds,
// outside function and class bodies (only their decorators run now), lambdas and
// comprehensions (their own scopes).
class NameUses {
 public:
  std::vector<PyObject*> loads, stores;  // borrowed from the arena's AST
  std::vector<std::string> imported;     // import bindings (`a` of `import a.b`): no identifiers

  void stmt(stmt_ty s) {
    switch (s->kind) {
      case FunctionDef_kind:
        exprs(s->v.FunctionDef.decorator_list);
        stores.push_back(s->v.FunctionDef.name);
        break;
      case AsyncFunctionDef_kind:
        exprs(s->v.AsyncFunctionDef.decorator_list);
        stores.push_back(s->v.AsyncFunctionDef.name);
        break;
      case ClassDef_kind:
        exprs(s->v.ClassDef.decorator_list);
        stores.push_back(s->v.ClassDef.name);
        break;
      case Return_kind:
        expr(s->v.Return.value);
        break;
      case Delete_kind:
        exprs(s->v.Delete.targets);
        break;
      case Assign_kind:
        exprs(s->v.Assign.targets);
        expr(s->v.Assign.value);
        break;
      case AugAssign_kind:  // `x += 1` reads x before binding it
        if (s->v.AugAssign.target->kind == Name_kind)
          loads.push_back(s->v.AugAssign.target->v.Name.id);
        expr(s->v.AugAssign.target);
        expr(s->v.AugAssign.value);
        break;
      case AnnAssign_kind:
        expr(s->v.AnnAssign.target);
        expr(s->v.AnnAssign.annotation);
        expr(s->v.AnnAssign.value);
        break;
      case For_kind:
        expr(s->v.For.target);
        expr(s->v.For.iter);
        stmts(s->v.For.body);
        stmts(s->v.For.orelse);
        break;
      case AsyncFor_kind:
        expr(s->v.AsyncFor.target);
        expr(s->v.AsyncFor.iter);
        stmts(s->v.AsyncFor.body);
        stmts(s->v.AsyncFor.orelse);
        break;
      case While_kind:
        expr(s->v.While.test);
        stmts(s->v.While.body);
        stmts(s->v.While.orelse);
        break;
      case If_kind:
        expr(s->v.If.test);
        stmts(s->v.If.body);
        stmts(s->v.If.orelse);
        break;
      case With_kind:
        with(s->v.With);
        break;
      case AsyncWith_kind:
        with(s->v.AsyncWith);
        break;
      case Match_kind:
        expr(s->v.Match.subject);
        for (Py_ssize_t i = 0; s->v.Match.cases && i < asdl_seq_LEN(s->v.Match.cases); ++i) {
          match_case_ty c = asdl_seq_GET(s->v.Match.cases, i);
          pattern(c->pattern);
          expr(c->guard);
          stmts(c->body);
        }
        break;
      case Raise_kind:
        expr(s->v.Raise.exc);
        expr(s->v.Raise.cause);
        break;
      case Try_kind:
        try_(s->v.Try);
        break;
      case TryStar_kind:
        try_(s->v.TryStar);
        break;
      case Assert_kind:
        expr(s->v.Assert.test);
        expr(s->v.Assert.msg);
        break;
      case Import_kind:
        aliases(s->v.Import.names);
        break;
      case ImportFrom_kind:
        aliases(s->v.ImportFrom.names);
        break;
      case Expr_kind:
        expr(s->v.Expr.value);
        break;
      default:  // Global, Nonlocal, Pass, Break, Continue: no Name nodes
        break;
    }
  }

 private:
  void stmts(asdl_stmt_seq* body) {
    for (Py_ssize_t i = 0; body && i < asdl_seq_LEN(body); ++i) stmt(asdl_seq_GET(body, i));
  }
  void exprs(asdl_expr_seq* list) {
    for (Py_ssize_t i = 0; list && i < asdl_seq_LEN(list); ++i) expr(asdl_seq_GET(list, i));
  }
  void patterns(asdl_pattern_seq* list) {
    for (Py_ssize_t i = 0; list && i < asdl_seq_LEN(list); ++i) pattern(asdl_seq_GET(list, i));
  }
  // `import a.b as c` binds c, `import a.b` binds a.
  void aliases(asdl_alias_seq* names) {
    for (Py_ssize_t i = 0; names && i < asdl_seq_LEN(names); ++i) {
      alias_ty a = asdl_seq_GET(names, i);
      std::string name = utf8(a->asname ? a->asname : a->name);
      imported.push_back(name.substr(0, name.find('.')));
    }
  }
  template <class With>
  void with(const With& w) {
    for (Py_ssize_t i = 0; w.items && i < asdl_seq_LEN(w.items); ++i) {
      withitem_ty item = asdl_seq_GET(w.items, i);
      expr(item->context_expr);
      expr(item->optional_vars);
    }
    stmts(w.body);
  }
  template <class Try>
  void try_(const Try& t) {
    stmts(t.body);
    for (Py_ssize_t i = 0; t.handlers && i < asdl_seq_LEN(t.handlers); ++i) {
      excepthandler_ty h = asdl_seq_GET(t.handlers, i);
      expr(h->v.ExceptHandler.type);
      stmts(h->v.ExceptHandler.body);
    }
    stmts(t.orelse);
    stmts(t.finalbody);
  }

  void expr(expr_ty e) {
    if (!e) return;
    switch (e->kind) {
      case BoolOp_kind:
        exprs(e->v.BoolOp.values);
        break;
      case NamedExpr_kind:
        expr(e->v.NamedExpr.target);
        expr(e->v.NamedExpr.value);
        break;
      case BinOp_kind:
        expr(e->v.BinOp.left);
        expr(e->v.BinOp.right);
        break;
      case UnaryOp_kind:
        expr(e->v.UnaryOp.operand);
        break;
      case IfExp_kind:
        expr(e->v.IfExp.test);
        expr(e->v.IfExp.body);
        expr(e->v.IfExp.orelse);
        break;
      case Dict_kind:
        exprs(e->v.Dict.keys);  // a NULL key is `**mapping`: skipped like None
        exprs(e->v.Dict.values);
        break;
      case Set_kind:
        exprs(e->v.Set.elts);
        break;
      case Await_kind:
        expr(e->v.Await.value);
        break;
      case Yield_kind:
        expr(e->v.Yield.value);
        break;
      case YieldFrom_kind:
        expr(e->v.YieldFrom.value);
        break;
      case Compare_kind:
        expr(e->v.Compare.left);
        exprs(e->v.Compare.comparators);
        break;
      case Call_kind:
        expr(e->v.Call.func);
        exprs(e->v.Call.args);
        for (Py_ssize_t i = 0; e->v.Call.keywords && i < asdl_seq_LEN(e->v.Call.keywords); ++i)
          expr(asdl_seq_GET(e->v.Call.keywords, i)->value);
        break;
      case FormattedValue_kind:
        expr(e->v.FormattedValue.value);
        expr(e->v.FormattedValue.format_spec);
        break;
      case JoinedStr_kind:
        exprs(e->v.JoinedStr.values);
        break;
      case Attribute_kind:
        expr(e->v.Attribute.value);
        break;
      case Subscript_kind:
        expr(e->v.Subscript.value);
        expr(e->v.Subscript.slice);
        break;
      case Starred_kind:
        expr(e->v.Starred.value);
        break;
      case Name_kind:
        (e->v.Name.ctx == Load ? loads : stores).push_back(e->v.Name.id);
        break;
      case List_kind:
        exprs(e->v.List.elts);
        break;
      case Tuple_kind:
        exprs(e->v.Tuple.elts);
        break;
      case Slice_kind:
        expr(e->v.Slice.lower);
        expr(e->v.Slice.upper);
        expr(e->v.Slice.step);
        break;
      default:  // Constant; Lambda and the comprehensions are scopes of their own
        break;
    }
  }

  void pattern(pattern_ty p) {
    if (!p) return;
    switch (p->kind) {
      case MatchValue_kind:
        expr(p->v.MatchValue.value);
        break;
      case MatchSequence_kind:
        patterns(p->v.MatchSequence.patterns);
        break;
      case MatchMapping_kind:
        exprs(p->v.MatchMapping.keys);
        patterns(p->v.MatchMapping.patterns);
        break;
      case MatchClass_kind:
        expr(p->v.MatchClass.cls);
        patterns(p->v.MatchClass.patterns);
        patterns(p->v.MatchClass.kwd_patterns);
        break;
      case MatchAs_kind:
        pattern(p->v.MatchAs.pattern);
        break;
      case MatchOr_kind:
        patterns(p->v.MatchOr.patterns);
        break;
      default:  // MatchSingleton, MatchStar: names as text, no Name nodes
        break;
    }
  }
};

// _read_before_bound(tree, wanted): names read at module level before the module first binds
// them, once every wanted name is bound the walk ends.
std::set<std::string> read_before_bound(mod_ty mod, const std::set<std::string>& wanted) {
  std::set<std::string> bound, early;
  asdl_stmt_seq* body = mod->v.Module.body;
  for (Py_ssize_t i = 0; body && i < asdl_seq_LEN(body); ++i) {
    if (std::includes(bound.begin(), bound.end(), wanted.begin(), wanted.end())) break;
    NameUses uses;
    uses.stmt(asdl_seq_GET(body, i));
    for (PyObject* name : uses.loads) {
      std::string n = utf8(name);
      if (!bound.count(n)) early.insert(std::move(n));
    }
    for (PyObject* name : uses.stores) bound.insert(utf8(name));
    for (std::string& name : uses.imported) bound.insert(std::move(name));
  }
  return early;
}

bool is_builtin(const std::string& name) {
  static PyObject* builtins = PyImport_ImportModule("builtins");  // never released
  return builtins && PyObject_HasAttrString(builtins, name.c_str());
}

// _names: from the symbol table, the names the module binds and the globals it reads.
bool names(const struct symtable* table, mod_ty mod, Analysis* out) {
  PySTEntryObject* top = table->st_top;
  std::set<std::string> namespaces, defined, used;
  for (Py_ssize_t i = 0; i < PyList_GET_SIZE(top->ste_children); ++i)
    namespaces.insert(
        utf8(reinterpret_cast<PySTEntryObject*>(PyList_GET_ITEM(top->ste_children, i))->ste_name));
  PyObject *key, *value;
  Py_ssize_t pos = 0;
  while (PyDict_Next(top->ste_symbols, &pos, &key, &value)) {
    long flags = PyLong_AsLong(value);
    std::string name = utf8(key);
    if ((flags & (DEF_LOCAL | DEF_IMPORT)) || namespaces.count(name)) defined.insert(name);
    if (flags & USE) used.insert(name);
  }
  std::vector<PySTEntryObject*> stack;
  for (Py_ssize_t i = 0; i < PyList_GET_SIZE(top->ste_children); ++i)
    stack.push_back(reinterpret_cast<PySTEntryObject*>(PyList_GET_ITEM(top->ste_children, i)));
  while (!stack.empty()) {  // in nested scopes, the names read as globals
    PySTEntryObject* entry = stack.back();
    stack.pop_back();
    pos = 0;
    while (PyDict_Next(entry->ste_symbols, &pos, &key, &value)) {
      long flags = PyLong_AsLong(value);
      long scope = (flags >> SCOPE_OFFSET) & SCOPE_MASK;
      if ((flags & USE) && (scope == GLOBAL_IMPLICIT || scope == GLOBAL_EXPLICIT))
        used.insert(utf8(key));
    }
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(entry->ste_children); ++i)
      stack.push_back(reinterpret_cast<PySTEntryObject*>(PyList_GET_ITEM(entry->ste_children, i)));
  }
  std::set<std::string> free;
  std::set_difference(used.begin(), used.end(), defined.begin(), defined.end(),
                      std::inserter(free, free.end()));
  // Every other name read at module level is in `free` already.
  for (const std::string& name : read_before_bound(mod, defined))
    if (defined.count(name)) free.insert(name);
  if (PyErr_Occurred()) return false;
  out->defined_names.assign(defined.begin(), defined.end());
  for (const std::string& name : free)
    if (name.compare(0, 2, "__") != 0 && !is_builtin(name)) out->free_names.push_back(name);
  return !PyErr_Occurred();
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

// _failure(e) of a SyntaxError: (e.lineno or 1, e.msg or "invalid syntax").
std::optional<SyntaxResult> syntax_failure() {
  if (!PyErr_ExceptionMatches(PyExc_SyntaxError)) return std::nullopt;
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
    r->message = msg == Py_None ? "" : utf8(msg);
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
  PyErr_Clear();
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
  std::optional<SyntaxResult> failure = syntax_failure();
  PyErr_Clear();
  return failure;
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
  if (!r.table || !names(r.table, mod, &a)) {
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
