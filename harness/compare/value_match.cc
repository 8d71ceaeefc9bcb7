#include "harness/compare/value_match.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <vector>

#include "harness/compare/literal.h"
#include "harness/compare/text_match.h"

namespace notecheck {

namespace {
thread_local bool number_precision = false;
}  // namespace

NumberPrecision::NumberPrecision(bool on) : previous_(number_precision) { number_precision = on; }
NumberPrecision::~NumberPrecision() { number_precision = previous_; }
bool NumberPrecision::on() { return number_precision; }

namespace {

using Kind = Value::Kind;

bool is(const Value& v, const char* type) { return v.type == type; }

std::string last_component(const std::string& name) { return name.substr(name.rfind('.') + 1); }

bool is_container(const Value& v) {
  return v.kind == Kind::kList || v.kind == Kind::kSet || v.kind == Kind::kDict ||
         (v.kind == Kind::kTuple && !is(v, literal_type::kPrinted));
}

// A bare `1, 2` in a claim stands for a list or a tuple; Python shows the two differently.
bool same_sequence_kind(const Value& want, const Value& got) {
  if (is(want, literal_type::kPrinted) || is(got, literal_type::kPrinted)) {
    return is(want, literal_type::kPrinted) && is(got, literal_type::kPrinted);
  }
  if (is(want, literal_type::kSequence) || is(got, literal_type::kSequence)) {
    return (want.kind == Kind::kList || want.kind == Kind::kTuple) &&
           (got.kind == Kind::kList || got.kind == Kind::kTuple);
  }
  return want.kind == got.kind;
}

// In-order match where a `...` item in want stands for any number of got items.
bool sequence_match(const std::vector<Value>& want, const std::vector<Value>& got) {
  bool has_ellipsis = false;
  for (const Value& w : want) has_ellipsis |= is(w, literal_type::kEllipsis);
  if (!has_ellipsis) {
    if (want.size() != got.size()) return false;
    for (size_t i = 0; i < want.size(); ++i) {
      if (!values_match(want[i], got[i])) return false;
    }
    return true;
  }
  size_t n = want.size(), m = got.size();
  // tail[i][j]: want[i..] matches got[j..]
  std::vector<std::vector<char>> tail(n + 1, std::vector<char>(m + 1, 0));
  tail[n][m] = 1;
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m + 1; j-- > 0;) {
      if (is(want[i], literal_type::kEllipsis)) {
        tail[i][j] = tail[i + 1][j] || (j < m && tail[i][j + 1]);
      } else {
        tail[i][j] = j < m && tail[i + 1][j + 1] && values_match(want[i], got[j]);
      }
    }
  }
  return tail[0][0];
}

// Order-free match of sets (step 1) or dicts (step 2: key, value pairs). A `...` element or key
// in want allows got to have more.
bool unordered_match(const std::vector<Value>& want, const std::vector<Value>& got, size_t step) {
  bool open = false;
  size_t wanted = 0;
  for (size_t i = 0; i < want.size(); i += step) {
    if (is(want[i], literal_type::kEllipsis)) {
      open = true;
    } else {
      ++wanted;
    }
  }
  if (!open && wanted * step != got.size()) return false;
  std::vector<char> used(got.size(), 0);
  for (size_t i = 0; i < want.size(); i += step) {
    if (is(want[i], literal_type::kEllipsis)) continue;
    bool found = false;
    for (size_t j = 0; j < got.size() && !found; j += step) {
      if (used[j] || !values_match(want[i], got[j])) continue;
      if (step == 2 && !values_match(want[i + 1], got[j + 1])) continue;
      used[j] = found = true;
    }
    if (!found) return false;
  }
  return true;
}

// Digits written after the decimal point of a float literal; -1 with an exponent.
int decimals_written(const std::string& repr) {
  if (repr.find_first_of("eE") != std::string::npos) return -1;
  size_t dot = repr.find('.');
  if (dot == std::string::npos) return 0;
  int n = 0;
  for (size_t i = dot + 1; i < repr.size() && std::isdigit(static_cast<unsigned char>(repr[i]));
       ++i)
    ++n;
  return n;
}

bool atoms_match(const Value& want, const Value& got) {
  if (want.type != got.type) return false;
  if (want.type == "float") {
    double w = std::strtod(want.repr.c_str(), nullptr), g = std::strtod(got.repr.c_str(), nullptr);
    if (w == g || (std::isnan(w) && std::isnan(g))) return true;
    int decimals = NumberPrecision::on() ? decimals_written(want.repr) : -1;
    return decimals >= 0 && std::fabs(w - g) <= 0.5 * std::pow(10.0, -decimals) * (1 + 1e-12);
  }
  if (want.type == "complex") return sequence_match(want.items, got.items);
  if (want.type == "str" || want.type == "bytes") {
    // `"timestamp": "..."`: doctest's ELLIPSIS inside a string literal of the claim.
    return want.str == got.str ||
           (want.str.find("...") != std::string::npos && ellipsis_match(want.str, got.str));
  }
  return want.repr == got.repr;
}

// `D` for `<class '__main__.D'>`, `Status.ACTIVE` for `<Status.ACTIVE: 2>`, `list` for 'list'.
bool name_matches(const std::string& name, const Value& got) {
  std::string w = without_main(name);
  if (is(got, literal_type::kName) || is(got, literal_type::kEnum))
    return w == without_main(got.name);
  if (got.kind == Kind::kClass) return w == without_main(got.str) || w == got.name;
  if (got.kind == Kind::kAtom && is(got, "str")) return got.str == w;
  return false;
}

bool classes_match(const Value& want, const Value& got) {
  std::string w = without_main(want.str), g = without_main(got.str);
  if (w == g) return true;
  // One side unqualified (`deque` vs `collections.deque`): compare the bare names.
  bool unqualified = w.find('.') == std::string::npos || g.find('.') == std::string::npos;
  return unqualified && want.name == got.name;
}

void split_arguments(const Value& call, std::vector<Value>& positional,
                     std::vector<const Value*>& keywords) {
  for (const Value& arg : call.items) {
    if (is(arg, literal_type::kKeyword)) {
      keywords.push_back(&arg);
    } else {
      positional.push_back(arg);
    }
  }
}

bool calls_match(const Value& want, const Value& got) {
  if (last_component(want.name) != last_component(got.name)) return false;
  std::vector<Value> wp, gp;
  std::vector<const Value*> wk, gk;
  split_arguments(want, wp, wk);
  split_arguments(got, gp, gk);
  if (!sequence_match(wp, gp) || wk.size() != gk.size()) return false;
  for (const Value* w : wk) {
    bool found = false;
    for (const Value* g : gk) found |= w->name == g->name && values_match(w->items[0], g->items[0]);
    if (!found) return false;
  }
  return true;
}

// `[1, 2]` for `deque([1, 2])`, `{'a': 1}` for `Counter({'a': 1})`: a reader writing the
// contents of a container-like object.
const Value* only_container_argument(const Value& call) {
  const Value* found = nullptr;
  for (const Value& arg : call.items) {
    if (!is_container(arg)) continue;
    if (found) return nullptr;
    found = &arg;
  }
  return found;
}

}  // namespace

std::string without_main(const std::string& name) {
  static const std::string prefix = "__main__.";
  return name.compare(0, prefix.size(), prefix) == 0 ? name.substr(prefix.size()) : name;
}

bool values_match(const Value& want, const Value& got) {
  if (is(want, literal_type::kEllipsis)) return true;
  if (is(want, literal_type::kName)) return name_matches(want.name, got);
  if (is(got, literal_type::kName)) return name_matches(got.name, want);
  if (want.kind == Kind::kClass && got.kind == Kind::kClass) return classes_match(want, got);
  if (is(want, literal_type::kCall) && is(got, literal_type::kCall)) return calls_match(want, got);
  if (is(want, literal_type::kCall) && is_container(got)) {
    // An observed container of type `deque` against the claim `deque([1, 2])`.
    const Value* arg = only_container_argument(want);
    return arg && want.items.size() == 1 && last_component(want.name) == got.type &&
           values_match(*arg, got);
  }
  if (is_container(want) && is(got, literal_type::kCall)) {
    const Value* arg = only_container_argument(got);
    return arg && values_match(want, *arg);
  }
  if (is(want, literal_type::kEnum) && is(got, literal_type::kEnum)) {
    return want.name == got.name && sequence_match(want.items, got.items);
  }
  if (is(want, literal_type::kOpaque) || is(got, literal_type::kOpaque)) {
    return want.kind == got.kind &&
           ellipsis_match(collapse_space(want.repr), collapse_space(mask_addresses(got.repr)));
  }
  if (want.kind == Kind::kAtom && got.kind == Kind::kAtom) return atoms_match(want, got);
  if (!is_container(want) && !is(want, literal_type::kPrinted)) return false;
  if (!same_sequence_kind(want, got)) return false;
  if (want.kind == Kind::kSet) return unordered_match(want.items, got.items, 1);
  if (want.kind == Kind::kDict) return unordered_match(want.items, got.items, 2);
  return sequence_match(want.items, got.items);
}

Value from_observed(const Value& observed) {
  if (auto parsed = parse_whole_literal(observed.repr)) return *parsed;
  Value v = observed;
  if (observed.kind == Kind::kClass) {
    v.str = observed.name;
    return v;
  }
  if (observed.kind == Kind::kAtom || observed.kind == Kind::kOther) {
    v.kind = Kind::kOther;
    v.type = literal_type::kOpaque;
    v.repr = mask_addresses(observed.repr);
    v.items.clear();
    return v;
  }
  for (Value& item : v.items) item = from_observed(item);
  return v;
}

}  // namespace notecheck
