#include "harness/compare/known_names.h"

#include <cctype>
#include <cstring>
#include <vector>

#include "extract/line_lexer.h"
#include "harness/compare/exception_claim.h"
#include "harness/compare/literal_lex.h"
#include "util/text.h"

namespace notecheck {
namespace {

// type(x).__name__ of common objects, and the classes of the standard library readers name.
// English words that are also type names (method, property, map, filter, time) are left out:
// as a whole comment they are more often prose than a claim.
constexpr const char* kTypeNames[] = {"object",
                                      "type",
                                      "int",
                                      "float",
                                      "complex",
                                      "str",
                                      "bytes",
                                      "bytearray",
                                      "bool",
                                      "list",
                                      "tuple",
                                      "dict",
                                      "set",
                                      "frozenset",
                                      "range",
                                      "slice",
                                      "memoryview",
                                      "NoneType",
                                      "ellipsis",
                                      "NotImplementedType",
                                      "generator",
                                      "function",
                                      "coroutine",
                                      "async_generator",
                                      "module",
                                      "builtin_function_or_method",
                                      "staticmethod",
                                      "classmethod",
                                      "dict_keys",
                                      "dict_values",
                                      "dict_items",
                                      "list_iterator",
                                      "tuple_iterator",
                                      "range_iterator",
                                      "deque",
                                      "defaultdict",
                                      "OrderedDict",
                                      "Counter",
                                      "ChainMap",
                                      "Decimal",
                                      "Fraction",
                                      "datetime",
                                      "timedelta",
                                      "Enum",
                                      "IntEnum",
                                      "Flag",
                                      "ABC",
                                      "ABCMeta",
                                      "Ellipsis",
                                      "NotImplemented",
                                      "inf",
                                      "nan"};

bool is_builtin_type(std::string_view name) {
  for (const char* type : kTypeNames) {
    if (name == type) return true;
  }
  return false;
}

std::vector<std::string> identifiers(std::string_view text) {
  std::vector<std::string> out;
  int depth = 0;
  for (size_t i = 0; i < text.size();) {
    char c = text[i];
    if (c == '[') ++depth;
    if (c == ']') --depth;
    if (!is_ident_start(c)) {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < text.size() && is_ident_char(text[i])) ++i;
    bool attribute = start > 0 && text[start - 1] == '.';
    if (!attribute && depth == 0) out.emplace_back(text.substr(start, i - start));
  }
  return out;
}

// `import a.b as c, d` -> c, a; `from m import (x, y as z)` -> x, z.
void add_imports(std::string_view list, bool keep_dotted_head, KnownNames& names) {
  size_t start = 0;
  while (start <= list.size()) {
    size_t comma = list.find(',', start);
    if (comma == std::string_view::npos) comma = list.size();
    std::string_view item = trim(list.substr(start, comma - start));
    size_t as = item.find(" as ");
    if (as != std::string_view::npos) item = trim(item.substr(as + 4));
    auto ids = identifiers(item);
    if (!ids.empty()) names.add(keep_dotted_head ? ids.front() : ids.back());
    start = comma + 1;
  }
}

// The target list of an assignment on this line: the text before a lone `=`.
std::string_view assignment_targets(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] != '=') continue;
    bool compound =
        (i + 1 < line.size() && line[i + 1] == '=') || (i > 0 && std::strchr("=!<>", line[i - 1]));
    if (compound) return {};
    std::string_view targets = line.substr(0, i);
    size_t colon = targets.find(':');  // `x: int = 1`
    if (colon != std::string_view::npos) targets = targets.substr(0, colon);
    for (char c : targets) {
      if (!is_ident_char(c) && !std::strchr(" .,*()[]+-/%&|^@", c)) return {};
    }
    return targets;
  }
  return {};
}

}  // namespace

KnownNames::KnownNames(std::string_view code) {
  size_t start = 0;
  while (start < code.size()) {
    size_t end = code.find('\n', start);
    if (end == std::string_view::npos) end = code.size();
    std::string_view line = trim(code.substr(start, end - start));
    start = end + 1;
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    if (starts_with(line, "async ")) line = trim(line.substr(6));
    if (starts_with(line, "class ") || starts_with(line, "def ")) {
      auto ids = identifiers(line.substr(line.find(' ') + 1));
      if (!ids.empty()) add(ids.front());
      if (!ids.empty() && line[0] == 'c') add_class(ids.front());
    } else if (starts_with(line, "import ")) {
      add_imports(line.substr(7), true, *this);
    } else if (starts_with(line, "from ") && line.find(" import ") != std::string_view::npos) {
      add_imports(line.substr(line.find(" import ") + 8), false, *this);
    } else if (starts_with(line, "for ") && line.find(" in ") != std::string_view::npos) {
      for (auto& id : identifiers(line.substr(4, line.find(" in ") - 4))) add(id);
    } else if (size_t as = line.find(" as ");
               as != std::string_view::npos &&
               (starts_with(line, "with ") || starts_with(line, "except"))) {
      auto ids = identifiers(line.substr(as + 4));
      if (!ids.empty()) add(ids.front());
    } else {
      for (auto& id : identifiers(assignment_targets(line))) add(id);
    }
  }
}

bool KnownNames::knows(std::string_view dotted) const {
  size_t dot = dotted.find('.');
  std::string_view head = dotted.substr(0, dot);
  // Keywords, and the three that the lexer reads as values.
  if (is_python_keyword(head) || head == "False" || head == "None" || head == "True") return false;
  if (dot != std::string_view::npos) return names_.count(head) || is_builtin_type(head);
  if (is_builtin_type(head) || is_exception_name(head) || classes_.count(head)) return true;
  return names_.count(head) && std::isupper(static_cast<unsigned char>(head[0]));
}

}  // namespace notecheck
