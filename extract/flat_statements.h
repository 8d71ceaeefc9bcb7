// The statements of code whose indentation was lost (every line at the left margin, as in a
// PDF exported to text), with the lexical facts a reader uses to put the blocks back: what
// opens a block, what must sit inside a function, which names a line reads and binds.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace notecheck {

enum class Header {
  kNone,
  kIf,
  kElif,
  kElse,
  kFor,
  kWhile,
  kWith,
  kTry,
  kExcept,
  kFinally,
  kDef,
  kClass,
  kMatch,
  kCase,
  kDecorator,
};

// Names are interned per block: ids index FlatBlock::names.
struct FlatStatement {
  int first = 0, last = 0;  // 0-based line indexes in the block, continuation lines included
  Header header = Header::kNone;
  bool opens = false;           // ends with ':' outside brackets: the next statement is its body
  bool is_async = false;        // `async def`, `async for`, `async with`
  bool terminal = false;        // return, raise, break or continue: code after it is unreachable
  bool needs_function = false;  // return or yield
  bool needs_loop = false;      // break or continue
  bool needs_nested = false;    // nonlocal
  bool has_await = false;       // await, async for, async with
  bool is_import = false;
  bool is_expression = false;     // an expression statement (a call, a docstring, ...)
  bool is_docstring = false;      // a lone string literal
  bool is_ellipsis = false;       // `...`
  bool has_claim = false;         // an expression statement with a trailing comment like a value
  bool declaration = false;       // `global x` / `nonlocal x`: needs statements after it
  bool has_bases = false;         // `class X(Base):`
  bool static_method = false;     // decorated with @staticmethod (set on the decorated def)
  bool class_decorated = false;   // @classmethod, @property, @x.setter...: a method
  bool guard = false;             // `if x is None:`, `if not x:`, `if k not in d:` (a short body)
  int shape = 0;                  // statements of one shape (`x: int`, `a = db.Column(...)`) group
  int comments_before = 0;        // own-line comments between the previous statement and this one
  bool section_before = false;    // one of them is a section title (`# 4. ...`, `# --- x ---`)
  int target = -1;                // for a decorator: index of the def or class it decorates
  int name = -1;                  // def or class name
  std::vector<int> params;        // def parameters, in order
  std::vector<int> loads;         // names read, outside comprehensions and lambdas
  std::vector<int> calls;         // names called (`f(...)`), a subset of loads
  std::vector<int> binds;         // names bound in the enclosing scope
  std::vector<int> header_binds;  // for targets, `with ... as x`, `except ... as e`
  std::vector<int> globals;       // `global x` / `nonlocal x`
};

struct FlatBlock {
  std::vector<FlatStatement> statements;
  std::vector<std::string> names;
  std::vector<int> line_statement;  // per line: statement index, or -1 for a comment line
  std::vector<bool> in_string;      // per line: it starts inside a triple-quoted string
  // Per def/class statement: whether a later statement reads its name (a nested def that
  // is returned or called is a closure; one that is never used again is not nested).
  std::vector<bool> used_later;
};

// Splits `lines` (no line breaks; blank lines are treated as comments) into statements.
FlatBlock split_flat_statements(const std::vector<std::string>& lines);

// A trailing comment that states a value (`# 8`, `# [1, 2]`, `# 'B'`, `# True`), as opposed
// to a remark (`# signals work complete`); `comment` is the text after the `#`.
bool looks_like_value(std::string_view comment);

// The id of `name` in `block`, or -1.
int name_id(const FlatBlock& block, const std::string& name);

}  // namespace notecheck
