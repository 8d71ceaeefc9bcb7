// Fenced code blocks (``` and ~~~) found by cmark-gfm, a real CommonMark parser, so that
// nesting, indentation and unclosed fences are handled exactly and line numbers are right.
#pragma once

#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/source_lines.h"

namespace notecheck {

struct FencedBlock {
  int fence_line = 0;             // 1-based line of the opening fence
  int end_line = 0;               // last line of the block, closing fence included
  std::string info;               // the info string as written (may be empty)
  std::vector<SourceLine> lines;  // content, with the fence's indentation removed
};

std::vector<FencedBlock> find_fenced_blocks(const Document& doc);

// The language an info string names, lowercased: "python" for "```Python title=x" and
// "```{.python}", "" for none.
std::string fence_language(const std::string& info);

}  // namespace notecheck
