#include "extract/doctest_blocks.h"

#include "extract/directives.h"
#include "util/text.h"

namespace notecheck {
namespace {

// The source after a prompt, or false if `line` does not start with `prompt`.
bool after_prompt(std::string_view line, std::string_view prompt, std::string* source) {
  std::string_view t = trim_left(line);
  if (!starts_with(t, prompt)) return false;
  t.remove_prefix(prompt.size());
  if (!t.empty() && t.front() != ' ') return false;  // ">>>x" is output, not a prompt
  if (!t.empty()) t.remove_prefix(1);
  *source = std::string(t);
  return true;
}

}  // namespace

bool looks_like_doctest(const std::vector<SourceLine>& lines) {
  for (const SourceLine& l : lines) {
    if (is_blank(l.text)) continue;
    std::string source;
    return after_prompt(l.text, ">>>", &source);
  }
  return false;
}

Snippet make_doctest_snippet(const std::vector<SourceLine>& lines, SyntaxChecker& checker) {
  Snippet s;
  s.origin = "doctest";
  s.language = "pycon";
  std::vector<SourceLine> want;  // output of the current example
  bool in_example = false;
  std::string last_source;
  auto finish_example = [&] {
    if (!want.empty() && !s.line_map.empty()) {
      Claim c;
      c.kind = ClaimKind::kDoctestOutput;
      c.doc_line = want.front().doc_line;
      c.code_line = static_cast<int>(s.line_map.size());
      std::vector<std::string> texts;
      texts.reserve(want.size());
      for (const SourceLine& w : want) texts.push_back(w.text);
      c.text = join(texts, "\n");
      c.statement = std::string(trim(last_source));
      s.claims.push_back(std::move(c));
    }
    want.clear();
  };
  size_t indent = 0;
  bool skipped = false;  // `>>> f()  # doctest: +SKIP`: neither run nor compared, as doctest
  for (const SourceLine& l : lines) {
    std::string source;
    if (after_prompt(l.text, ">>>", &source)) {
      finish_example();
      in_example = true;
      indent = l.text.find('>');
      size_t hash = source.find('#');
      skipped = hash != std::string::npos && skips_claim(std::string_view(source).substr(hash + 1));
      if (skipped) continue;
    } else if (in_example && want.empty() && after_prompt(l.text, "...", &source)) {
      if (skipped) continue;  // a continuation line of the example's source
    } else {
      if (skipped) {
        if (is_blank(l.text)) in_example = skipped = false;
        continue;
      }
      if (is_blank(l.text)) {
        finish_example();
        in_example = false;
      } else if (in_example) {
        // Output is indented like its prompt; keep anything beyond that.
        size_t lead = l.text.find_first_not_of(" \t");
        want.push_back({l.doc_line, l.text.substr(std::min(lead, indent))});
      }
      continue;
    }
    s.code += source + '\n';
    last_source = source;
    s.line_map.push_back(l.doc_line);
  }
  finish_example();
  if (reject_if_too_large(s)) return s;
  SyntaxResult r = checker.check(s.code);
  if (!r.ok) {
    s.runnable = false;
    s.reason = compile_failure_reason(s, r);
  }
  return s;
}

}  // namespace notecheck
