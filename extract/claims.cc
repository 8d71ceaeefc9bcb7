#include "extract/claims.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>

#include "extract/claim_exception.h"
#include "extract/directives.h"
#include "extract/output_comments.h"
#include "extract/output_label.h"
#include "extract/probe_claims.h"
#include "extract/two_column.h"
#include "util/text.h"

namespace notecheck {
namespace {

bool is_directive(std::string_view text) {
  static const std::array<std::string_view, 10> kPrefixes = {
      "doctest:", "notecheck:", "noqa",  "type:",  "pragma",
      "fmt:",     "pylint:",    "mypy:", "isort:", "nosec"};
  std::string lower = to_lower(text);
  for (std::string_view p : kPrefixes) {
    if (starts_with(lower, p)) return true;
  }
  return false;
}

// The comment without its `#` and any directive after the claim; empty when a directive
// leaves the claim out (`# doctest: +SKIP`, `# notecheck: skip`).
std::string comment_text(const std::string& comment) {
  std::string_view t = comment;
  if (!t.empty() && t.front() == '#') t.remove_prefix(1);
  // `#> 3`: pytest-examples' mark for the output of the statement above.
  if (!t.empty() && t.front() == '>') t.remove_prefix(1);
  if (skips_claim(t)) return "";
  return without_directives(t);
}

// Statements that hold no others: a comment on their line is about them alone.
bool is_simple(const std::string& kind) {
  static const std::set<std::string> kCompound = {
      "FunctionDef", "AsyncFunctionDef", "ClassDef", "If",      "For",  "AsyncFor", "While",
      "With",        "AsyncWith",        "Try",      "TryStar", "Match"};
  return !kCompound.count(kind);
}

// Top-level assignments whose comment may state the value bound (`idx = f(a)  # 2`).
bool is_assignment(const StatementInfo& st) {
  return st.depth == 0 && (st.kind == "Assign" || st.kind == "AugAssign" || st.kind == "AnnAssign");
}

// Whether each statement lies inside a function body: its asserts run only if it is called.
std::vector<bool> inside_functions(const std::vector<StatementInfo>& statements) {
  std::vector<bool> out;
  std::vector<int> function_ends;  // end lines of the enclosing functions
  for (const StatementInfo& st : statements) {
    while (!function_ends.empty() && function_ends.back() < st.line) function_ends.pop_back();
    out.push_back(!function_ends.empty());
    if (st.kind == "FunctionDef" || st.kind == "AsyncFunctionDef")
      function_ends.push_back(st.end_line);
  }
  return out;
}

size_t indentation(const std::string& line) {
  size_t n = line.find_first_not_of(" \t");
  return n == std::string::npos ? line.size() : n;
}

}  // namespace

namespace {

void find_claims(Snippet& s, SyntaxChecker& checker) {
  int column = comparison_table_column(s.code);
  if (column >= 0) {
    // The right-hand column's header names its language: `# Python    # TypeScript`.
    std::string first = s.code.substr(0, s.code.find('\n'));
    std::string language = "another language";
    if (static_cast<size_t>(column) < first.size()) {
      std::string_view head = trim(std::string_view(first).substr(column));
      if (!head.empty() && head.front() == '#') head = trim(head.substr(1));
      if (!head.empty() && head.find(' ') == std::string_view::npos) language = std::string(head);
    }
    s.reason = fmt::format("two-column comparison: comments from column {} on are {}, not claims",
                           column + 1, language);
    return;
  }
  Analysis a = checker.analyze(s.code);
  if (!a.syntax.ok) return;
  std::vector<std::string> lines = split_lines(s.code);
  auto line_text = [&](int n) -> const std::string& {
    static const std::string kEmpty;
    return n >= 1 && n <= static_cast<int>(lines.size()) ? lines[n - 1] : kEmpty;
  };
  std::map<int, const CommentInfo*> trailing, own;
  for (const CommentInfo& c : a.comments) (c.own_line ? own : trailing)[c.line] = &c;
  std::set<int> used;
  add_output_comment_claims(s, a, used);
  add_probe_claims(s, a, checker, used);
  std::vector<bool> in_function = inside_functions(a.statements);
  auto statement_text = [&](int line) {
    const std::string& text = line_text(line);
    auto it = trailing.find(line);
    size_t cut = it == trailing.end() ? text.size() : static_cast<size_t>(it->second->column);
    return std::string(trim(std::string_view(text).substr(0, std::min(cut, text.size()))));
  };
  for (size_t k = 0; k < a.statements.size(); ++k) {
    const StatementInfo& st = a.statements[k];
    if (st.kind != "Expr") {
      // Any statement may be said to raise (`c.radius = -1  # ValueError`); a top-level
      // assignment may be said to bind a value. Compare judges the rest unverifiable.
      if (!is_simple(st.kind)) continue;
      size_t before = s.claims.size();
      for (int line : {st.end_line, st.line}) {
        auto it = trailing.find(line);
        if (it == trailing.end() || used.count(line)) continue;
        std::string text = comment_text(it->second->text);
        if (text.empty() || is_directive(text)) break;
        if (claimed_exception(text).empty() && !is_assignment(st)) break;
        used.insert(line);
        s.claims.push_back({s.doc_line(line), st.line, ClaimKind::kTrailingComment, text,
                            statement_text(st.line), is_assignment(st)});
        break;
      }
      // An assert outside functions claims its condition (unless a comment claims it raises).
      if (st.kind == "Assert" && s.claims.size() == before && !in_function[k]) {
        std::string text = statement_text(st.line);
        s.claims.push_back({s.doc_line(st.line), st.line, ClaimKind::kAssert, text, text});
      }
      continue;
    }
    std::string_view first = trim(line_text(st.line));
    if (starts_with(first, "\"\"\"") || starts_with(first, "'''")) continue;  // a docstring
    // `yield` hands a value out rather than showing one, and `def f(): ...` has an Ellipsis
    // body: neither is what a comment on that line talks about.
    if (starts_with(first, "yield") || ends_with(statement_text(st.line), "...")) continue;
    const CommentInfo* c = nullptr;
    for (int line : {st.end_line, st.line}) {
      auto it = trailing.find(line);
      if (!c && it != trailing.end() && !used.count(line)) c = it->second;
    }
    if (c) {
      used.insert(c->line);
      std::string text = comment_text(c->text);
      if (text.empty() || is_directive(text)) continue;
      s.claims.push_back({s.doc_line(c->line), st.line, ClaimKind::kTrailingComment, text,
                          statement_text(st.line)});
      continue;
    }
    if (trailing.count(st.line) || trailing.count(st.end_line)) continue;  // a used comment
    // Output written below the statement; a comment further left starts the next section.
    std::vector<std::string> texts;
    int first_line = 0;
    for (int line = st.end_line + 1; own.count(line); ++line) {
      const CommentInfo* o = own[line];
      if (used.count(line)) break;  // an `# Output:` block
      if (skips_claim(std::string_view(o->text).substr(1))) break;
      if (static_cast<size_t>(o->column) < indentation(line_text(st.line))) break;
      std::string text = comment_text(o->text);
      // `# --- next part ---` decorates a section title; it is not output.
      if (is_directive(text) || starts_with(text, "--") || starts_with(text, "==")) break;
      if (!first_line) first_line = line;
      if (std::optional<OutputLabel> label = output_label(text)) {  // `# Output: 2`
        if (label->rest.empty()) continue;
        text = label->rest;
      }
      texts.push_back(text);
    }
    if (texts.empty() || join(texts, "").empty()) continue;
    s.claims.push_back({s.doc_line(first_line), st.line, ClaimKind::kFollowingComment,
                        join(texts, "\n"), statement_text(st.line)});
  }
}

}  // namespace

void attach_claims(Snippet& s, SyntaxChecker& checker) {
  if (!s.runnable) return;
  if (s.origin != "doctest") find_claims(s, checker);
  std::stable_sort(s.claims.begin(), s.claims.end(),
                   [](const Claim& a, const Claim& b) { return a.doc_line < b.doc_line; });
  // `+NUMBER` on any code line from the statement to the claim's comment.
  std::vector<std::string> lines = split_lines(s.code);
  for (Claim& c : s.claims) {
    for (int k = c.code_line; k >= 1 && k <= static_cast<int>(lines.size()); ++k) {
      c.number |= has_doctest_option(lines[k - 1], "NUMBER");
      if (s.doc_line(k) >= c.doc_line) break;
    }
  }
  if (skips_snippet(s.code)) {
    // Not run; its claims are still listed, each skipped with this reason.
    s.runnable = false;
    s.reason = "skipped by directive";
  }
}

}  // namespace notecheck
