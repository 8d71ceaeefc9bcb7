// Asks CPython's own compiler about a piece of text without running it. The extract stage
// depends only on this interface; the run stage implements it with the embedded interpreter.
#pragma once

#include <string>
#include <vector>

namespace notecheck {

struct SyntaxResult {
  bool ok = false;
  int error_line = 0;   // 1-based line of the first syntax error, 0 if ok
  std::string message;  // the compiler's message, empty if ok
};

// A statement of a module, from Python's ast (every nesting level, in source order).
struct StatementInfo {
  int line = 0;           // 1-based first line
  int end_line = 0;       // 1-based last line
  int depth = 0;          // 0 = top level of the module
  std::string kind;       // ast class name: "Expr", "Assign", "AugAssign", "FunctionDef", ...
  bool is_print = false;  // an Expr whose value is a call of the name `print`
  bool is_call = false;   // an Expr whose value is any call
};

// A comment: a `#` outside every string literal of the parsed module (never one in a string).
struct CommentInfo {
  int line = 0;           // 1-based
  int column = 0;         // 0-based byte column of '#'
  std::string text;       // including the leading '#'
  bool own_line = false;  // nothing but whitespace before it on its line
};

struct Analysis {
  SyntaxResult syntax;
  std::vector<StatementInfo> statements;  // empty unless syntax.ok
  std::vector<CommentInfo> comments;      // empty unless syntax.ok
  // From symtable: names the module binds at top level (assignments, imports, def, class),
  // and global names it reads without binding them (neither builtins nor its own), sorted.
  std::vector<std::string> defined_names;
  std::vector<std::string> free_names;
};

class SyntaxChecker {
 public:
  virtual ~SyntaxChecker() = default;
  // Compiles `code` as a module (top-level await allowed); never executes it. Fast path for
  // deciding whether lines are Python.
  virtual SyntaxResult check(const std::string& code) = 0;
  // check() plus statements and comments, for finding claims.
  virtual Analysis analyze(const std::string& code) = 0;
};

}  // namespace notecheck
