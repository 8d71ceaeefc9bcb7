#include "harness/compare/claim_text.h"

#include <cctype>

#include "harness/compare/exception_claim.h"
#include "harness/compare/literal.h"
#include "harness/compare/text_match.h"
#include "util/text.h"

namespace notecheck {
namespace {

enum class After { kEnd, kSeparator, kWord, kOther };

// What follows a value: nothing, a separator before prose (`--`, `—`, `(`, `!`, `,` ...), a word
// with no separator (`2 again`), or something that makes it not a value (`D -> B`, `x = 1`).
After classify_rest(std::string_view rest) {
  rest = trim(rest);
  if (rest.empty()) return After::kEnd;
  for (std::string_view sep :
       {"--", "—", "–", "←", "<-", "- ", "(", "!", ",", ";", ":", ".", "#", "|", "?", "…"}) {
    if (starts_with(rest, sep) && !starts_with(rest, "->")) return After::kSeparator;
  }
  // `False in REPL, may be True in script`: the mode the value holds in (the REPL re-run of
  // identity tests judges it there).
  for (std::string_view mode : {"in REPL", "in the REPL", "in a REPL", "in the interactive",
                                "in interactive", "in a script", "in scripts", "in script"}) {
    if (starts_with(rest, mode)) return After::kSeparator;
  }
  char c = rest[0];
  if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '"' || c == '\'') {
    return After::kWord;
  }
  return After::kOther;
}

// Whether every name in the value is one the snippet or Python knows. An unknown callee must
// look like a class (`CacheInfo(...)`): `O(1)` is complexity and `LOAD_GLOBAL('math')` bytecode.
bool names_known(const Value& v, const KnownNames& known) {
  if (v.type == literal_type::kName) return known.knows(v.name);
  if (v.type == literal_type::kCall && !known.knows(v.name)) {
    std::string callee = v.name.substr(v.name.rfind('.') + 1);
    bool camel = std::isupper(static_cast<unsigned char>(callee[0])) &&
                 callee.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos;
    if (!camel) return false;
  }
  for (const Value& item : v.items) {
    if (!names_known(item, known)) return false;
  }
  return true;
}

bool is_name(const Value& v) { return v.type == literal_type::kName; }

// A value of names only reads as words: `LEFT JOIN` (print output or prose) is not `PENDING 1`.
bool is_bare_name(const Value& v) {
  if (is_name(v)) return true;
  if (v.type != literal_type::kPrinted) return false;
  for (const Value& item : v.items) {
    if (!is_name(item)) return false;
  }
  return true;
}

// `PENDING 1, ACTIVE 2, DISABLED 3`: print's output of several lines written on one line, as
// a sequence of printed items. Only when all of the text is such a list.
std::optional<Value> printed_list(std::string_view text, const KnownNames& known) {
  Value list;
  list.kind = Value::Kind::kTuple;
  list.type = literal_type::kSequence;
  bool several_words = false;
  for (size_t pos = 0;;) {
    auto item = parse_literal(text.substr(pos), LiteralForm::kPrinted);
    if (!item || !names_known(item->value, known)) return std::nullopt;
    several_words |= item->value.type == literal_type::kPrinted;
    list.repr += (list.items.empty() ? "" : ", ") + item->value.repr;
    list.items.push_back(std::move(item->value));
    pos += item->end;
    while (pos < text.size() && text[pos] == ' ') ++pos;
    if (pos == text.size()) break;
    if (text[pos] != ',') return std::nullopt;
    ++pos;
  }
  if (list.items.size() < 2 || !several_words) return std::nullopt;
  list.str = list.repr;
  return list;
}

// Reads a value at the start of `text` (after an introducer like `-> `). False when the text
// does not start with one.
bool read_value(std::string_view text, const KnownNames& known, ClaimText& out) {
  text = trim(text);
  for (std::string_view intro : {"-> ", "→ ", "=> ", "returns ", "Returns "}) {
    if (starts_with(text, intro)) text = trim(text.substr(intro.size()));
  }
  for (std::string_view intro : {"prints ", "Prints "}) {
    // Only `prints "B"`: in `Prints 3 times` the number counts lines.
    if (starts_with(text, intro) && text.size() > intro.size() &&
        std::string_view("\"'[{(").find(text[intro.size()]) != std::string_view::npos) {
      text = trim(text.substr(intro.size()));
    }
  }
  for (std::string_view approx : {"~", "≈", "about ", "About ", "approx"}) {
    if (starts_with(text, approx)) {
      out.approximate = true;
      out.value_text = std::string(text);
      return true;
    }
  }
  if (auto list = printed_list(text, known)) {
    out.value_text = std::string(text);
    out.value = std::move(list);
    return true;
  }
  // Widest reading first: `1, 2` as a tuple and `3 4` as print's output, then one literal.
  for (LiteralForm form : {LiteralForm::kBareTuple, LiteralForm::kPrinted, LiteralForm::kSingle}) {
    auto parsed = parse_literal(text, form);
    if (!parsed) continue;
    bool several = parsed->value.type == literal_type::kSequence ||
                   parsed->value.type == literal_type::kPrinted;
    if (form != LiteralForm::kSingle && !several) continue;
    if (!names_known(parsed->value, known)) continue;
    if (parsed->value.type == literal_type::kEllipsis) continue;  // `...` alone claims nothing
    if (parsed->value.type == literal_type::kPrinted && is_bare_name(parsed->value)) continue;
    std::string_view rest = text.substr(parsed->end);
    After after = classify_rest(rest);
    if (after == After::kOther) continue;
    if (after == After::kWord && (form != LiteralForm::kSingle || is_bare_name(parsed->value))) {
      continue;  // `slow_function took 0.5s` is a sentence about slow_function
    }
    out.loose = after == After::kWord;
    out.value_text = std::string(trim(text.substr(0, parsed->end)));
    out.prose = std::string(trim(rest));
    out.value = std::move(parsed->value);
    return true;
  }
  return false;
}

// Prose that only comments on the value before it: `(4x speedup!)`, `— mutated!`.
bool is_remark(std::string_view prose) {
  for (std::string_view start : {"(", "—", "--", "–", "←", "!"}) {
    if (starts_with(prose, start)) return true;
  }
  return prose.empty();
}

// `union: ...`, `ALL matches as list: ...`, `Prime the generator -> ...`: a short label of
// words, not itself a value.
bool is_label(std::string_view label, const KnownNames& known) {
  if (label.empty() || label.size() > 60) return false;
  bool letter = false;
  for (char c : label) {
    if (std::isalpha(static_cast<unsigned char>(c))) letter = true;
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != ' ' && c != '_' && c != '-') {
      return false;
    }
  }
  ClaimText probe;
  return letter && !read_value(label, known, probe);
}

}  // namespace

ClaimText read_claim_text(std::string_view text, const KnownNames& known) {
  ClaimText out;
  text = trim(text);
  out.exception = claimed_exception(text);
  if (!out.exception.empty()) {
    out.value_text = out.exception;
    out.prose = std::string(text);
    return out;
  }
  if (read_value(text, known, out)) return out;
  for (std::string_view sep : {": ", " -> ", " → "}) {
    size_t at = text.find(sep);
    if (at == std::string_view::npos || !is_label(text.substr(0, at), known)) continue;
    ClaimText labeled;
    // After a label a bare name is a word (`bitmask: generator, async, etc.`).
    // and prose after it must be a remark: `Great for grouping: defaultdict(list), counting:
    // defaultdict(int)` is a sentence.
    if (read_value(text.substr(at + sep.size()), known, labeled) && !labeled.loose &&
        !(labeled.value && is_name(*labeled.value)) && is_remark(labeled.prose)) {
      labeled.prose =
          std::string(text.substr(0, at)) + (labeled.prose.empty() ? "" : " ... ") + labeled.prose;
      return labeled;
    }
  }
  out = ClaimText{};
  out.prose = std::string(text);
  return out;
}

std::string without_trailing_remark(std::string_view text) {
  text = trim(text);
  if (text.empty() || text.back() != ')') return std::string(text);
  int depth = 0;
  for (size_t i = text.size(); i-- > 0;) {
    if (text[i] == ')') ++depth;
    if (text[i] == '(' && --depth == 0) {
      // Only a remark set off by a space: `f(x)` is a call, not a remark.
      if (i == 0 || text[i - 1] != ' ') break;
      return std::string(trim(text.substr(0, i)));
    }
  }
  return std::string(text);
}

}  // namespace notecheck
