// The Python-level analyzer's _names and _read_before_bound (python_syntax_checker.cc) over
// CPython's C structures, field for field; keep them in step.
#define PY_SSIZE_T_CLEAN
#define Py_BUILD_CORE 1
#include <Python.h>

#include "internal/pycore_ast.h"
#include "internal/pycore_symtable.h"

#include "harness/run/c_ast_names.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <vector>

namespace notecheck {
namespace {

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
      std::string name = c_ast_utf8(a->asname ? a->asname : a->name);
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
      std::string n = c_ast_utf8(name);
      if (!bound.count(n)) early.insert(std::move(n));
    }
    for (PyObject* name : uses.stores) bound.insert(c_ast_utf8(name));
    for (std::string& name : uses.imported) bound.insert(std::move(name));
  }
  return early;
}

// hasattr(builtins, name); false with a Python error pending if the module cannot be had.
bool is_builtin(const std::string& name) {
  static PyObject* builtins = nullptr;  // never released
  if (!builtins) builtins = PyImport_ImportModule("builtins");
  return builtins && PyObject_HasAttrString(builtins, name.c_str());
}

}  // namespace

// _names: from the symbol table, the names the module binds and the globals it reads.
bool c_ast_names(const struct symtable* table, mod_ty mod, Analysis* out) {
  PySTEntryObject* top = table->st_top;
  std::set<std::string> namespaces, defined, used;
  for (Py_ssize_t i = 0; i < PyList_GET_SIZE(top->ste_children); ++i)
    namespaces.insert(c_ast_utf8(
        reinterpret_cast<PySTEntryObject*>(PyList_GET_ITEM(top->ste_children, i))->ste_name));
  PyObject *key, *value;
  Py_ssize_t pos = 0;
  while (PyDict_Next(top->ste_symbols, &pos, &key, &value)) {
    long flags = PyLong_AsLong(value);
    std::string name = c_ast_utf8(key);
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
        used.insert(c_ast_utf8(key));
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

std::string c_ast_utf8(PyObject* unicode) {
  Py_ssize_t n = 0;
  const char* p = PyUnicode_AsUTF8AndSize(unicode, &n);
  if (!p) {
    PyErr_Clear();
    return {};
  }
  return std::string(p, static_cast<size_t>(n));
}

}  // namespace notecheck
