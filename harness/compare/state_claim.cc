#include "harness/compare/state_claim.h"

#include "harness/compare/literal.h"

namespace notecheck {

StateComparison check_with_state(std::string_view raw, const ClaimText& want, const Got& shown,
                                 const Value& state) {
  if (!shown.empty()) {
    Comparison c = check_line_claim(raw, want, shown);
    if (c.outcome == Outcome::kMatch) return {c, shown};
  }
  Got left;
  left.value = state;
  left.text = state.repr;
  Comparison c = check_line_claim(raw, want, left);
  if (c.outcome == Outcome::kMatch) {
    c.reason = "after the statement, " + c.reason;
    return {c, left};
  }
  const Value* w = want.value ? &*want.value : nullptr;
  // An iterator or other object without a literal form (`count(10, 2)`): the comment may
  // describe what it yields (`# 10, 12, 14, ...`).
  bool plain = state.kind != Value::Kind::kOther && parse_whole_literal(state.repr);
  bool literal = plain && w && w->kind != Value::Kind::kClass &&
                 !(w->kind == Value::Kind::kOther && w->type != literal_type::kOpaque);
  if (c.outcome == Outcome::kMismatch && !literal) {
    c = {Outcome::kUnknown, "the comment names something other than the value; " + describe(left)};
  } else if (c.outcome == Outcome::kMismatch) {
    c.reason = "after the statement, " + c.reason;
  }
  return {c, left};
}

}  // namespace notecheck
