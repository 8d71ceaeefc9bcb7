#include "extract/extraction_cost.h"

#include <array>

#include "util/text.h"

namespace notecheck {
namespace {

bool at_margin(std::string_view line) { return !line.empty() && line[0] != ' ' && line[0] != '\t'; }

// A compound statement's header: a keyword that opens a block, and a ':' at the end.
bool opens_block(std::string_view line) {
  line = trim_right(line);
  if (line.empty() || line.back() != ':') return false;
  static constexpr std::array<std::string_view, 14> kOpeners = {
      "def ",  "class ", "if ",    "elif ",    "else:",  "for ",   "while ",
      "with ", "try:",   "except", "finally:", "async ", "match ", "case "};
  for (std::string_view k : kOpeners)
    if (starts_with(line, k)) return true;
  return false;
}

}  // namespace

size_t estimated_extraction_cost(std::string_view text) {
  size_t cost = text.size();
  bool pending_opener = false;  // the last non-blank line opened a block at the margin
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (trim(line).empty()) continue;
    if (pending_opener && at_margin(line)) cost += kFlatOpenerCost;
    pending_opener = at_margin(line) && opens_block(line);
  }
  return cost;
}

}  // namespace notecheck
