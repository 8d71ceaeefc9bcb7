#include "extract/snippet.h"

namespace notecheck {

const char* to_string(ClaimKind kind) {
  switch (kind) {
    case ClaimKind::kTrailingComment:
      return "trailing-comment";
    case ClaimKind::kFollowingComment:
      return "following-comment";
    case ClaimKind::kDoctestOutput:
      return "doctest-output";
    case ClaimKind::kOutputBlock:
      return "output-block";
    case ClaimKind::kAssert:
      return "assert";
  }
  return "unknown";
}

std::optional<ClaimKind> claim_kind_from(std::string_view name) {
  for (ClaimKind k : {ClaimKind::kTrailingComment, ClaimKind::kFollowingComment,
                      ClaimKind::kDoctestOutput, ClaimKind::kOutputBlock, ClaimKind::kAssert})
    if (name == to_string(k)) return k;
  return std::nullopt;
}

int Snippet::doc_line(int code_line) const {
  if (code_line < 1 || code_line > static_cast<int>(line_map.size())) return 0;
  return line_map[code_line - 1];
}

}  // namespace notecheck
