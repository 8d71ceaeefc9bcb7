#include "extract/fenced_snippets.h"

#include <algorithm>
#include <initializer_list>

#include "extract/doctest_blocks.h"
#include "extract/foreign_blocks.h"
#include "extract/foreign_lines.h"
#include "extract/line_classifier.h"

namespace notecheck {
namespace {

bool in(const std::string& word, std::initializer_list<const char*> words) {
  return std::any_of(words.begin(), words.end(), [&](const char* w) { return word == w; });
}

// An unlabelled fence is Python only with real code evidence: a fence holding `Flask` or a
// list of names compiles too.
bool has_code_evidence(const std::vector<SourceLine>& lines) {
  std::vector<std::string> texts;
  texts.reserve(lines.size());
  for (const SourceLine& l : lines) texts.push_back(l.text);
  std::vector<LineClass> classes = classify_lines(texts, {});
  return std::any_of(classes.begin(), classes.end(),
                     [](const LineClass& c) { return c.kind == LineKind::kStrong; });
}

}  // namespace

std::optional<Snippet> snippet_from_fence(const FencedBlock& block, SyntaxChecker& checker) {
  if (std::all_of(block.lines.begin(), block.lines.end(),
                  [](const SourceLine& l) { return is_blank(l.text); })) {
    return std::nullopt;
  }
  const std::string lang = fence_language(block.info);
  const bool python = in(lang, {"python", "py", "python3", "py3", "ipython", "ipython3"});
  if (in(lang, {"pycon", "python-repl", "pyrepl", "doctest"}) ||
      ((python || lang.empty()) && looks_like_doctest(block.lines))) {
    return make_doctest_snippet(block.lines, checker);
  }
  if (!python && !lang.empty()) {
    Snippet s = make_snippet(block.lines, "fenced", lang);
    s.runnable = false;
    s.reason = "not Python (" + lang + ")";
    return s;
  }
  Snippet s = make_snippet(block.lines, "fenced", "python");
  if (reject_if_too_large(s)) return s;
  SyntaxResult r = checker.check(s.code);
  expand_mixed_tabs(s, &r, checker);
  if (!r.ok) {
    s.runnable = false;
    s.reason = compile_failure_reason(s, r);
    if (lang.empty()) {
      // An unlabelled box of routes, a diagram, shell: name what it is.
      std::vector<std::string> texts;
      for (const SourceLine& l : block.lines) texts.push_back(l.text);
      std::string other = block_language(texts);
      s.language = other.empty() ? "text" : other;
      if (!other.empty()) s.reason = foreign_reason(other);
    }
  } else if (lang.empty() && !has_code_evidence(block.lines)) {
    s.runnable = false;
    s.language = "text";
    s.reason = "unlabelled block without Python code evidence";
  }
  return s;
}

}  // namespace notecheck
