#include "harness/run/python_syntax_checker.h"

#include <pybind11/embed.h>
#include <pybind11/stl.h>

#include <optional>
#include <unordered_map>

#include "extract/code_comments.h"
#include "harness/run/c_ast_analysis.h"
#include "harness/run/embedded_python.h"

namespace py = pybind11;

namespace notecheck {
namespace {

// Runs in the CLI process: only compile(), ast and symtable, never exec. Warnings are ignored
// once for the whole interpreter (it runs nothing else), because compile() prints
// SyntaxWarnings (`"a" is "a"`) to stderr otherwise; a catch_warnings() per call cost ~1 %.
// The filter goes straight into the C module's list, as warnings.simplefilter("ignore") would
// put it: importing the warnings module costs ~0.6 ms of every cold extraction.
constexpr const char* kSetupSource = R"PY(
import _warnings
_warnings.filters.insert(0, ("ignore", None, Warning, None, 0))
_warnings._filters_mutated()
)PY";

// The Python-level analyzer: the reference c_ast_analysis.cc mirrors, and the answer where
// that one declines (see c_ast_analysis.h). Executed on the first such question only: building
// the _ast module's classes and compiling this text cost ~4 ms.
constexpr const char* kAnalyzerSource = R"PY(
import _ast, _symtable, builtins as _builtins
from _symtable import (USE as _USE, DEF_LOCAL as _DEF_LOCAL, DEF_IMPORT as _DEF_IMPORT,
                       SCOPE_OFF as _SCOPE_OFF, SCOPE_MASK as _SCOPE_MASK, GLOBAL_IMPLICIT,
                       GLOBAL_EXPLICIT)

# Only the C modules _ast and _symtable: importing ast and symtable (and through them enum,
# contextlib and weakref) would cost more than analysing a note.
_FLAGS = _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT
_GLOBAL_SCOPES = (GLOBAL_IMPLICIT, GLOBAL_EXPLICIT)
_AST, _Name, _Load = _ast.AST, _ast.Name, _ast.Load
_DEFINITIONS = (_ast.FunctionDef, _ast.AsyncFunctionDef, _ast.ClassDef)
_IMPORTS = (_ast.Import, _ast.ImportFrom)
_OWN_SCOPES = (_ast.Lambda, _ast.ListComp, _ast.SetComp, _ast.DictComp, _ast.GeneratorExp)

def _failure(e):
    if isinstance(e, SyntaxError):
        return (False, e.lineno or 1, e.msg or "invalid syntax")
    return (False, 1, "%s: %s" % (type(e).__name__, e))

_ERRORS = (SyntaxError, ValueError, MemoryError, RecursionError, OverflowError)

def check(src):
    try:
        compile(src, "<snippet>", "exec", flags=_FLAGS, dont_inherit=True)
        return (True, 0, "")
    except _ERRORS as e:
        return _failure(e)

_LEAF_FIELDS = {"ctx", "op", "ops"}  # contexts and operators: nodes that never hold others
_CHILD_FIELDS = {}

def _children(node):
    # ast.iter_child_nodes, but for the leaves above
    fields = _CHILD_FIELDS.get(type(node))
    if fields is None:
        fields = _CHILD_FIELDS[type(node)] = [f for f in node._fields if f not in _LEAF_FIELDS]
    for name in fields:
        field = getattr(node, name, None)
        if isinstance(field, _AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, _AST):
                    yield item

def _walk(tree):
    # ast.walk (another order: every caller collects sets)
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(_children(node))

def _statements(tree):
    out = []
    def visit(body, depth):
        for node in body:
            is_call = isinstance(node, _ast.Expr) and isinstance(node.value, _ast.Call)
            is_print = is_call and isinstance(node.value.func, _Name) and node.value.func.id == "print"
            out.append((node.lineno, node.end_lineno, depth, type(node).__name__, is_print, is_call))
            for field in ("body", "orelse", "finalbody"):
                child = getattr(node, field, None)
                if isinstance(child, list) and child and isinstance(child[0], _ast.stmt):
                    visit(child, depth + 1)
            for handler in getattr(node, "handlers", []) or []:
                visit(handler.body, depth + 1)
            for case in getattr(node, "cases", []) or []:
                visit(case.body, depth + 1)
    visit(tree.body, 0)
    out.sort()
    return out

def _comments(src, tree):
    # A `#` is a comment unless it lies inside a string literal, whose spans the ast knows:
    # the same answer as tokenize. Used where notecheck's own lexer is unsure (see
    # code_comments.h); it finds the same comments everywhere else.
    if "#" not in src:
        return []
    spans = [(n.lineno, n.col_offset, n.end_lineno, n.end_col_offset) for n in _walk(tree)
             if isinstance(n, _ast.JoinedStr)
             or (isinstance(n, _ast.Constant) and isinstance(n.value, (str, bytes)))]
    out = []
    for i, text in enumerate(src.split("\n")):
        if "#" not in text:
            continue
        line, raw, start = i + 1, text.encode("utf-8"), 0
        while True:
            pos = raw.find(b"#", start)  # ast columns count UTF-8 bytes
            if pos < 0:
                break
            if not any((l1, c1) <= (line, pos) < (l2, c2) for l1, c1, l2, c2 in spans):
                before = raw[:pos].decode("utf-8", "replace")
                comment = raw[pos:].decode("utf-8", "replace").rstrip()
                out.append((line, pos, comment, before.strip() == ""))
                break
            start = pos + 1
    return out

def _names_from_ast(tree):
    stored, loaded = set(), set()
    for node in _walk(tree):
        if isinstance(node, _Name):
            (loaded if isinstance(node.ctx, _Load) else stored).add(node.id)
        elif isinstance(node, _DEFINITIONS):
            stored.add(node.name)
        elif isinstance(node, _IMPORTS):
            stored.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, _ast.arg):
            stored.add(node.arg)
    return stored, loaded - stored

def _read_before_bound(tree, wanted=None):
    # Module-level names read (or augmented: `x += 1`) before this module first binds them,
    # in execution order; function and class bodies run later and are left to symtable.
    # With `wanted`, only those names matter: the walk ends once all of them are bound.
    bound, early = set(), set()
    for stmt in tree.body:
        if wanted is not None and wanted <= bound:
            break
        loads, stores = [], []
        stack = [stmt]
        while stack:
            node = stack.pop()
            if isinstance(node, _DEFINITIONS):
                stack.extend(node.decorator_list)
                stores.append(node.name)
                continue
            if isinstance(node, _OWN_SCOPES):
                continue
            if isinstance(node, _ast.AugAssign) and isinstance(node.target, _Name):
                loads.append(node.target.id)
            if isinstance(node, _Name):
                (loads if isinstance(node.ctx, _Load) else stores).append(node.id)
            elif isinstance(node, _IMPORTS):
                stores.extend((a.asname or a.name).split(".")[0] for a in node.names)
            stack.extend(_children(node))
        early.update(n for n in loads if n not in bound)
        bound.update(stores)
    return early

def _names(src, tree):
    # symtable knows Python's scoping rules: a name read in a function that is neither local
    # nor bound at module level is a global the snippet expects someone else to define.
    # The raw tables and flags, as symtable.Symbol's is_assigned, is_imported, is_namespace,
    # is_referenced and is_global read them.
    try:
        top = _symtable.symtable(src, "<snippet>", "exec")
        namespaces = {child.name for child in top.children}
        defined, used = set(), set()
        for name, flags in top.symbols.items():
            if flags & (_DEF_LOCAL | _DEF_IMPORT) or name in namespaces:
                defined.add(name)
            if flags & _USE:
                used.add(name)
        # In nested scopes, the names read as globals.
        stack = list(top.children)
        while stack:
            table = stack.pop()
            for name, flags in table.symbols.items():
                if flags & _USE and ((flags >> _SCOPE_OFF) & _SCOPE_MASK) in _GLOBAL_SCOPES:
                    used.add(name)
            stack.extend(table.children)
        free = used - defined
        # Every other name read at module level is in `free` already.
        free |= _read_before_bound(tree, defined) & defined
    except Exception:  # a module symtable refuses: approximate with the ast
        defined, free = _names_from_ast(tree)
        free |= _read_before_bound(tree)
    # (read before bound: `x += 1` needs an x from before, yet binds x too)
    free = {n for n in free if not hasattr(_builtins, n) and not n.startswith("__")}
    return (sorted(defined), sorted(free))

def analyze(src, compiled, comments):
    # Compiling adds the errors only code generation finds (`return` outside a function),
    # unless check() already compiled this very text. The source, as the runner compiles it:
    # the tree's conversion back from Python objects refuses deep nesting the parser accepts.
    try:
        tree = compile(src, "<snippet>", "exec", flags=_FLAGS | _ast.PyCF_ONLY_AST,
                       dont_inherit=True)
        if not compiled:
            compile(src, "<snippet>", "exec", flags=_FLAGS, dont_inherit=True)
    except _ERRORS as e:
        return (_failure(e), [], [], [], [])
    defined, free = _names(src, tree)
    return ((True, 0, ""), _statements(tree), _comments(src, tree) if comments else None,
            defined, free)
)PY";

SyntaxResult to_result(const py::handle& t) {
  auto tup = t.cast<py::tuple>();
  SyntaxResult r;
  r.ok = tup[0].cast<bool>();
  r.error_line = tup[1].cast<int>();
  r.message = tup[2].cast<std::string>();
  return r;
}

class PythonSyntaxChecker : public SyntaxChecker {
 public:
  // The interpreter starts on the first question, not before: a check that finds every
  // document in the extraction cache never starts it (tens of milliseconds).
  explicit PythonSyntaxChecker(bool c_ast) : c_ast_(c_ast) {}

  // Extract, claims and continuation ask about the same snippets: answers are memoized by code
  // for the life of the checker (one CLI run).
  SyntaxResult check(const std::string& code) override {
    if (auto it = analyses_.find(code); it != analyses_.end()) return it->second.syntax;
    if (auto it = checks_.find(code); it != checks_.end()) return it->second;
    start();
    // Most texts checked are analysed next: one parse answers both (and the analysis costs
    // little more than the check), where the Python-level check and analysis parse twice.
    if (std::optional<Analysis> a = fast_analysis(code, false)) {
      remember(code, *a);
      return a->syntax;
    }
    std::optional<SyntaxResult> fast;
    if (c_ast_) fast = check_with_c_api(code);
    SyntaxResult r =
        fast ? *fast
             : to_result(analyzer("check")(py::bytes(code).attr("decode")("utf-8", "replace")));
    if (checks_.size() < kMemoLimit) checks_.emplace(code, r);
    return r;
  }

  Analysis analyze(const std::string& code) override {
    if (auto it = analyses_.find(code); it != analyses_.end()) return it->second;
    Analysis a = analyze_uncached(code);
    remember(code, a);
    return a;
  }

 private:
  static constexpr size_t kMemoLimit = 100000;

  void remember(const std::string& code, const Analysis& a) {
    if (analyses_.size() < kMemoLimit) analyses_.emplace(code, a);
  }

  void start() {
    if (started_) return;
    EmbedOptions options;
    options.import_site = false;  // compile(), _ast and _symtable only
    init_embedded_python(options);
    py::dict ns;
    ns["__builtins__"] = py::module_::import("builtins");
    py::exec(kSetupSource, ns);
    started_ = true;
  }

  // A function of the Python-level analyzer, which is executed on the first call.
  py::object analyzer(const char* function) {
    if (!analyzer_) {
      py::dict ns;
      ns["__builtins__"] = py::module_::import("builtins");
      py::exec(kAnalyzerSource, ns);
      analyzer_ = ns;
    }
    return analyzer_[function];
  }

  // The analysis from CPython's C structures with the comments of notecheck's lexer, where
  // both can answer (c_ast_analysis.h, code_comments.h).
  std::optional<Analysis> fast_analysis(const std::string& code, bool compiled) {
    std::vector<CommentInfo> comments;
    if (!c_ast_ || !find_comments(code, &comments)) return std::nullopt;
    std::optional<Analysis> a = analyze_with_c_ast(code, compiled);
    if (a && a->syntax.ok) a->comments = std::move(comments);
    return a;
  }

  Analysis analyze_uncached(const std::string& code) {
    start();
    auto known = checks_.find(code);
    const bool compiled = known != checks_.end() && known->second.ok;
    if (std::optional<Analysis> a = fast_analysis(code, compiled)) return std::move(*a);
    std::vector<CommentInfo> comments;
    const bool lexed = find_comments(code, &comments);
    auto tup =
        analyzer("analyze")(py::bytes(code).attr("decode")("utf-8", "replace"), compiled, !lexed)
            .cast<py::tuple>();
    Analysis a;
    a.syntax = to_result(tup[0]);
    for (auto s : tup[1].cast<py::list>()) {
      auto t = s.cast<py::tuple>();
      StatementInfo info;
      info.line = t[0].cast<int>();
      info.end_line = t[1].cast<int>();
      info.depth = t[2].cast<int>();
      info.kind = t[3].cast<std::string>();
      info.is_print = t[4].cast<bool>();
      info.is_call = t[5].cast<bool>();
      a.statements.push_back(std::move(info));
    }
    if (tup[2].is_none()) {
      if (a.syntax.ok) a.comments = std::move(comments);
    } else {
      for (auto c : tup[2].cast<py::list>()) {
        auto t = c.cast<py::tuple>();
        CommentInfo info;
        info.line = t[0].cast<int>();
        info.column = t[1].cast<int>();  // bytes, as everywhere in notecheck
        info.text = t[2].cast<std::string>();
        info.own_line = t[3].cast<bool>();
        a.comments.push_back(std::move(info));
      }
    }
    a.defined_names = tup[3].cast<std::vector<std::string>>();
    a.free_names = tup[4].cast<std::vector<std::string>>();
    return a;
  }

  const bool c_ast_;  // the common case from CPython's C structures (c_ast_analysis.h)
  bool started_ = false;
  py::object analyzer_;  // the Python-level analyzer's namespace, once executed
  std::unordered_map<std::string, SyntaxResult> checks_;
  std::unordered_map<std::string, Analysis> analyses_;
};

}  // namespace

std::unique_ptr<SyntaxChecker> make_python_syntax_checker() {
  return std::make_unique<PythonSyntaxChecker>(true);
}

std::unique_ptr<SyntaxChecker> make_python_level_syntax_checker() {
  return std::make_unique<PythonSyntaxChecker>(false);
}

}  // namespace notecheck
