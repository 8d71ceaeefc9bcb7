// Fix mode: the document edits that replace each wrong claimed value with the actual one,
// keeping the author's formatting around it (indentation, `#` and spacing, quotes, and the prose
// after the value). Only wrong claims are fixed: a mode-dependent or nondeterministic claim has
// no single right value, and the other verdicts have nothing to replace.
#pragma once

#include <string>
#include <vector>

#include "harness/report/check_result.h"

namespace notecheck {

// Replaces document lines [first, first + count) (1-based) with `lines`.
struct LineEdit {
  int first = 0;
  int count = 0;
  std::vector<std::string> lines;
};

struct DocumentEdits {
  std::string path;
  std::vector<LineEdit> edits;  // sorted, not overlapping
};

struct FixPlan {
  std::vector<DocumentEdits> documents;  // only documents with at least one edit
  int fixed = 0;                         // wrong claims an edit fixes
  std::vector<std::string> not_fixed;    // "path:line: why", one per wrong claim left as is
};

FixPlan plan_fixes(const CheckResult& result);

// `lines` with the edits applied.
std::vector<std::string> apply_edits(const std::vector<std::string>& lines,
                                     const std::vector<LineEdit>& edits);

}  // namespace notecheck
