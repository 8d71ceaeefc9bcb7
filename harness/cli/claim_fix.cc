#include "harness/cli/claim_fix.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "harness/compare/binding_claim.h"
#include "harness/compare/claim_text.h"
#include "harness/compare/known_names.h"
#include "harness/compare/literal.h"
#include "harness/compare/value_match.h"
#include "harness/report/report_context.h"
#include "util/text.h"

namespace notecheck {
namespace {

struct Failure {
  std::string why;
};

bool is_quote(char c) { return c == '"' || c == '\''; }

bool quoted_literal(const std::string& t) {
  return t.size() >= 2 && is_quote(t.front()) && t.back() == t.front();
}

// The actual value written the way the author wrote the claimed one: printed text the author
// put in quotes (`# "local"`) keeps the quotes; a repr keeps the author's quote character.
std::string styled(const std::string& value_text, const std::string& actual) {
  if (!quoted_literal(value_text)) return actual;
  char q = value_text.front();
  if (quoted_literal(actual)) {
    std::string inner = actual.substr(1, actual.size() - 2);
    return inner.find(q) == std::string::npos && inner.find('\\') == std::string::npos
               ? q + inner + q
               : actual;
  }
  if (actual.find(q) != std::string::npos) return actual;
  return q + actual + q;
}

// Replaces the claimed value inside one comment line, keeping everything around it. `claim` is
// the comment text after `#`, as the extractor read it.
std::string fix_comment_line(const std::string& line, const std::string& claim,
                             const std::string& actual, const KnownNames& known) {
  size_t at = claim_offset(line, claim);
  if (at == std::string::npos) throw Failure{"the claim is no longer on its line"};
  ClaimText text = read_claim_text(claim, known);
  if (text.value_text.empty()) throw Failure{"the claim's value could not be told from its prose"};
  size_t value_at = claim.find(text.value_text);
  if (value_at == std::string::npos) throw Failure{"the claim's value could not be located"};
  return line.substr(0, at + value_at) + styled(text.value_text, actual) +
         line.substr(at + value_at + text.value_text.size());
}

// `q=3, r=1` after `q, r = divmod(17, 5)`: each value the run bound otherwise is replaced, the
// others keep the author's spelling (`rest=[2,3]`). nullopt when the claim is no such list.
std::optional<std::string> fix_bindings(const std::string& line, const Verdict& v) {
  auto claimed = claimed_bindings(v.code, v.claim);
  auto got = claimed_bindings(v.code, v.actual);
  if (!claimed || !got) return std::nullopt;
  size_t at = claim_offset(line, v.claim);
  if (at == std::string::npos) throw Failure{"the claim is no longer on its line"};
  std::string fixed = line;
  for (size_t i = claimed->size(); i-- > 0;) {  // from the right: earlier places stay valid
    const Binding& c = (*claimed)[i];
    const Binding& g = (*got)[i];
    std::optional<Value> want = parse_whole_literal(v.claim.substr(c.value_at, c.value_size));
    std::string actual = v.actual.substr(g.value_at, g.value_size);
    std::optional<Value> have = parse_whole_literal(actual);
    if (want && have && values_match(*want, *have)) continue;
    fixed.replace(at + c.value_at, c.value_size, actual);
  }
  return fixed;
}

// The `#` and spacing that start a comment line, e.g. "    # ".
std::string comment_prefix(const std::string& line) {
  size_t hash = line.find('#');
  size_t end = line.find_first_not_of(' ', hash + 1);
  return line.substr(0, end == std::string::npos ? line.size() : end);
}

std::vector<std::string> claim_lines(const Verdict& v) {
  std::vector<std::string> lines = split_lines(v.claim);
  for (std::string& l : lines) {
    std::string_view t = trim(l);
    if (v.kind == ClaimKind::kFollowingComment && !t.empty() && t.front() == '#')
      t = trim(t.substr(1));
    l = std::string(t);
  }
  return lines;
}

// `# Output:` and the comment lines below it: the lines below become what was printed.
// `# Output: x` keeps its label; an "Output:" section of prose is left to the author.
LineEdit fix_output_block(const Document& doc, const Verdict& v,
                          const std::vector<std::string>& claimed,
                          const std::vector<std::string>& got) {
  const std::string& label = doc.line(v.line);
  if (claimed.size() == 1) {
    size_t colon = label.find(':');
    if (got.size() != 1 || colon == std::string::npos)
      throw Failure{"the output has several lines; the label's line holds one"};
    return {v.line, 1, {label.substr(0, colon + 1) + " " + got[0]}};
  }
  if (!starts_with(trim(label), "#") || !starts_with(trim(doc.line(v.line + 1)), "#"))
    throw Failure{"an Output: section of prose is not rewritten: replace it by hand"};
  std::string prefix = comment_prefix(doc.line(v.line + 1));
  LineEdit e{v.line + 1, static_cast<int>(claimed.size()) - 1, {}};
  for (const std::string& g : got) e.lines.push_back(prefix + g);
  return e;
}

LineEdit fix_for(const Document& doc, const Verdict& v, const Snippet* snippet) {
  if (v.actual.empty()) throw Failure{"nothing was got to write in its place"};
  KnownNames known(snippet ? snippet->code : "");
  std::vector<std::string> claimed = claim_lines(v);
  std::vector<std::string> got = split_lines(v.actual);
  if (claimed.empty() || got.empty()) throw Failure{"empty claim"};
  int n = static_cast<int>(claimed.size());
  for (int i = 0; i < n; ++i)
    if (std::string(trim(doc.line(v.line + i))).find(claimed[i]) == std::string::npos)
      throw Failure{"the document changed since the check"};

  if (v.kind == ClaimKind::kDoctestOutput) {
    const std::string& first = doc.line(v.line);
    std::string indent = first.substr(0, first.find_first_not_of(" \t"));
    // A raised exception reads as a doctest traceback.
    if (starts_with(v.reason, "raised ") && got.size() == 1 &&
        got[0].find(':') != std::string::npos && !starts_with(v.claim, "Traceback"))
      got = {"Traceback (most recent call last):", "  ...", got[0]};
    LineEdit e{v.line, n, {}};
    for (const std::string& g : got)
      e.lines.push_back(indent + (trim(g).empty() ? "<BLANKLINE>" : g));
    return e;
  }
  if (v.kind == ClaimKind::kAssert) throw Failure{"an assert is code: fix it by hand"};
  if (v.kind == ClaimKind::kOutputBlock) return fix_output_block(doc, v, claimed, got);
  if (n == 1 && got.size() == 1) {
    if (std::optional<std::string> fixed = fix_bindings(doc.line(v.line), v))
      return {v.line, 1, {*fixed}};
    return {v.line, 1, {fix_comment_line(doc.line(v.line), v.claim, got[0], known)}};
  }
  if (v.kind != ClaimKind::kFollowingComment)
    throw Failure{"the actual output has several lines; a trailing comment holds one"};
  LineEdit e{v.line, n, {}};
  if (static_cast<int>(got.size()) == n) {  // line by line, keeping each line's prose
    for (int i = 0; i < n; ++i)
      e.lines.push_back(claimed[i] == got[i]
                            ? doc.line(v.line + i)
                            : fix_comment_line(doc.line(v.line + i), claimed[i], got[i], known));
    return e;
  }
  std::string prefix = comment_prefix(doc.line(v.line));
  for (const std::string& g : got) e.lines.push_back(prefix + g);
  return e;
}

}  // namespace

FixPlan plan_fixes(const CheckResult& result) {
  FixPlan plan;
  std::map<std::string, std::vector<LineEdit>> by_doc;
  for (const Verdict& v : result.verdicts) {
    if (v.verdict != VerdictKind::kWrong) continue;
    const Document* doc = result.find_document(v.document);
    const SnippetResult* s = snippet_of(result, v);
    try {
      if (!doc || !doc->error.empty()) throw Failure{"the document was not read"};
      if (!doc->repair.empty())
        throw Failure{"the document was repaired on reading (" + doc->repair + ")"};
      LineEdit e = fix_for(*doc, v, s ? &s->snippet : nullptr);
      std::vector<LineEdit>& edits = by_doc[v.document];
      for (const LineEdit& other : edits)
        if (e.first < other.first + other.count && other.first < e.first + e.count)
          throw Failure{"another fix changes the same lines"};
      if (e.lines == std::vector<std::string>(doc->lines.begin() + e.first - 1,
                                              doc->lines.begin() + e.first - 1 + e.count))
        throw Failure{"the fix would not change the text"};
      edits.push_back(std::move(e));
      ++plan.fixed;
    } catch (const Failure& f) {
      plan.not_fixed.push_back(fmt::format("{}:{}: {}", v.document, v.line, f.why));
    }
  }
  for (const Document& d : result.documents) {
    auto it = by_doc.find(d.path);
    if (it == by_doc.end() || it->second.empty()) continue;
    std::sort(it->second.begin(), it->second.end(),
              [](const LineEdit& a, const LineEdit& b) { return a.first < b.first; });
    plan.documents.push_back({d.path, std::move(it->second)});
  }
  return plan;
}

std::vector<std::string> apply_edits(const std::vector<std::string>& lines,
                                     const std::vector<LineEdit>& edits) {
  std::vector<std::string> out;
  int next = 1;  // next original line to copy
  for (const LineEdit& e : edits) {
    for (; next < e.first; ++next) out.push_back(lines[next - 1]);
    out.insert(out.end(), e.lines.begin(), e.lines.end());
    next = e.first + e.count;
  }
  for (; next <= static_cast<int>(lines.size()); ++next) out.push_back(lines[next - 1]);
  return out;
}

}  // namespace notecheck
