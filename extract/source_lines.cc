#include "extract/source_lines.h"

#include <fmt/format.h>

#include <regex>

namespace notecheck {

bool is_blank(const std::string& line) {
  return line.find_first_not_of(" \t\f\v") == std::string::npos;
}

Snippet make_snippet(const std::vector<SourceLine>& lines, std::string origin,
                     std::string language) {
  // The common leading whitespace, compared as text so mixed tabs and spaces are never cut.
  std::string prefix;
  bool first = true;
  for (const SourceLine& l : lines) {
    if (is_blank(l.text)) continue;
    std::string lead = l.text.substr(0, l.text.find_first_not_of(" \t"));
    if (first) {
      prefix = lead;
      first = false;
      continue;
    }
    size_t n = 0;
    while (n < prefix.size() && n < lead.size() && prefix[n] == lead[n]) ++n;
    prefix.resize(n);
  }
  Snippet s;
  s.origin = std::move(origin);
  s.language = std::move(language);
  for (const SourceLine& l : lines) {
    s.code += is_blank(l.text) ? std::string() : l.text.substr(prefix.size());
    s.code += '\n';
    s.line_map.push_back(l.doc_line);
  }
  return s;
}

bool expand_mixed_tabs(Snippet& snippet, SyntaxResult* result, SyntaxChecker& checker) {
  if (result->ok || result->message.find("tabs") == std::string::npos) return false;
  for (size_t width : {8, 4}) {
    std::string code;
    size_t column = 0;
    bool leading = true;  // only indentation is expanded; tabs in strings stay
    for (char c : snippet.code) {
      if (c == '\n') {
        code += c;
        column = 0;
        leading = true;
      } else if (c == '\t' && leading) {
        code.append(width - column % width, ' ');
        column += width - column % width;
      } else {
        leading &= c == ' ';
        code += c;
        ++column;
      }
    }
    SyntaxResult r = checker.check(code);
    if (!r.ok) continue;
    snippet.code = std::move(code);
    snippet.reason =
        fmt::format("tabs and spaces mixed: read with tab stops every {} columns", width);
    *result = r;
    return true;
  }
  return false;
}

bool reject_if_too_large(Snippet& snippet) {
  if (snippet.code.size() <= kMaxSnippetBytes) return false;
  snippet.runnable = false;
  snippet.reason =
      fmt::format("too large to be an example ({} bytes); not compiled", snippet.code.size());
  return true;
}

std::string compile_failure_reason(const Snippet& snippet, const SyntaxResult& result) {
  std::string message = result.message;
  // "expected an indented block after 'if' statement on line 3": line 3 of the snippet.
  static const std::regex kOnLine("on line (\\d+)");
  std::smatch m;
  if (std::regex_search(message, m, kOnLine)) {
    int doc = snippet.doc_line(std::stoi(m[1].str()));
    if (doc > 0) message = m.prefix().str() + fmt::format("on line {}", doc) + m.suffix().str();
  }
  int line = snippet.doc_line(result.error_line);
  if (line == 0) line = snippet.end_line();
  std::string reason = fmt::format("does not compile as Python: {} at line {}", message, line);
  if (message.find("indent") != std::string::npos) reason += " (indentation may have been lost)";
  return reason;
}

}  // namespace notecheck
