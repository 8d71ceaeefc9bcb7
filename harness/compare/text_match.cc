#include "harness/compare/text_match.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "harness/compare/literal.h"
#include "harness/compare/literal_lex.h"
#include "harness/compare/value_match.h"
#include "util/text.h"

namespace notecheck {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Whether a literal may start at text[i]: brackets, quotes, `<`, or a number not inside a word.
bool literal_may_start(std::string_view text, size_t i) {
  char c = text[i];
  if (std::strchr("[{(<'\"", c)) return true;
  bool word_before = i > 0 && (is_ident_char(text[i - 1]) || text[i - 1] == '.');
  if (word_before) return false;
  if (std::isdigit(static_cast<unsigned char>(c))) return true;
  if (c == '-' && i + 1 < text.size()) return std::isdigit(static_cast<unsigned char>(text[i + 1]));
  // b'..' and r'..' prefixes
  return (c == 'b' || c == 'r') && i + 1 < text.size() &&
         (text[i + 1] == '\'' || text[i + 1] == '"');
}

// A space may be dropped where it only separates punctuation: `[1,2]` vs `[1, 2]` outside a
// literal, `f (x)`. Between two word characters it is significant.
bool optional_space(std::string_view text, size_t i) {
  bool word_before = i > 0 && is_alnum(text[i - 1]);
  bool word_after = i + 1 < text.size() && is_alnum(text[i + 1]);
  return !(word_before && word_after);
}

bool literal_aware_match(std::string_view want, std::string_view got) {
  size_t i = 0, j = 0;
  while (i < want.size() && j < got.size()) {
    if (literal_may_start(want, i) && literal_may_start(got, j)) {
      auto w = parse_literal(want.substr(i));
      auto g = w ? parse_literal(got.substr(j)) : std::nullopt;
      if (w && g) {
        if (!values_match(w->value, g->value)) return false;
        i += w->end;
        j += g->end;
        continue;
      }
    }
    if (want[i] == got[j]) {
      ++i;
      ++j;
    } else if (want[i] == ' ' && optional_space(want, i)) {
      ++i;
    } else if (got[j] == ' ' && optional_space(got, j)) {
      ++j;
    } else {
      return false;
    }
  }
  while (i < want.size() && want[i] == ' ') ++i;
  while (j < got.size() && got[j] == ' ') ++j;
  return i == want.size() && j == got.size();
}

}  // namespace

std::string collapse_space(std::string_view text) {
  std::string out;
  for (char c : trim(text)) {
    if (!is_space(c)) {
      out += c;
    } else if (out.back() != ' ') {
      out += ' ';
    }
  }
  return out;
}

bool ellipsis_match(std::string_view want, std::string_view got) {
  size_t first = want.find("...");
  if (first == std::string_view::npos) return want == got;
  size_t last = want.rfind("...");
  std::string_view head = want.substr(0, first), tail = want.substr(last + 3);
  if (head.size() + tail.size() > got.size()) return false;
  if (got.substr(0, head.size()) != head || got.substr(got.size() - tail.size()) != tail) {
    return false;
  }
  size_t pos = head.size(), end = got.size() - tail.size();
  // The middle pieces must appear in order, each after the previous one.
  for (size_t start = first + 3; start < last;) {
    size_t next = want.find("...", start);
    std::string_view piece = want.substr(start, next - start);
    size_t at = got.substr(0, end).find(piece, pos);
    if (at == std::string_view::npos) return false;
    pos = at + piece.size();
    start = next + 3;
  }
  return pos <= end;
}

bool text_matches(std::string_view want, std::string_view got) {
  std::string w = collapse_space(mask_addresses(want));
  std::string g = collapse_space(mask_addresses(got));
  if (w == g || ellipsis_match(w, g)) return true;
  return literal_aware_match(w, g);
}

bool lines_match(const std::vector<std::string>& want, const std::vector<std::string>& got) {
  if (want.size() != got.size()) return false;
  for (size_t i = 0; i < want.size(); ++i)
    if (!text_matches(want[i], got[i])) return false;
  return true;
}

bool lines_match_any_order(const std::vector<std::string>& want, std::vector<std::string> got) {
  if (want.size() != got.size()) return false;
  for (const std::string& w : want) {
    auto it = std::find_if(got.begin(), got.end(),
                           [&](const std::string& g) { return text_matches(w, g); });
    if (it == got.end()) return false;
    got.erase(it);
  }
  return true;
}

}  // namespace notecheck
