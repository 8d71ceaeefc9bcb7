#include "harness/compare/verdict.h"

namespace notecheck {

const char* to_string(VerdictKind kind) {
  switch (kind) {
    case VerdictKind::kCorrect:
      return "correct";
    case VerdictKind::kWrong:
      return "wrong";
    case VerdictKind::kModeDependent:
      return "mode-dependent";
    case VerdictKind::kNondeterministic:
      return "nondeterministic";
    case VerdictKind::kUnverifiable:
      return "unverifiable";
    case VerdictKind::kSkipped:
      return "skipped";
    case VerdictKind::kError:
      return "error";
  }
  return "unknown";
}

}  // namespace notecheck
