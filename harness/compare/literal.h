// A parser of Python's literal syntax extended with the shorthand readers write in comments:
// class names for classes (`[D, B, C, A, object]`), `...` for "anything", constructor calls
// (`deque([1, 2])`), `<class '__main__.X'>` and `<Status.ACTIVE: 2>`. It reads claim text and
// printed output alike into notecheck::Value trees, so both sides compare as values.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "harness/run/observation.h"

namespace notecheck {

// Value::type of parsed nodes. Atoms use Python's type names ("int", "float", "complex", "str",
// "bytes", "bool", "NoneType") with `repr` as Python shows it and `str` the decoded content;
// containers use kList/kTuple/kSet/kDict with type "list", "tuple", "set", "dict". Shorthand
// forms, which observed values never produce, use these types:
namespace literal_type {
inline constexpr char kEllipsis[] = "...";     // kAtom: matches anything (doctest ELLIPSIS)
inline constexpr char kName[] = "name";        // kOther: `D`, `Status.ACTIVE`; name = text
inline constexpr char kCall[] = "call";        // kOther: `deque([1])`; name = callee, items = args
inline constexpr char kKeyword[] = "keyword";  // kOther: `maxlen=5`; name = key, items = {value}
inline constexpr char kEnum[] = "enum";        // kOther: `<Status.ACTIVE: 2>`; items = {2}
inline constexpr char kOpaque[] = "opaque";    // kOther: other `<...>`; repr, addresses masked
inline constexpr char kSequence[] = "sequence";  // kTuple: bare `1, 2`; matches list or tuple
inline constexpr char kPrinted[] = "printed";    // kTuple: `3 4`, what print(a, b) shows
}  // namespace literal_type
// `<class 'collections.deque'>` is a kClass with name "deque" and str the qualified name.

// How much of the text one parse may take.
enum class LiteralForm {
  kSingle,     // one literal: `[1, 2]`
  kBareTuple,  // comma-separated literals without brackets: `1, 2` (one literal alone stays one)
  kPrinted,    // space-separated literals, as print(a, b) shows them: `3 4`, `PENDING 1`
};

struct ParsedLiteral {
  Value value;
  size_t end = 0;  // offset in the text just past the literal (trailing spaces not included)
};

// Parses a literal at the start of `text`, after leading whitespace. nullopt if none starts
// there. Stops after the literal, so trailing prose is left for the caller.
std::optional<ParsedLiteral> parse_literal(std::string_view text,
                                           LiteralForm form = LiteralForm::kSingle);

// Parses `text` when all of it (but surrounding whitespace) is one literal of `form`.
std::optional<Value> parse_whole_literal(std::string_view text,
                                         LiteralForm form = LiteralForm::kSingle);

// Replaces each memory address (`0x7f3a...`) with `0x...`, so addresses never decide a match.
std::string mask_addresses(std::string_view text);

}  // namespace notecheck
