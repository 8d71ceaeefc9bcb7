// extract's line lexer against CPython's own tokenizer (the ground truth), through pybind11.
#include <gtest/gtest.h>
#include <pybind11/embed.h>
#include <pybind11/stl.h>

#include "extract/line_lexer.h"
#include "harness/run/python_syntax_checker.h"

namespace py = pybind11;

namespace notecheck {
namespace {

// The OP tokens CPython's tokenizer reads in `text` (one line).
std::vector<std::string> tokenize_ops(const std::string& text) {
  py::dict ns;
  ns["src"] = text;
  py::exec(R"PY(
import io, tokenize
ops = []
try:
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        if t.type == tokenize.OP:
            ops.append(t.string)
except tokenize.TokenError:  # brackets left open at the end: the tokens read so far
    pass
)PY",
           ns);
  return ns["ops"].cast<std::vector<std::string>>();
}

std::vector<std::string> lexed_ops(const std::string& text) {
  LexState state;
  LineLex lex = lex_line(text, state);
  std::vector<std::string> ops;
  for (const Token& t : lex.tokens)
    if (t.kind == TokenKind::kOp) ops.emplace_back(t.text);
  return ops;
}

// Every operator and delimiter of Python, alone and run together with every other one (the
// longest match wins, as the tokenizer's), reads as CPython reads it.
TEST(LineLexer, OperatorsAreTheTokenizers) {
  make_python_syntax_checker()->check("pass\n");  // starts the interpreter
  py::dict ns;
  py::exec(
      "import token\n"
      "ops = sorted(s for s in token.EXACT_TOKEN_TYPES if not s.isalpha() and s not in '!')\n",
      ns);
  auto ops = ns["ops"].cast<std::vector<std::string>>();
  ASSERT_GT(ops.size(), 40u);
  int compared = 0;
  for (const std::string& a : ops) {
    for (const std::string& b : ops) {
      std::string alone = "x " + a, together = alone;
      alone += " y";
      together += b;
      together += " y";
      for (const std::string& text : {alone, together}) {
        // A closing bracket with no opening one is the lexer's to refuse, not to compare.
        LexState state;
        if (lex_line(text, state).bad == "unbalanced brackets") continue;
        EXPECT_EQ(lexed_ops(text), tokenize_ops(text + "\n")) << text;
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, 1000);
}

}  // namespace
}  // namespace notecheck
