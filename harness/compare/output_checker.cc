#include "harness/compare/output_checker.h"

#include "harness/compare/literal.h"
#include "harness/compare/text_match.h"
#include "harness/compare/value_match.h"
#include "util/text.h"

namespace notecheck {
namespace {

constexpr size_t kShownChars = 200;  // reasons are sentences; actual holds the full text

bool is_number(const Value& v) {
  return v.kind == Value::Kind::kAtom && (v.type == "int" || v.type == "float");
}

bool is_str(const Value& v) { return v.kind == Value::Kind::kAtom && v.type == "str"; }

bool has_truncation(const Value& v) {
  if (v.truncated) return true;
  for (const Value& item : v.items) {
    if (has_truncation(item)) return true;
  }
  return false;
}

// The run exports at most so many elements; a value cut short cannot be judged wrong.
bool incomplete(const Value& observed) {
  return !parse_whole_literal(observed.repr) && has_truncation(observed);
}

// The text forms a got can take: as shown; a str value's str (`'B'` is also `B`); several
// printed lines folded onto one (`PENDING 1, ACTIVE 2, DISABLED 3` for a loop's output).
std::vector<std::string> got_texts(const Got& got) {
  std::vector<std::string> texts{got.text};
  if (got.value) {
    Value parsed = from_observed(*got.value);
    if (is_str(parsed)) texts.push_back(parsed.str);
  }
  if (got.printed && got.text.find('\n') != std::string::npos) {
    auto lines = split_lines(got.text);
    for (std::string_view sep : {" ", ", ", " -> ", " → ", "; ", " | "}) {
      texts.push_back(join(lines, sep));
    }
  }
  return texts;
}

}  // namespace

Got got_for_line(const LineObservation& line) {
  Got got;
  if (!line.values.empty()) {
    got.value = line.values.back();
    got.text = got.value->repr;
  }
  if (!line.output.empty()) {
    got.printed = true;
    std::string_view text = line.output;
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
    got.text = std::string(text);
  }
  return got;
}

std::string describe(const Got& got) {
  if (got.empty()) return "printed nothing";
  std::string shown = got.text;
  std::string prefix = got.printed ? "printed " : "value is ";
  if (got.printed) {
    auto lines = split_lines(got.text);
    if (lines.size() > 1) {
      prefix = "printed " + std::to_string(lines.size()) + " lines: ";
      shown = join(lines, " / ");
    }
    if (shown.empty()) shown = "an empty line";
  }
  return prefix + one_line(shown, kShownChars);
}

Comparison check_line_claim(std::string_view raw, const ClaimText& want, const Got& got) {
  if (want.approximate) return {Outcome::kUnknown, "approximate claim"};
  std::vector<std::string> candidates{std::string(trim(raw)), without_trailing_remark(raw)};
  if (!want.value_text.empty()) candidates.push_back(want.value_text);
  for (const std::string& text : got_texts(got)) {
    for (const std::string& candidate : candidates) {
      if (!candidate.empty() && text_matches(candidate, text)) {
        return {Outcome::kMatch, describe(got)};
      }
    }
  }
  if (!want.value) return {Outcome::kUnknown, "comment is not a value"};
  const Value& w = *want.value;
  // `# "Got value"` for printed `Got value`: print shows a str without its quotes.
  if (got.printed && is_str(w)) {
    std::string content = collapse_space(w.str), shown = collapse_space(got.text);
    if (content == shown || ellipsis_match(content, shown)) {
      return {Outcome::kMatch, describe(got)};
    }
  }
  std::optional<Value> tree;
  if (got.printed) {
    tree = parse_whole_literal(got.text, LiteralForm::kPrinted);
    if (tree && values_match(w, *tree)) return {Outcome::kMatch, describe(got)};
  }
  if (got.value) {
    Value observed = from_observed(*got.value);
    if (values_match(w, observed)) return {Outcome::kMatch, describe(got)};
    if (!got.printed && incomplete(*got.value)) {
      return {Outcome::kUnknown, "the value is too large to compare in full; " + describe(got)};
    }
    if (!got.printed) tree = std::move(observed);
  }
  if (got.is_none() && w.type != "NoneType") {
    // `dq.appendleft(0)  # [0, 1, 2, 3]` describes dq, not the call's None.
    return {Outcome::kUnknown,
            "the statement's value is None; the comment describes something else"};
  }
  if (want.loose && !(is_number(w) && tree && is_number(*tree))) {
    return {Outcome::kUnknown, "words follow the value without a separator; " + describe(got)};
  }
  return {Outcome::kMismatch, describe(got)};
}

Comparison check_claim_lines(const std::vector<std::string>& want_lines, const KnownNames& known,
                             const Got& got) {
  std::vector<std::string> wants;
  for (const std::string& line : want_lines) {
    if (!trim(line).empty()) wants.emplace_back(trim(line));
  }
  if (wants.size() == 1) return check_line_claim(wants[0], read_claim_text(wants[0], known), got);
  if (wants.empty()) return {Outcome::kUnknown, "comment is empty"};
  if (text_matches(join(wants, "\n"), got.text)) return {Outcome::kMatch, describe(got)};
  std::vector<std::string> gots = split_lines(got.text);
  size_t compared = std::min(wants.size(), gots.size());
  size_t matched = 0;
  for (size_t i = 0; i < compared; ++i) {
    Got line_got;
    line_got.printed = true;
    line_got.text = gots[i];
    Comparison c = check_line_claim(wants[i], read_claim_text(wants[i], known), line_got);
    if (c.outcome == Outcome::kMismatch) {
      return {Outcome::kMismatch, "line " + std::to_string(i + 1) + " of the comment: " + c.reason};
    }
    if (c.outcome == Outcome::kMatch) ++matched;
  }
  for (size_t i = compared; i < wants.size(); ++i) {
    if (read_claim_text(wants[i], known).value) {
      return {Outcome::kMismatch,
              "the comment shows " + std::to_string(wants.size()) + " lines; " + describe(got)};
    }
  }
  if (matched == 0) return {Outcome::kUnknown, "comment is not a value"};
  if (gots.size() > wants.size()) {
    return {Outcome::kMismatch,
            "the comment shows " + std::to_string(wants.size()) + " lines; " + describe(got)};
  }
  return {Outcome::kMatch, describe(got)};
}

Comparison check_doctest_output(std::string_view want, const Got& got) {
  want = trim(want);
  bool nothing = got.empty() || got.is_none();  // the REPL shows no None
  if (nothing) {
    return want.empty() ? Comparison{Outcome::kMatch, "printed nothing"}
                        : Comparison{Outcome::kMismatch, "printed nothing"};
  }
  if (text_matches(want, got.text)) return {Outcome::kMatch, describe(got)};
  bool all = lines_match(split_lines(want), split_lines(got.text));
  return {all ? Outcome::kMatch : Outcome::kMismatch, describe(got)};
}

}  // namespace notecheck
