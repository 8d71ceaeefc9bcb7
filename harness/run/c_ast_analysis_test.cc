#include "harness/run/c_ast_analysis.h"

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <memory>

#include "extract/document.h"
#include "extract/extractor.h"
#include "harness/run/python_syntax_checker.h"
#include "util/file.h"
#include "util/text.h"

namespace notecheck {
namespace {

std::string describe(const Analysis& a) {
  std::string out =
      fmt::format("ok={} line={} msg={}\n", a.syntax.ok, a.syntax.error_line, a.syntax.message);
  for (const StatementInfo& s : a.statements)
    out += fmt::format("  {}-{} d{} {} print={} call={}\n", s.line, s.end_line, s.depth, s.kind,
                       s.is_print, s.is_call);
  for (const CommentInfo& c : a.comments)
    out += fmt::format("  # {}:{} {} own={}\n", c.line, c.column, c.text, c.own_line);
  out += "  defined:";
  for (const std::string& n : a.defined_names) out += " " + n;
  out += "\n  free:";
  for (const std::string& n : a.free_names) out += " " + n;
  return out + "\n";
}

std::string describe(const SyntaxResult& r) {
  return fmt::format("ok={} line={} msg={}", r.ok, r.error_line, r.message);
}

// Fresh checkers for every comparison, so that both answer from scratch: `analyze` first (code
// generation inside the analysis), or `check` first (the analysis skips it), as extraction asks.
void expect_same_answers(const std::string& code, const std::string& where) {
  for (bool check_first : {false, true}) {
    std::unique_ptr<SyntaxChecker> fast = make_python_syntax_checker();
    std::unique_ptr<SyntaxChecker> reference = make_python_level_syntax_checker();
    if (check_first) {
      EXPECT_EQ(describe(reference->check(code)), describe(fast->check(code))) << where << code;
    }
    EXPECT_EQ(describe(reference->analyze(code)), describe(fast->analyze(code)))
        << where << (check_first ? " (check first)\n" : "\n") << code;
  }
}

// Starts the interpreter, which analyze_with_c_ast needs.
void start_python() { make_python_syntax_checker()->check("pass\n"); }

TEST(CAstAnalysis, SameAnswersAsThePythonLevelAnalyzerOnEveryRealSnippet) {
  start_python();
  std::unique_ptr<SyntaxChecker> extractor = make_python_syntax_checker();
  int compared = 0, fast = 0;
  for (const char* dir :
       {NOTECHECK_SOURCE_DIR "/../shared/notes", NOTECHECK_SOURCE_DIR "/examples"}) {
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      Document doc = read_document(entry.path().string());
      for (const Snippet& s : extract_snippets(doc, *extractor)) {
        std::string where = s.document + ":" + std::to_string(s.start_line()) + "\n";
        expect_same_answers(s.code, where);
        ++compared;
        fast += analyze_with_c_ast(s.code, false).has_value();
        // Broken variants: the search's rejected candidates, cut snippets.
        std::vector<std::string> lines = split_lines(s.code);
        if (lines.size() < 2) continue;
        std::string cut, indented = " " + s.code;
        for (size_t i = 0; i + 1 < lines.size(); ++i) cut += lines[i] + "\n";
        for (const std::string& variant : {cut, indented}) expect_same_answers(variant, where);
      }
    }
  }
  EXPECT_GT(compared, 250);
  // The fast path answers nearly everything: only code that does not compile falls back.
  EXPECT_GT(fast * 10, compared * 9) << fast << " of " << compared;
}

// Every module of CPython's standard library that this Python has (its own tests among them:
// every syntax there is), as written and with an unclosed bracket half-way, checked first.
TEST(CAstAnalysis, SameAnswersOnEveryModuleOfTheStandardLibrary) {
  start_python();
  int compared = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator("/usr/lib/python3.11")) {
    if (entry.path().extension() != ".py") continue;
    std::optional<std::string> text = read_file(entry.path().string());
    if (!text) continue;
    std::string broken = *text;
    size_t middle = broken.find('\n', broken.size() / 2);
    if (middle != std::string::npos) broken.insert(middle + 1, "  x = (\n");
    for (const std::string& code : {*text, broken}) {
      std::unique_ptr<SyntaxChecker> fast = make_python_syntax_checker();
      std::unique_ptr<SyntaxChecker> reference = make_python_level_syntax_checker();
      std::string got = describe(fast->check(code)) + "\n" + describe(fast->analyze(code));
      std::string want =
          describe(reference->check(code)) + "\n" + describe(reference->analyze(code));
      auto differ = std::mismatch(got.begin(), got.end(), want.begin(), want.end());
      size_t at = static_cast<size_t>(differ.first - got.begin());
      EXPECT_TRUE(got == want) << entry.path() << ", from byte " << at
                               << ":\nfast: " << got.substr(at, 300)
                               << "\nreference: " << want.substr(at, 300);
      ++compared;
    }
  }
  EXPECT_GT(compared, 1000);
}

TEST(CAstAnalysis, SameAnswersOnEveryKindOfStatementAndScope) {
  start_python();
  const char* cases[] = {
      "x = 1\nx += 1\nprint(x)\n",
      "print(y)\ny = 2\n",
      "total += 1\n",
      "import os.path, collections.abc as cabc\nfrom a.b import c as d, e\nfrom m import *\n",
      "@decorate(arg)\n@other\ndef f(a, b=default, *args, k=kw_default, **kw):\n"
      "    global g\n    g = a\n    return b + outer\n",
      "class C(Base, metaclass=Meta):\n    attr = value\n    def m(self):\n"
      "        return self.attr + free_in_method\n",
      "def outer():\n    v = 1\n    def inner():\n        nonlocal v\n        v += 1\n"
      "        return v\n    return inner\n",
      "def top():\n    return later\nlater = 1\n",
      "squares = [i * i for i in range(n)]\nf = lambda q: q + z\nd = {k: v for k, v in items}\n"
      "g = (w for w in ws)\ns = {e for e in es}\n",
      "if (n := len(data)) > 10:\n    print(n)\nelif other:\n    pass\nelse:\n    del n\n",
      "for i, (a, *rest) in enumerate(pairs):\n    continue\nelse:\n    print(i)\n"
      "while cond:\n    break\nelse:\n    done = True\n",
      "try:\n    import numpy as np\nexcept ImportError as e:\n    np = None\nelse:\n    ok = 1\n"
      "finally:\n    cleanup()\n",
      "try:\n    risky()\nexcept* ValueError as eg:\n    handle(eg)\n",
      "match command:\n    case [\"go\", direction] if direction in allowed:\n        move()\n"
      "    case {\"x\": xv, **rest}:\n        pass\n    case Point(x=0, y=yv) | Other():\n"
      "        pass\n    case Color.RED:\n        pass\n    case _:\n        print(\"?\")\n",
      "with open(path) as fh, lock:\n    text = fh.read()\n",
      "async def main():\n    async with session() as s:\n        async for row in s:\n"
      "            await handle(row)\n    return [x async for x in gen()]\n",
      "await asyncio.sleep(1)\n",  // top-level await, allowed as in notecheck's runner
      "x: int\ny: list[str] = []\nprint(f\"{x!r:>{width}} {y}\")\n",
      "from __future__ import annotations\ndef f(a: Undefined) -> Later: ...\n",
      "__all__ = ['f']\nprint(__name__, len, __file__)\n",
      "def gen():\n    yield from other()\n    x = yield\n",
      "assert cond, message\nraise Error from cause\n",
      "a = b = c = source\n(p, q), r = pair, third\nobj.attr = items[1:2:3]\n",
      "print\nprint(1)\nlog(2)\n(print)(3)\n",
      "return 1\n",  // code generation refuses it
      "*a = [1]\n",
      "def f():\n  x = 1\n    y = 2\n",
      "from __future__ import braces\n",
      "x = 'caf\xc3\xa9'\n\xe5\x90\x8d = 1\nprint(\xe5\x90\x8d)\n",
      "x = '\xff'\n",  // not UTF-8: the Python-level analyzer answers
      "x = 1 +\n",
      "if True:\n\tx = 1\n        y = 2\n",
      "\"docstring\"\n...\n",
  };
  for (const char* code : cases) expect_same_answers(code, "case:\n");
  // Deep nesting, which CPython's parser and compiler accept (and the tree's conversion from
  // Python objects would not): `x = y+1+1+...`, `z = ---...y`.
  std::string chain = "x = y", signs = "z = ";
  for (int i = 0; i < 1500; ++i) {
    chain += "+1";
    signs += "-";
  }
  expect_same_answers(chain + "\n", "chain:\n");
  expect_same_answers(signs + "y\n", "signs:\n");
}

TEST(CAstAnalysis, DeclinesOnlyWhatThePythonLevelAnalyzerMustAnswer) {
  start_python();
  EXPECT_TRUE(analyze_with_c_ast("x = 1\nprint(x)\n", false).has_value());
  EXPECT_TRUE(analyze_with_c_ast("def f():\n    return g\n", true).has_value());
  std::optional<Analysis> awaits = analyze_with_c_ast("await sleep(1)\n", false);
  ASSERT_TRUE(awaits.has_value());  // top-level await: allowed, as in notecheck's runner
  EXPECT_EQ(awaits->free_names, std::vector<std::string>{"sleep"});
  // What the symbol table refuses (here even when told code generation accepted it).
  EXPECT_FALSE(analyze_with_c_ast("def f():\n    nonlocal q\n", true).has_value());
  // A function's locals are its own, whatever it is called (`top` is also the module's table).
  std::optional<Analysis> top = analyze_with_c_ast("def top():\n    x = 1\n    return x\n", false);
  ASSERT_TRUE(top.has_value());
  EXPECT_TRUE(top->free_names.empty());
  EXPECT_EQ(top->defined_names, std::vector<std::string>{"top"});
  std::optional<Analysis> failed = analyze_with_c_ast("x = 1\nreturn x\n", false);
  ASSERT_TRUE(failed.has_value());  // code generation's SyntaxError, as compile() reports it
  EXPECT_EQ(describe(*failed),
            "ok=false line=2 msg='return' outside function\n  defined:\n  free:\n");
  EXPECT_FALSE(analyze_with_c_ast("x = '\xff'\n", false).has_value());  // not UTF-8
  EXPECT_FALSE(analyze_with_c_ast(std::string("x = 1\0", 6), false).has_value());

  std::optional<SyntaxResult> bad = check_with_c_api("def f(:\n    pass\n");
  ASSERT_TRUE(bad.has_value());
  EXPECT_FALSE(bad->ok);
  EXPECT_EQ(bad->error_line, 1);
  EXPECT_EQ(check_with_c_api("x = 1\n")->ok, true);
}

}  // namespace
}  // namespace notecheck
