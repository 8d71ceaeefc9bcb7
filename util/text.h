// Small string helpers shared by every stage. util/ depends on nothing project-specific.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace notecheck {

std::string_view trim(std::string_view s);
std::string_view trim_left(std::string_view s);
std::string_view trim_right(std::string_view s);
bool starts_with(std::string_view s, std::string_view prefix);
bool ends_with(std::string_view s, std::string_view suffix);
// Splits on '\n'; a trailing newline does not produce an empty last line.
std::vector<std::string> split_lines(std::string_view text);
std::string join(const std::vector<std::string>& parts, std::string_view sep);
// ASCII letters lower-cased, other bytes (UTF-8 included) kept.
std::string to_lower(std::string_view s);
// Replaces control characters and cuts to `max_bytes` (on a UTF-8 boundary) for one-line messages.
std::string one_line(std::string_view s, size_t max_bytes = 200);

}  // namespace notecheck
