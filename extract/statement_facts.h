// The lexical facts of one flat statement (see flat_statements.h): its header, what it needs
// around it (a function, a loop), the names it reads and binds, its shape.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "extract/flat_statements.h"
#include "extract/line_lexer.h"

namespace notecheck {

class StatementFacts {
 public:
  explicit StatementFacts(FlatBlock& block);  // names are interned into block.names
  ~StatementFacts();

  int intern(std::string_view name);
  // Fills `s` from its tokens (all its lines'); `trailing_claim`: its last line ends with a
  // comment that states a value.
  void analyze(FlatStatement& s, const std::vector<Token>& tokens, bool trailing_claim);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace notecheck
