#include "bench/corpus.h"

#include <random>
#include <vector>

namespace notecheck::bench {

namespace {

const char* const kWords[] = {
    "the",        "a",         "list",     "returns",   "object",    "each",      "value",
    "function",   "generator", "iterator", "memory",    "reference", "copy",      "dict",
    "key",        "thread",    "lock",     "decorator", "closure",   "scope",     "class",
    "instance",   "attribute", "method",   "is",        "not",       "faster",    "because",
    "when",       "you",       "call",     "it",        "with",      "and",       "or",
    "mutable",    "immutable", "tuple",    "string",    "interned",  "cache",     "lazy",
    "évaluation", "→",         "naïve",    "context",   "manager",   "exception", "raises",
    "async",      "await",     "loop",     "event",     "GIL",       "—",         "slots",
};

// Small Python programs with claims, parameterised by a number so no two are identical.
std::string python_block(std::mt19937& rng) {
  int n = static_cast<int>(rng() % 90) + 3;
  std::string k = std::to_string(n);
  switch (rng() % 8) {
    case 0:
      return "items = [" + k + ", 1, 2]\nprint(sorted(items))  # [1, 2, " + k +
             "]\ntotal = sum(items)\nprint(total)  # " + std::to_string(n + 3) + "\n";
    case 1:
      return "def square(x):\n    return x * x\n\nprint(square(" + k + "))  # " +
             std::to_string(n * n) + "\nprint([square(i) for i in range(3)])  # [0, 1, 4]\n";
    case 2:
      return "a = " + k + "\nb = " + k + "\nprint(a is b)  # True\nprint(a == b)  # True\n";
    case 3:
      return "from collections import Counter\n\ncounts = Counter('abracadabra')\n"
             "print(counts.most_common(1))  # [('a', 5)]\nlen(counts)  # 5\n";
    case 4:
      return "class Point:\n    __slots__ = ('x', 'y')\n\n    def __init__(self, x, y):\n"
             "        self.x, self.y = x, y\n\np = Point(" +
             k + ", 2)\nprint(p.x + p.y)  # " + std::to_string(n + 2) + "\n";
    case 5:
      return "def gen(n):\n    for i in range(n):\n        yield i * 2\n\nprint(list(gen(4)))"
             "  # [0, 2, 4, 6]\nprint(sum(gen(" +
             k + ")))\n# " + std::to_string(n * (n - 1)) + "\n";
    case 6:
      return "import functools\n\n@functools.lru_cache(maxsize=None)\ndef fib(n):\n"
             "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n\nprint(fib(20))  # 6765\n";
    default:
      return "data = {'b': " + k +
             ", 'a': 1}\nprint(sorted(data))  # ['a', 'b']\n"
             "data.get('c', 0)  # 0\n";
  }
}

std::string prose_line(std::mt19937& rng) {
  std::string line;
  int words = 8 + static_cast<int>(rng() % 8);
  for (int i = 0; i < words; ++i) {
    if (i > 0) line += ' ';
    line += kWords[rng() % (sizeof kWords / sizeof kWords[0])];
  }
  line += '.';
  return line;
}

std::string paragraph(std::mt19937& rng) {
  std::string text;
  int lines = 1 + static_cast<int>(rng() % 4);
  for (int i = 0; i < lines; ++i) text += prose_line(rng) + "\n";
  return text;
}

std::string doctest_session(std::mt19937& rng) {
  int n = static_cast<int>(rng() % 50) + 2;
  return ">>> x = [" + std::to_string(n) + ", 1]\n>>> sorted(x)\n[1, " + std::to_string(n) +
         "]\n>>> len(x)\n2\n";
}

}  // namespace

std::string generate_markdown_notes(size_t bytes, uint32_t seed) {
  std::mt19937 rng(seed);
  std::string out = "# Python notes\n\n";
  for (int section = 1; out.size() < bytes; ++section) {
    out += "## " + std::to_string(section) + ". " + prose_line(rng) + "\n\n";
    out += paragraph(rng) + "\n";
    out += "```python\n" + python_block(rng) + "```\n\n";
    switch (rng() % 5) {
      case 0:
        out += "```bash\npip install requests==2." + std::to_string(rng() % 32) +
               "\npython -m venv .venv\n```\n\n";
        break;
      case 1:
        out += "```\nclient --> [gateway] --> service\n          \\-> cache\n```\n\n";
        break;
      case 2:
        out += "| name | meaning |\n|---|---|\n| `is` | identity |\n| `==` | equality |\n\n";
        break;
      case 3:
        out += "```py\n" + python_block(rng) + "```\n\n";
        break;
      default:
        out += "```pycon\n" + doctest_session(rng) + "```\n\n";
        break;
    }
    out += paragraph(rng) + "\n";
  }
  return out;
}

std::string generate_plain_notes(size_t bytes, uint32_t seed) {
  std::mt19937 rng(seed);
  std::string out = "Python interview notes\n\n";
  for (int section = 1; out.size() < bytes; ++section) {
    out += "### " + std::to_string(section) + ". What is " + kWords[rng() % 20] + "?\n\n";
    out += "👉 " + paragraph(rng) + "\n";
    out += "Example:\n\n" + python_block(rng) + "\n";
    if (rng() % 3 == 0) out += doctest_session(rng) + "\n";
    out += paragraph(rng) + "\n";
  }
  return out;
}

}  // namespace notecheck::bench
