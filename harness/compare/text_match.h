// Comparison of claimed and printed text: whitespace runs are equal, `...` matches anything
// (doctest ELLIPSIS), addresses are masked, and literals inside the text (`Extra context:
// {'port': 8080}`) compare as values, so dict order and spacing inside them do not matter.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace notecheck {

// Trims and folds each run of whitespace (newlines too) to one space.
std::string collapse_space(std::string_view text);

// doctest's ELLIPSIS rule: each `...` in want matches any substring of got.
bool ellipsis_match(std::string_view want, std::string_view got);

// As many lines, line i of want text_matches line i of got.
bool lines_match(const std::vector<std::string>& want, const std::vector<std::string>& got);

// As many lines, each wanted line text_matches a different got line (greedy, in want's order).
bool lines_match_any_order(const std::vector<std::string>& want, std::vector<std::string> got);

// Whether want and got say the same thing as text: exactly after masking addresses and folding
// whitespace, by ELLIPSIS, or with the literals they contain compared as values.
bool text_matches(std::string_view want, std::string_view got);

}  // namespace notecheck
