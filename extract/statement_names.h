// The names one flat statement reads and binds, from its tokens: reads (not attributes, keyword
// arguments or comprehension targets; f-string fields included), assignment targets, imports.
// statement_facts.h decides what kind of statement it is and asks this for its names.
#pragma once

#include <string_view>
#include <vector>

#include "extract/flat_statements.h"
#include "extract/line_lexer.h"

namespace notecheck {

inline bool is_op(const Token& t, std::string_view text) {
  return t.kind == TokenKind::kOp && t.text == text;
}
inline bool is_kw(const Token& t, std::string_view text) {
  return t.kind == TokenKind::kKeyword && t.text == text;
}

class StatementNames {
 public:
  explicit StatementNames(FlatBlock& block) : block_(block) {}  // interns into block.names

  int intern(std::string_view name);
  // Reads of names in [from, to): not attributes, keyword arguments, comprehension targets,
  // lambda parameters or names in `exclude`; walrus targets are bound.
  void loads(FlatStatement& s, const std::vector<Token>& t, size_t from, size_t to,
             const std::vector<int>* exclude = nullptr);
  // The names an assignment to the tokens [from, to) binds (the first target of `a = b = 1`);
  // names only read there (`d[k] = v`, `obj.x = 1`) are reads.
  void targets(FlatStatement& s, const std::vector<Token>& t, size_t from, size_t to);
  // The names `import a.b, c as d` or `from m import x as y` binds.
  void imports(FlatStatement& s, const std::vector<Token>& t, size_t start);

 private:
  // Names read inside the `{...}` fields of an f-string.
  void fstring_loads(FlatStatement& s, std::string_view str);

  FlatBlock& block_;
};

}  // namespace notecheck
