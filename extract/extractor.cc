#include "extract/extractor.h"

#include <algorithm>

#include "extract/claims.h"
#include "extract/fenced_snippets.h"
#include "extract/markdown_blocks.h"
#include "extract/unfenced_scanner.h"

namespace notecheck {

std::vector<Snippet> extract_snippets(const Document& doc, SyntaxChecker& checker) {
  std::vector<Snippet> out;
  if (!doc.error.empty()) return out;
  std::vector<bool> in_fence(doc.lines.size(), false);
  bool fenced_python = false;
  for (const FencedBlock& block : find_fenced_blocks(doc)) {
    for (int line = block.fence_line; line <= block.end_line; ++line) {
      if (line >= 1 && line <= static_cast<int>(in_fence.size())) in_fence[line - 1] = true;
    }
    std::optional<Snippet> s = snippet_from_fence(block, checker);
    if (!s) continue;
    fenced_python |= s->language == "python" || s->language == "pycon";
    out.push_back(std::move(*s));
  }
  if (!fenced_python) {
    for (Snippet& s : scan_unfenced(doc, in_fence, checker)) out.push_back(std::move(s));
  }
  std::stable_sort(out.begin(), out.end(), [](const Snippet& a, const Snippet& b) {
    return a.start_line() < b.start_line();
  });
  for (size_t i = 0; i < out.size(); ++i) {
    out[i].index = static_cast<int>(i);
    out[i].document = doc.path;
    attach_claims(out[i], checker);
  }
  return out;
}

}  // namespace notecheck
