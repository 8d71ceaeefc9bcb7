#include "extract/continuation.h"

#include <gtest/gtest.h>

#include "harness/run/python_syntax_checker.h"

namespace notecheck {
namespace {

Snippet snippet(int index, std::string code) {
  Snippet s;
  s.index = index;
  s.code = std::move(code);
  s.line_map = {index * 10 + 1};
  return s;
}

TEST(Continuation, ClosestDefinitionAndItsOwnProvidersTransitively) {
  auto checker = make_python_syntax_checker();
  std::vector<Snippet> s = {
      snippet(0, "from enum import Enum\n"), snippet(1, "class Color(Enum):\n    RED = 1\n"),
      snippet(2, "Enum = None\n"),  // not runnable: never a provider
      snippet(3, "print(Color.RED)\n"),      snippet(4, "import math\nprint(math.pi)\n"),
  };
  s[2].runnable = false;
  infer_continuations(s, *checker);
  EXPECT_TRUE(s[0].continues.empty());
  EXPECT_EQ(s[1].continues, std::vector<int>({0}));
  EXPECT_EQ(s[3].continues, std::vector<int>({0, 1}));
  EXPECT_TRUE(s[4].continues.empty());  // defines what it uses
}

TEST(Continuation, GlobalsReadInsideFunctionsAndTopLevelAwaitCount) {
  auto checker = make_python_syntax_checker();
  std::vector<Snippet> s = {
      snippet(0, "import asyncio\nbalance = 100\n"),
      // symtable rejects top-level await; the ast fallback still finds the free names.
      snippet(1,
              "async def f():\n    global balance\n    balance -= 1\n"
              "await asyncio.gather(f())\n"),
  };
  infer_continuations(s, *checker);
  EXPECT_EQ(s[1].continues, std::vector<int>({0}));
}

TEST(Continuation, BuiltinsAndOwnNamesAreNotFree) {
  auto checker = make_python_syntax_checker();
  Analysis a = checker->analyze("def f(x):\n    return len(x) + y\nz = f([1])\n");
  EXPECT_EQ(a.free_names, std::vector<std::string>({"y"}));
  EXPECT_EQ(a.defined_names, std::vector<std::string>({"f", "z"}));
  // Read before this snippet binds it: needs an earlier definition, and still defines it.
  a = checker->analyze("balance -= 100\nprint([n for n in range(balance)])\n");
  EXPECT_EQ(a.free_names, std::vector<std::string>({"balance"}));
  EXPECT_EQ(a.defined_names, std::vector<std::string>({"balance"}));
}

}  // namespace
}  // namespace notecheck
