#include "extract/directives.h"

#include <cctype>
#include <regex>

#include "util/text.h"

namespace notecheck {
namespace {

// `notecheck: WORD` as a whole comment line (after its `#`).
bool is_notecheck_line(std::string_view line, std::string_view word) {
  line = trim(line);
  if (line.empty() || line.front() != '#') return false;
  std::string text = to_lower(trim(line.substr(1)));
  std::string want = "notecheck: " + std::string(word);
  return text == want || text == "notecheck:" + std::string(word);
}

// Where a directive starts in a comment: at its start, or after a further `#`.
size_t directive_start(std::string_view comment) {
  if (comment.find(':') == std::string_view::npos) return std::string_view::npos;  // cheap first
  static const std::regex kDirective(R"((^|#)\s*(doctest|notecheck)\s*:)", std::regex::icase);
  std::string text(comment);
  std::smatch m;
  if (!std::regex_search(text, m, kDirective)) return std::string_view::npos;
  return static_cast<size_t>(m.position(0));
}

}  // namespace

bool skips_claim(std::string_view comment) {
  if (has_doctest_option(comment, "SKIP")) return true;
  size_t at = directive_start(comment);
  if (at == std::string_view::npos) return false;
  std::string rest = to_lower(comment.substr(at));
  return rest.find("notecheck: skip") != std::string::npos ||
         rest.find("notecheck:skip") != std::string::npos;
}

std::string without_directives(std::string_view comment) {
  size_t at = directive_start(comment);
  return std::string(trim(at == std::string_view::npos ? comment : comment.substr(0, at)));
}

bool skips_snippet(std::string_view code) {
  return is_notecheck_line(code.substr(0, code.find('\n')), "skip");
}

bool has_doctest_option(std::string_view text, std::string_view option) {
  size_t at = directive_start(text);
  return at != std::string_view::npos &&
         to_lower(text.substr(at)).find("+" + to_lower(option)) != std::string::npos;
}

bool is_html_skip_directive(std::string_view line) {
  static const std::regex kSkip(R"(^\s*<!--\s*notecheck\s*:\s*skip\s*-->\s*$)", std::regex::icase);
  return std::regex_match(std::string(line), kSkip);
}

bool expects_error(std::string_view code) {
  for (const std::string& line : split_lines(code)) {
    if (is_notecheck_line(line, "expect-error")) return true;
  }
  return false;
}

}  // namespace notecheck
