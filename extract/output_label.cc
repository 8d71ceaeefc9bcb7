#include "extract/output_label.h"

#include <cctype>
#include <regex>

#include "util/text.h"

namespace notecheck {

std::optional<OutputLabel> output_label(std::string_view text) {
  // Skip bullets, emoji (also as mojibake), `*`/`_` emphasis and heading marks.
  size_t start = 0;
  while (start < text.size() && !std::isalpha(static_cast<unsigned char>(text[start]))) ++start;
  std::string_view t = trim(text.substr(start));
  if (t.empty() || t.size() > 120) return std::nullopt;
  std::string lower = to_lower(t);
  if (lower.find("output") == std::string::npos && lower.find("print") == std::string::npos)
    return std::nullopt;  // cheap test before the regex
  // The keyword, then an optional `example`, an optional (qualifier), and a colon; without a
  // colon only `Output Example (...)` or `Output (...)` on a line of its own.
  static const std::regex kLabel(
      R"(^(?:(?:expected|sample|example|console|program|the)\s+)?(?:output|prints|printed)\b)"
      R"((\s+(?:example|sample|is|will be|would be))?\s*(\([^)]*\))?\s*(:\s*(.*))?$)");
  std::smatch m;
  if (!std::regex_match(lower, m, kLabel)) return std::nullopt;
  // Groups: 1 `example`, 2 (qualifier), 3 the colon and what follows, 4 what follows.
  if (!m[3].matched && !m[2].matched && !m[1].matched) return std::nullopt;
  OutputLabel label;
  if (m[4].matched) label.rest = std::string(trim(t.substr(m.position(4))));
  label.any_order = lower.find("order") != std::string::npos;
  label.hypothetical = std::regex_search(lower, std::regex(R"(\(.*\b(if|e\.g\.|like)\b)"));
  static const std::regex kVersion(R"((?:python|cpython|py)\s*([23]\.\d+))");
  std::smatch v;
  if (std::regex_search(lower, v, kVersion)) label.python_version = v[1].str();
  return label;
}

}  // namespace notecheck
