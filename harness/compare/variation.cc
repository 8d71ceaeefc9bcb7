#include "harness/compare/variation.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <vector>

#include "harness/compare/text_match.h"
#include "util/text.h"

namespace notecheck {
namespace {

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

std::vector<std::string> sorted_lines(std::string_view text) {
  std::vector<std::string> out;
  for (const std::string& line : split_lines(std::string(text))) {
    std::string_view t = trim(line);
    if (!t.empty()) out.emplace_back(t);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Every run of digits becomes `0`.
std::string without_numbers(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i]))) {
      out += '0';
      while (i + 1 < text.size() && std::isdigit(static_cast<unsigned char>(text[i + 1]))) ++i;
    } else {
      out += text[i];
    }
  }
  return out;
}

}  // namespace

namespace {

// Calls f(word, next) for each identifier-like word of `code` (a hand-written scan: a regex
// over every snippet cost the re-check loop ~15 ms); `next` is the character after it.
template <class F>
void each_word(std::string_view code, F f) {
  size_t i = 0;
  while (i < code.size()) {
    if (!word_char(code[i])) {
      ++i;
      continue;
    }
    size_t start = i;
    while (i < code.size() && word_char(code[i])) ++i;
    f(code.substr(start, i - start), i < code.size() ? code[i] : '\0');
  }
}

}  // namespace

Variation variation_sources(std::string_view code) {
  static const std::set<std::string_view> kNumbers = {"random",  "randint",  "shuffle", "choice",
                                                      "time",    "datetime", "uuid",    "secrets",
                                                      "urandom", "getpid",   "id",      "hash"};
  static const std::set<std::string_view> kOrder = {"threading",       "Thread",     "concurrent",
                                                    "multiprocessing", "Process",    "asyncio",
                                                    "gather",          "create_task"};
  Variation v;
  each_word(code, [&](std::string_view word, char) {
    v.numbers = v.numbers || kNumbers.count(word);
    v.order = v.order || kOrder.count(word);
  });
  return v;
}

bool tests_identity(std::string_view code) {
  bool found = false;
  each_word(code, [&](std::string_view word, char next) {
    found = found || word == "is" || (word == "id" && next == '(');
  });
  return found;
}

bool matches_apart_from(const Variation& variation, std::string_view want, std::string_view got) {
  std::string w(want), g(got);
  if (variation.numbers) {
    w = without_numbers(w);
    g = without_numbers(g);
  }
  if (text_matches(w, g)) return true;
  if (!variation.order) return false;
  return lines_match(sorted_lines(w), sorted_lines(g));
}

std::string common_shape(std::string_view a, std::string_view b) {
  if (a == b) return std::string(a);
  size_t n = std::min(a.size(), b.size());
  size_t prefix = 0;
  while (prefix < n && a[prefix] == b[prefix]) ++prefix;
  // Never cut a number or a name in two: `34` and `38` share no `3`.
  while (
      prefix > 0 && word_char(a[prefix - 1]) &&
      ((prefix < a.size() && word_char(a[prefix])) || (prefix < b.size() && word_char(b[prefix]))))
    --prefix;
  size_t suffix = 0;
  while (suffix < n - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) ++suffix;
  auto inner = [](std::string_view s, size_t suffix) {
    return suffix < s.size() && word_char(s[s.size() - 1 - suffix]);
  };
  while (suffix > 0 && word_char(a[a.size() - suffix]) && (inner(a, suffix) || inner(b, suffix)))
    --suffix;
  return std::string(a.substr(0, prefix)) + "..." + std::string(a.substr(a.size() - suffix));
}

bool matches_apart_from_variation(std::string_view want, std::string_view first,
                                  std::string_view second) {
  if (first == second) return false;
  std::vector<std::string> a = sorted_lines(first), b = sorted_lines(second);
  std::vector<std::string> wants = sorted_lines(want);
  if (a.size() != b.size() || wants.size() != a.size() || a.empty()) return false;
  std::vector<std::string> shapes;
  for (size_t i = 0; i < a.size(); ++i) shapes.push_back(common_shape(a[i], b[i]));
  for (const std::string& w : wants) {
    auto it = std::find_if(shapes.begin(), shapes.end(), [&](const std::string& shape) {
      return ellipsis_match(collapse_space(shape), collapse_space(w)) || text_matches(w, shape);
    });
    if (it == shapes.end()) return false;
    shapes.erase(it);
  }
  return true;
}

}  // namespace notecheck
