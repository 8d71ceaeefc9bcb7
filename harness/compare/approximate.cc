#include "harness/compare/approximate.h"

#include <cctype>
#include <cmath>
#include <cstdlib>
#include <string>

#include "util/text.h"

namespace notecheck {
namespace {

struct Unit {
  const char* name;
  double scale;
  bool time;
};

// Longest names first so `ms` is not read as `m`... and `MB` before `B`.
constexpr Unit kUnits[] = {
    {"seconds", 1, true}, {"second", 1, true},    {"sec", 1, true},       {"ms", 1e-3, true},
    {"µs", 1e-6, true},   {"us", 1e-6, true},     {"ns", 1e-9, true},     {"minutes", 60, true},
    {"min", 60, true},    {"s", 1, true},         {"bytes", 1, false},    {"byte", 1, false},
    {"kb", 1024, false},  {"mb", 1 << 20, false}, {"gb", 1 << 30, false}, {"b", 1, false},
};

std::optional<Quantity> quantity_at(std::string_view text, size_t pos) {
  std::string digits;
  size_t i = pos;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') {
      digits += c;
    } else if ((c == ',' || c == '_') && i + 1 < text.size() &&
               std::isdigit(static_cast<unsigned char>(text[i + 1]))) {
      continue;  // 1,000 and 1_000
    } else {
      break;
    }
  }
  if (digits.empty() || digits == ".") return std::nullopt;
  Quantity q;
  q.value = std::strtod(digits.c_str(), nullptr);
  std::string rest = to_lower(trim(text.substr(i)));
  for (const Unit& u : kUnits) {
    std::string name = u.name;
    if (rest.compare(0, name.size(), name) != 0) continue;
    // The unit must end there: `s` in `squares` is not seconds.
    if (rest.size() > name.size() && std::isalpha(static_cast<unsigned char>(rest[name.size()])))
      continue;
    q.value *= u.scale;
    q.time = u.time;
    break;
  }
  return q;
}

}  // namespace

std::optional<Quantity> approximate_quantity(std::string_view text) {
  text = trim(text);
  for (std::string_view mark : {"~", "≈", "about ", "About ", "approx. ", "approximately "}) {
    if (starts_with(text, mark)) return quantity_at(text, mark.size());
  }
  return std::nullopt;
}

std::optional<Quantity> first_quantity(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i]))) return quantity_at(text, i);
  }
  return std::nullopt;
}

bool roughly_equal(double want, double got) {
  if (want == 0) return std::fabs(got) < 1e-9;
  return std::fabs(got - want) <= kApproximateTolerance * std::fabs(want);
}

bool says_it_runs(std::string_view text) {
  std::string t = to_lower(trim(text));
  // The first word, without trailing punctuation: `Works!`, `OK.`, `Fine,`.
  size_t end = 0;
  while (end < t.size() && (std::isalpha(static_cast<unsigned char>(t[end])) || t[end] == ' '))
    ++end;
  std::string head(trim(std::string_view(t).substr(0, end)));
  for (const char* word : {"works", "ok", "okay", "fine", "no error", "no errors", "allowed",
                           "valid", "succeeds", "runs fine", "works fine"}) {
    if (head == word) return true;
    // `Works (just a warning to other devs)`, `Works with ANY object that has __len__`
    if (starts_with(head, std::string(word) + " ") && std::string(word) == "works") return true;
  }
  return false;
}

}  // namespace notecheck
