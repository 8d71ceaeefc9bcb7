#include "harness/report/check_result.h"

namespace notecheck {

const std::vector<VerdictKind>& all_verdict_kinds() {
  static const std::vector<VerdictKind> kinds = {
      VerdictKind::kCorrect,       VerdictKind::kWrong,
      VerdictKind::kModeDependent, VerdictKind::kNondeterministic,
      VerdictKind::kUnverifiable,  VerdictKind::kSkipped,
      VerdictKind::kError};
  return kinds;
}

std::map<VerdictKind, int> CheckResult::summary() const {
  std::map<VerdictKind, int> counts;
  for (VerdictKind k : all_verdict_kinds()) counts[k] = 0;
  for (const Verdict& v : verdicts) ++counts[v.verdict];
  return counts;
}

int CheckResult::count(VerdictKind kind) const {
  int n = 0;
  for (const Verdict& v : verdicts) n += v.verdict == kind;
  return n;
}

bool CheckResult::has_input_errors() const {
  for (const Document& d : documents)
    if (!d.error.empty()) return true;
  return false;
}

int CheckResult::exit_code() const {
  if (has_input_errors()) return 2;
  return count(VerdictKind::kWrong) > 0 ? 1 : 0;
}

const Document* CheckResult::find_document(const std::string& path) const {
  for (const Document& d : documents)
    if (d.path == path) return &d;
  return nullptr;
}

}  // namespace notecheck
