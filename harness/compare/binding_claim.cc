#include "harness/compare/binding_claim.h"

#include <algorithm>
#include <map>
#include <vector>

#include "harness/compare/claim_text.h"
#include "harness/compare/literal.h"
#include "harness/compare/literal_lex.h"
#include "util/text.h"

namespace notecheck {
namespace {

bool is_identifier(std::string_view s) {
  return !s.empty() && is_ident_start(s[0]) && std::all_of(s.begin(), s.end(), is_ident_char);
}

// Splits at `sep` outside brackets and quotes; nullopt if they do not balance.
std::optional<std::vector<std::string_view>> split_top_level(std::string_view text, char sep) {
  std::vector<std::string_view> parts;
  int depth = 0;
  char quote = 0;
  size_t start = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quote) {
      if (c == '\\')
        ++i;
      else if (c == quote)
        quote = 0;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '(' || c == '[' || c == '{') {
      ++depth;
    } else if (c == ')' || c == ']' || c == '}') {
      if (--depth < 0) return std::nullopt;
    } else if (c == sep && depth == 0) {
      parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  if (depth != 0 || quote) return std::nullopt;
  parts.push_back(text.substr(start));
  return parts;
}

// `first, *rest = [...]` -> {"first", "rest"}; nullopt unless every target is a plain name.
std::optional<std::vector<std::string>> target_names(std::string_view statement) {
  size_t eq = statement.find('=');
  // `==`, `<=`, `>=`, `!=` and augmented assignments are not the plain `=` of an unpacking.
  if (eq == std::string_view::npos || eq == 0 || statement.substr(eq, 2) == "==" ||
      std::string_view("<>!+-*/%&|^@:").find(statement[eq - 1]) != std::string_view::npos)
    return std::nullopt;
  std::string_view left = trim(statement.substr(0, eq));
  if (left.size() >= 2 && (left.front() == '(' || left.front() == '[')) {
    char close = left.front() == '(' ? ')' : ']';
    if (left.back() != close) return std::nullopt;
    left = trim(left.substr(1, left.size() - 2));
  }
  auto parts = split_top_level(left, ',');
  if (!parts) return std::nullopt;
  std::vector<std::string> names;
  for (size_t i = 0; i < parts->size(); ++i) {
    std::string_view name = trim((*parts)[i]);
    if (name.empty() && i + 1 == parts->size() && i > 0) continue;  // `a, = ...`
    if (!name.empty() && name.front() == '*') name = trim(name.substr(1));
    if (!is_identifier(name)) return std::nullopt;
    names.emplace_back(name);
  }
  return names;
}

// The bindings of `claim`, each target once, in the targets' order.
std::optional<std::vector<Binding>> bindings_in(std::string_view statement,
                                                std::string_view claim) {
  std::optional<std::vector<std::string>> names = target_names(statement);
  auto parts = split_top_level(claim, ',');
  if (!names || names->empty() || !parts || parts->size() != names->size()) return std::nullopt;
  std::map<std::string, Binding> claimed;
  for (std::string_view part : *parts) {
    size_t eq = part.find('=');
    if (eq == std::string_view::npos || part.substr(eq, 2) == "==") return std::nullopt;
    std::string name(trim(part.substr(0, eq)));
    std::string_view value = trim(part.substr(eq + 1));
    if (!is_identifier(name) || !parse_whole_literal(value)) return std::nullopt;
    Binding b{name, static_cast<size_t>(value.data() - claim.data()), value.size()};
    if (!claimed.emplace(name, b).second) return std::nullopt;
  }
  std::vector<Binding> ordered;
  for (const std::string& name : *names) {
    auto it = claimed.find(name);
    if (it == claimed.end()) return std::nullopt;
    ordered.push_back(it->second);
  }
  return ordered;
}

}  // namespace

std::optional<std::vector<Binding>> claimed_bindings(std::string_view statement,
                                                     std::string_view claim) {
  if (auto whole = bindings_in(statement, claim)) return whole;
  // `q=3, r=1  (r is the remainder)`: a remark after the bindings.
  size_t bare = without_trailing_remark(claim).size();
  size_t lead = claim.size() - trim_left(claim).size();
  if (lead + bare >= claim.size()) return std::nullopt;
  return bindings_in(statement, claim.substr(0, lead + bare));
}

std::optional<std::string> bindings_as_value(std::string_view statement, std::string_view claim) {
  std::optional<std::vector<Binding>> bindings = claimed_bindings(statement, claim);
  if (!bindings) return std::nullopt;
  std::vector<std::string> values;
  for (const Binding& b : *bindings) values.emplace_back(claim.substr(b.value_at, b.value_size));
  if (values.size() == 1) return values.front();
  return "(" + join(values, ", ") + ")";
}

std::optional<std::string> value_as_bindings(std::string_view statement, const Value& got) {
  std::optional<std::vector<std::string>> names = target_names(statement);
  if (!names || names->size() < 2 || got.kind != Value::Kind::kTuple || got.truncated ||
      got.items.size() != names->size())
    return std::nullopt;
  std::vector<std::string> parts;
  for (size_t i = 0; i < names->size(); ++i) parts.push_back((*names)[i] + "=" + got.items[i].repr);
  return join(parts, ", ");
}

}  // namespace notecheck
