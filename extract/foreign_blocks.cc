#include "extract/foreign_blocks.h"

#include "extract/foreign_lines.h"
#include "extract/line_lexer.h"
#include "extract/source_lines.h"
#include "util/text.h"

namespace notecheck {
namespace {

bool is_comment(const std::string& line) {
  std::string_view t = trim(line);
  return !t.empty() && t[0] == '#';
}

bool markup(const std::string& language) {
  return language == "html" || language == "html-template";
}

// Languages that continue each other: a template is HTML with tags.
bool same_family(const std::string& a, const std::string& b) {
  return a == b || (markup(a) && markup(b));
}

}  // namespace

std::string foreign_reason(const std::string& language) {
  const char* what = language == "bash"            ? "shell commands"
                     : language == "dockerfile"    ? "Dockerfile instructions"
                     : language == "html-template" ? "a template"
                     : language == "html"          ? "HTML"
                     : language == "sql"           ? "SQL"
                     : language == "http-routes"   ? "a list of HTTP routes"
                     : language == "diagram"       ? "a diagram"
                                                   : "another language";
  return "not Python (" + language + "): " + what;
}

std::vector<Snippet> take_foreign_blocks(const std::vector<std::string>& lines,
                                         std::vector<bool>& skip) {
  std::vector<Snippet> out;
  const size_t n = lines.size();
  // Lines inside a Python triple-quoted string (SQL in `cur.execute("""...""")`) are the
  // string's, whatever they look like.
  std::vector<bool> in_string(n, false);
  LexState state;
  for (size_t i = 0; i < n; ++i) {
    in_string[i] = state.triple != 0;
    // Only lines with a triple quote can open or close such a string: lex just those.
    bool triple =
        lines[i].find("\"\"\"") != std::string::npos || lines[i].find("'''") != std::string::npos;
    if (triple && !lex_line(lines[i], state).bad.empty()) state = {};
  }
  auto free = [&](size_t i) { return i < n && (i >= skip.size() || !skip[i]) && !in_string[i]; };
  for (size_t i = 0; i < n; ++i) {
    if (!free(i)) continue;
    std::string lang = foreign_line_language(lines[i]);
    if (lang.empty()) continue;
    size_t begin = i;
    while (begin > 0 && free(begin - 1) && is_comment(lines[begin - 1]) &&
           comment_belongs_to(lines[begin - 1], lang)) {
      --begin;
    }
    size_t end = i + 1;
    for (;;) {
      // A shell line ending in `\` continues; comments and markup content may sit between.
      if (lang == "bash" && ends_with(trim_right(lines[end - 1]), "\\") && free(end) &&
          !is_blank(lines[end])) {
        ++end;
        continue;
      }
      size_t j = end;
      while (free(j) && !is_blank(lines[j]) &&
             ((is_comment(lines[j]) && comment_belongs_to(lines[j], lang)) ||
              (markup(lang) && foreign_line_language(lines[j]).empty() && j < end + 1))) {
        ++j;
      }
      if (free(j) && !is_blank(lines[j]) && same_family(foreign_line_language(lines[j]), lang)) {
        if (lang != foreign_line_language(lines[j])) lang = "html-template";
        end = j + 1;
        continue;
      }
      break;
    }
    std::vector<SourceLine> block;
    for (size_t k = begin; k < end; ++k) {
      block.push_back({static_cast<int>(k) + 1, lines[k]});
      if (k < skip.size()) skip[k] = true;
    }
    Snippet s = make_snippet(block, "unfenced", lang);
    s.runnable = false;
    s.reason = foreign_reason(lang);
    out.push_back(std::move(s));
    i = end - 1;
  }
  return out;
}

}  // namespace notecheck
