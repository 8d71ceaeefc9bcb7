#include "extract/extractor.h"

#include <algorithm>

#include "extract/cached_checker.h"
#include "extract/claims.h"
#include "extract/directives.h"
#include "extract/fenced_snippets.h"
#include "extract/html_blocks.h"
#include "extract/markdown_blocks.h"
#include "extract/notebook.h"
#include "extract/output_sections.h"
#include "extract/rst_blocks.h"
#include "extract/unfenced_scanner.h"
#include "util/text.h"

namespace notecheck {
namespace {

// Code blocks with their markup: Markdown fences, reStructuredText directives and literal
// blocks, or an HTML page's <pre> blocks. The origin says which.
std::vector<std::pair<FencedBlock, const char*>> marked_up_blocks(const Document& doc, bool* html) {
  std::vector<std::pair<FencedBlock, const char*>> out;
  *html = looks_like_html(doc);
  if (*html) {
    for (FencedBlock& b : find_html_blocks(doc)) out.emplace_back(std::move(b), "html");
    return out;
  }
  for (FencedBlock& b : find_fenced_blocks(doc)) out.emplace_back(std::move(b), "fenced");
  if (looks_like_rst(doc)) {
    for (FencedBlock& b : find_rst_blocks(doc)) out.emplace_back(std::move(b), "rst");
  }
  return out;
}

// `<!-- notecheck: skip -->` above a fence: the snippet is listed, its claims skipped.
void apply_html_directives(const Document& doc, std::vector<Snippet>& snippets) {
  for (Snippet& s : snippets) {
    if (s.origin != "fenced" || !s.runnable) continue;
    int line = s.start_line() - 2;  // above the opening fence
    while (line >= 1 && trim(doc.line(line)).empty()) --line;
    if (line >= 1 && is_html_skip_directive(doc.line(line))) {
      s.runnable = false;
      s.reason = "skipped by directive";
    }
  }
}

}  // namespace

std::vector<Snippet> extract_snippets(const Document& doc, SyntaxChecker& compiler) {
  std::vector<Snippet> out;
  if (!doc.error.empty()) return out;
  CachedChecker checker(compiler);
  if (looks_like_notebook(doc)) {
    out = notebook_snippets(doc, checker);
  } else {
    std::vector<bool> in_fence(doc.lines.size(), false);
    bool fenced_python = false, html = false;
    for (auto& [block, origin] : marked_up_blocks(doc, &html)) {
      for (int line = block.fence_line; line <= block.end_line; ++line) {
        if (line >= 1 && line <= static_cast<int>(in_fence.size())) in_fence[line - 1] = true;
      }
      std::optional<Snippet> s = snippet_from_fence(block, checker);
      if (!s) continue;
      if (s->origin == "fenced") s->origin = origin;
      fenced_python |= s->language == "python" || s->language == "pycon";
      out.push_back(std::move(*s));
    }
    // Text around marked-up code is prose, except `>>>` transcripts; plain text is scanned.
    if (!html) {
      for (Snippet& s : scan_unfenced(doc, in_fence, checker, fenced_python)) {
        out.push_back(std::move(s));
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const Snippet& a, const Snippet& b) {
    return a.start_line() < b.start_line();
  });
  for (size_t i = 0; i < out.size(); ++i) {
    out[i].index = static_cast<int>(i);
    out[i].document = doc.path;
    attach_claims(out[i], checker);
  }
  if (!looks_like_notebook(doc)) {
    apply_html_directives(doc, out);
    attach_output_sections(doc, out);
  }
  return out;
}

}  // namespace notecheck
