// Claim splitting on comment texts copied from the notes in /work/shared/notes.
#include "harness/compare/claim_text.h"

#include <gtest/gtest.h>

#include "harness/compare/exception_claim.h"
#include "harness/compare/literal.h"

namespace notecheck {
namespace {

const KnownNames kNone;

struct Split {
  const char* comment;
  const char* value;
  const char* prose;
};

TEST(ClaimText, SplitsValueFromProse) {
  const Split cases[] = {
      {"4 (includes temporary reference in getrefcount)", "4",
       "(includes temporary reference in getrefcount)"},
      {"[4, 4, 4, 4, 4] -- NOT [0, 1, 2, 3, 4]", "[4, 4, 4, 4, 4]", "-- NOT [0, 1, 2, 3, 4]"},
      {"\"local\" — L (local scope)", "\"local\"", "— L (local scope)"},
      {"[1, 2, 3, 4] — mutated!", "[1, 2, 3, 4]", "— mutated!"},
      {"True — CPython caches small ints (-5 to 256)", "True",
       "— CPython caches small ints (-5 to 256)"},
      {"2 -- __init__ ran again and overwrote!", "2", "-- __init__ ran again and overwrote!"},
      {"[1, 2] ← unexpected!", "[1, 2]", "← unexpected!"},
      {"False (outside cache range — implementation detail!)", "False",
       "(outside cache range — implementation detail!)"},
      {"True (same values)", "True", "(same values)"},
      {"False! (not equal to int)", "False", "! (not equal to int)"},
      {"[1, 2]     -- NOT affected", "[1, 2]", "-- NOT affected"},
      {"([],) initially", "([],)", "initially"},
      {"50, not 0!", "50", ", not 0!"},
      {"'blue' (first dict wins)", "'blue'", "(first dict wins)"},
      {"[('A','B'), ('A','C'), ('B','A'), ...] -- order matters",
       "[('A','B'), ('A','C'), ('B','A'), ...]", "-- order matters"},
      {"CacheInfo(hits=98, misses=101, maxsize=128, currsize=101)",
       "CacheInfo(hits=98, misses=101, maxsize=128, currsize=101)", ""},
      {"b'\\x01\\x00\\x00\\x00\\x02\\x00\\x00\\x00...'",
       "b'\\x01\\x00\\x00\\x00\\x02\\x00\\x00\\x00...'", ""},
      {"3 4", "3 4", ""},
      {"-> 10", "10", ""},
      {"prints \"B\"", "\"B\"", ""},
  };
  for (const Split& c : cases) {
    ClaimText ct = read_claim_text(c.comment, kNone);
    EXPECT_TRUE(ct.value) << c.comment;
    EXPECT_EQ(ct.value_text, c.value) << c.comment;
    EXPECT_EQ(ct.prose, c.prose) << c.comment;
  }
}

TEST(ClaimText, CommentsThatAreNotValues) {
  for (const char* comment :
       {"Fine",
        "calls setter",
        "Works (just a warning to other devs)",
        "Prints 3 times",
        "Force collection",
        "Circular!",
        "(generation0, generation1, generation2)",
        "refcount = 1",
        "Same instance!",
        "May be False (not necessarily interned)",
        "Instant (without cache: heat death of universe)",
        "O(1) -- list.insert(0, x) is O(n)!",
        "8KB chunks (walrus operator)",
        "const name: string = \"Alice\"",
        "await Promise.all([a(), b()])",
        "pycodestyle, pyflakes, isort, pyupgrade",
        "WARNING: runs every time Singleton() is called!",
        "No KeyError! Auto-creates list",
        "...",
        "LOAD_GLOBAL('math'), LOAD_ATTR('sqrt')",
        "bitmask: generator, async, etc.",
        "class method — receives cls",
        "Great for grouping: defaultdict(list), counting: defaultdict(int)"}) {
    ClaimText ct = read_claim_text(comment, kNone);
    EXPECT_FALSE(ct.value) << comment << " read as " << ct.value_text;
    EXPECT_TRUE(ct.exception.empty()) << comment;
    EXPECT_FALSE(ct.approximate) << comment;
    EXPECT_EQ(ct.prose, comment);
  }
}

TEST(ClaimText, NamesAreValuesOnlyWhenKnown) {
  KnownNames known("class A:\n    pass\nclass B(A): pass\nclass C(A): pass\nclass D(B, C): pass\n");
  ClaimText ct = read_claim_text("[D, B, C, A, object]", known);
  ASSERT_TRUE(ct.value);
  EXPECT_EQ(ct.value->items.size(), 5u);
  EXPECT_FALSE(read_claim_text("[D, B, C, A, object]", kNone).value);
  EXPECT_TRUE(read_claim_text("(D, B, C, A, object)", known).value);
  EXPECT_FALSE(read_claim_text("D -> B -> C -> A (follows MRO chain)", known).value);
  EXPECT_TRUE(read_claim_text("list", kNone).value);  // builtin type name
  EXPECT_TRUE(read_claim_text("generator", kNone).value);
  KnownNames timed("def slow_function():\n    pass\n");
  EXPECT_FALSE(read_claim_text("slow_function took 0.5001s", timed).value);
}

TEST(ClaimText, ShapesOfValues) {
  KnownNames known(
      "from collections import deque\nclass Status(Enum):\n    PENDING = auto()\n"
      "    ACTIVE = auto()\n    DISABLED = auto()\n");
  ClaimText popped = read_claim_text("0, deque = [1, 2, 3]", known);
  EXPECT_EQ(popped.value_text, "0");
  ClaimText enum_loop = read_claim_text("PENDING 1, ACTIVE 2, DISABLED 3", known);
  ASSERT_TRUE(enum_loop.value);
  EXPECT_EQ(enum_loop.value_text, "PENDING 1, ACTIVE 2, DISABLED 3");
  EXPECT_EQ(enum_loop.value->items.size(), 3u);
  EXPECT_EQ(enum_loop.value->items[0].type, literal_type::kPrinted);
  ClaimText loose = read_claim_text("2 again", kNone);
  EXPECT_EQ(loose.value_text, "2");
  EXPECT_TRUE(loose.loose);
  EXPECT_FALSE(read_claim_text("4 (includes temporary reference)", kNone).loose);
  // A mode after the value qualifies it (002: `x is y  # False in REPL, may be True in script`).
  ClaimText repl = read_claim_text("False in REPL, may be True in script", kNone);
  EXPECT_EQ(repl.value_text, "False");
  EXPECT_FALSE(repl.loose);
  EXPECT_EQ(repl.prose, "in REPL, may be True in script");
  ClaimText res = read_claim_text("Resource('db_conn') — alive", kNone);
  EXPECT_EQ(res.value_text, "Resource('db_conn')");
  ClaimText tuples = read_claim_text("('A','B'),('A','C'),...", kNone);
  ASSERT_TRUE(tuples.value);
  EXPECT_EQ(tuples.value->type, literal_type::kSequence);
}

TEST(ClaimText, LabelledValues) {
  EXPECT_EQ(read_claim_text("union: {1, 2, 3, 4, 5, 6}", kNone).value_text, "{1, 2, 3, 4, 5, 6}");
  EXPECT_EQ(read_claim_text("ALL matches as list: ['1', '2', '3']", kNone).value_text,
            "['1', '2', '3']");
  EXPECT_EQ(read_claim_text("Prime the generator -> 0", kNone).value_text, "0");
  EXPECT_EQ(read_claim_text("Replace: 'aXbX'", kNone).value_text, "'aXbX'");
  EXPECT_EQ(
      read_claim_text("Output: {\"event\": \"paid\", \"timestamp\": \"...\"}", kNone).value_text,
      "{\"event\": \"paid\", \"timestamp\": \"...\"}");
}

TEST(ClaimText, ApproximateClaims) {
  EXPECT_TRUE(read_claim_text("~1.5s", kNone).approximate);
  EXPECT_TRUE(read_claim_text("~0.4s (4x speedup!)", kNone).approximate);
  EXPECT_TRUE(read_claim_text("Memory: ~120 bytes", kNone).approximate);
  EXPECT_FALSE(read_claim_text("Memory: ~120 bytes", kNone).value);
}

TEST(ClaimText, ExceptionClaims) {
  EXPECT_EQ(read_claim_text("ValueError", kNone).exception, "ValueError");
  EXPECT_EQ(read_claim_text("ValueError: price must be >= 0", kNone).exception, "ValueError");
  EXPECT_EQ(read_claim_text("UnboundLocalError! Python sees x = 20 below, marks x as local", kNone)
                .exception,
            "UnboundLocalError");
  EXPECT_EQ(
      read_claim_text("AttributeError: 'WithSlots' object has no attribute 'z'", kNone).exception,
      "AttributeError");
  EXPECT_EQ(claimed_exception("raises KeyError"), "KeyError");
  EXPECT_EQ(claimed_exception("Exception-safe code"), "");
  EXPECT_EQ(claimed_exception("Raises CancelledError in the task at next await point"), "");
  EXPECT_EQ(claimed_exception("KeyError is raised for missing keys"), "");
  EXPECT_TRUE(exception_satisfies("LookupError", "KeyError"));
  EXPECT_TRUE(exception_satisfies("Exception", "builtins.ValueError"));
  EXPECT_FALSE(exception_satisfies("TypeError", "ValueError"));
}

TEST(ClaimText, WithoutTrailingRemark) {
  EXPECT_EQ(without_trailing_remark("4 (includes temporary reference)"), "4");
  EXPECT_EQ(without_trailing_remark("Resource('x')"), "Resource('x')");
  EXPECT_EQ(without_trailing_remark("True"), "True");
}

TEST(KnownNames, CollectsWhatCodeBinds) {
  KnownNames known(
      "import os.path, numpy as np\nfrom typing import (List, Dict as D)\nclass Foo:\n"
      "    BAR = 1\n    def method(self): pass\nasync def fetch(): pass\na, *rest = [1, 2]\n"
      "x: int = 5\nfor i, j in pairs: pass\nwith open(p) as fh: pass\nif x == 5: pass\n"
      "obj.attr = 3\n");
  // Bound names: dotted use, capitalized names and classes stand for values.
  for (const char* name : {"os.path", "np.array", "List", "D", "Foo", "BAR", "Foo.BAR", "a.b",
                           "rest.x", "x.y", "i.j", "j.k", "fh.name", "obj.attr", "fetch.x"}) {
    EXPECT_TRUE(known.knows(name)) << name;
  }
  for (const char* name : {"object", "list", "generator", "ValueError", "CancelledError"}) {
    EXPECT_TRUE(known.knows(name)) << name;
  }
  // Lowercase variables, modules and functions read as prose words; keywords never are values.
  for (const char* name : {"os", "np", "method", "fetch", "a", "x", "numpy", "Dict", "attr",
                           "pairs", "generation0", "Fine", "class", "in", "numpy.array"}) {
    EXPECT_FALSE(known.knows(name)) << name;
  }
}

}  // namespace
}  // namespace notecheck
