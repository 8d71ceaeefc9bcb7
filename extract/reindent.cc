#include "extract/reindent.h"

#include <fmt/format.h>

#include <algorithm>

#include "extract/flat_statements.h"
#include "extract/indent_search.h"
#include "util/text.h"

namespace notecheck {
namespace {

constexpr int kCandidates = 6;       // structures tried with the compiler before giving up
constexpr int kAmbiguityChecks = 3;  // plausible alternatives confirmed per run
constexpr const char* kIndent = "    ";

std::string_view strip(std::string_view line) { return trim_left(line); }

// The code for one structure: statements at their depth, continuation lines one deeper
// (closing brackets level with their statement), string contents untouched, comments level
// with the statement below them (above them at the end: trailing output comments).
Snippet build(const std::vector<SourceLine>& lines, const FlatBlock& block,
              const std::vector<int>& depth) {
  Snippet s;
  s.origin = "reindented";
  std::vector<int> line_depth(lines.size(), 0);
  int next = -1;
  for (size_t i = lines.size(); i-- > 0;) {
    int k = block.line_statement[i];
    if (k >= 0) next = depth[k];
    line_depth[i] = next;
  }
  // Comments after the last statement: output (`# [1, 2]`) stays with it, remarks go left.
  size_t tail = lines.size();
  while (tail > 0 && block.line_statement[tail - 1] < 0) --tail;
  bool output_tail = false;
  for (size_t i = tail; i < lines.size() && !output_tail; ++i) {
    std::string_view t = trim(lines[i].text);
    if (!t.empty()) output_tail = looks_like_value(t.substr(1));
  }
  for (size_t i = tail; i < lines.size(); ++i) line_depth[i] = output_tail ? -1 : 0;
  int previous = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& text = lines[i].text;
    int k = block.line_statement[i];
    std::string out;
    if (k < 0) {
      int d = line_depth[i] >= 0 ? line_depth[i] : previous;
      if (!is_blank(text)) {
        for (int j = 0; j < d; ++j) out += kIndent;
        out += strip(text);
      }
    } else {
      const FlatStatement& st = block.statements[k];
      if (block.in_string[i] && static_cast<int>(i) != st.first) {
        out = text;  // inside a triple-quoted string: every character is the string's
      } else {
        std::string_view body = strip(text);
        int d = depth[k];
        bool closing = !body.empty() && (body[0] == ')' || body[0] == ']' || body[0] == '}');
        if (static_cast<int>(i) != st.first && !closing) ++d;
        for (int j = 0; j < d; ++j) out += kIndent;
        out += body;
      }
      previous = depth[k];
    }
    s.code += out + '\n';
    s.line_map.push_back(lines[i].doc_line);
  }
  return s;
}

// Document line of the statement that holds code line `code_line` (1-based), for messages.
int statement_at(const FlatBlock& block, int code_line) {
  for (int i = std::min(code_line, static_cast<int>(block.line_statement.size())) - 1; i >= 0;
       --i) {
    if (block.line_statement[i] >= 0) return block.line_statement[i];
  }
  return 0;
}

// The code of `alt` from the last top-level statement before it departs from `best` to the
// first one after they agree again: complete top-level statements, cheap to compile.
std::string region(const std::vector<SourceLine>& lines, const FlatBlock& block,
                   const std::vector<int>& best, const std::vector<int>& alt) {
  const int n = static_cast<int>(best.size());
  int first = 0, last = 0;
  for (int k = 0; k < n; ++k) {
    if (best[k] == alt[k]) continue;
    if (first == 0 && last == 0) first = k;
    last = k;
  }
  int a = first;
  while (a > 0 && !(best[a] == 0 && alt[a] == 0)) --a;
  int e = last + 1;
  while (e < n && !(best[e] == 0 && alt[e] == 0)) ++e;
  size_t from = static_cast<size_t>(block.statements[a].first);
  size_t to = e < n ? static_cast<size_t>(block.statements[e].first) : lines.size();
  std::vector<std::string> code = split_lines(build(lines, block, alt).code);
  std::string out;
  for (size_t i = from; i < to && i < code.size(); ++i) out += code[i] + '\n';
  return out;
}

class Reindenter {
 public:
  explicit Reindenter(SyntaxChecker& checker) : checker_(checker) {}

  void run(std::vector<SourceLine> lines, std::optional<FlatBlock> first = std::nullopt) {
    while (!lines.empty()) {
      FlatBlock block;
      if (first) {
        block = std::move(*first);
        first.reset();
      } else {
        std::vector<std::string> texts;
        texts.reserve(lines.size());
        for (const SourceLine& l : lines) texts.push_back(l.text);
        block = split_flat_statements(texts);
      }
      if (block.statements.empty()) return;
      int bad = reindent_whole(lines, block);
      if (bad < 0) return;
      // Statement `bad` cannot be placed: what precedes it stands alone, it is reported,
      // and what follows starts afresh.
      const FlatStatement& st = block.statements[bad];
      std::vector<SourceLine> before(lines.begin(), lines.begin() + st.first);
      std::vector<SourceLine> broken(lines.begin() + st.first, lines.begin() + st.last + 1);
      std::vector<SourceLine> after(lines.begin() + st.last + 1, lines.end());
      if (bad > 0) run(before);
      emit_broken(broken);
      lines = std::move(after);
    }
  }

  std::vector<Snippet> take() { return std::move(out_); }

 private:
  // Emits the run re-indented and returns -1, or returns the statement that breaks it.
  int reindent_whole(const std::vector<SourceLine>& lines, const FlatBlock& block) {
    int dead_end = 0;
    std::vector<IndentCandidate> ranked = rank_indentations(block, kCandidates, &dead_end);
    if (ranked.empty()) {
      int bad = std::min(dead_end, static_cast<int>(block.statements.size()) - 1);
      // Decorators with nothing to decorate (`@app.get("/") def f(): ...` glued on one line)
      // are the fault, not the statement that cannot follow them.
      while (bad > 0 && block.statements[bad - 1].header == Header::kDecorator) --bad;
      return bad;
    }
    int furthest = 0;
    for (const IndentCandidate& c : ranked) {
      Snippet s = build(lines, block, c.depth);
      // analyze() rather than check(): the claim finder asks for the same analysis next.
      SyntaxResult r = checker_.analyze(s.code).syntax;
      if (r.ok) {
        s.reason = "re-indented (the indentation was lost)" + ambiguities(lines, block, c, ranked);
        out_.push_back(std::move(s));
        return -1;
      }
      furthest = std::max(furthest, statement_at(block, r.error_line));
    }
    return furthest;
  }

  // Alternatives as plausible as `best` that compile too: "; ambiguous at line N: ...".
  std::string ambiguities(const std::vector<SourceLine>& lines, const FlatBlock& block,
                          const IndentCandidate& best, const std::vector<IndentCandidate>& ranked) {
    std::vector<std::pair<int, const std::vector<int>*>> options;  // (statement, depths)
    for (const auto& call : best.close_calls) options.emplace_back(call.statement, &call.depth);
    for (const IndentCandidate& c : ranked) {
      if (&c == &best || c.cost > best.cost + kAmbiguityMargin) continue;
      auto diff = std::mismatch(c.depth.begin(), c.depth.end(), best.depth.begin());
      options.emplace_back(static_cast<int>(diff.first - c.depth.begin()), &c.depth);
    }
    std::sort(options.begin(), options.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    std::string notes;
    int checks = 0, last = -1;
    for (const auto& [statement, depths] : options) {
      if (statement == last || statement >= static_cast<int>(depths->size())) continue;
      if (checks++ == kAmbiguityChecks) break;
      if (!checker_.check(region(lines, block, best.depth, *depths)).ok) continue;
      last = statement;
      const FlatStatement& st = block.statements[statement];
      notes += fmt::format("; ambiguous at line {}: `{}` could also be at depth {} (chosen {})",
                           lines[st.first].doc_line, one_line(trim(lines[st.first].text), 60),
                           (*depths)[statement], best.depth[statement]);
    }
    return notes;
  }

  void emit_broken(const std::vector<SourceLine>& lines) {
    Snippet s = make_snippet(lines, "unfenced", "python");
    SyntaxResult r = checker_.check(s.code);
    s.runnable = false;
    s.reason = r.ok ? "in doubt: a fragment of code whose indentation was lost"
                    : compile_failure_reason(s, r);
    if (!out_.empty() && !out_.back().runnable && out_.back().end_line() + 1 == s.start_line()) {
      Snippet& prev = out_.back();  // consecutive broken statements are one fragment
      prev.code += s.code;
      prev.line_map.insert(prev.line_map.end(), s.line_map.begin(), s.line_map.end());
      return;
    }
    out_.push_back(std::move(s));
  }

  SyntaxChecker& checker_;
  std::vector<Snippet> out_;
};

}  // namespace

bool looks_flattened(const std::vector<SourceLine>& lines, FlatBlock* statements) {
  std::vector<std::string> texts;
  texts.reserve(lines.size());
  for (const SourceLine& l : lines) texts.push_back(l.text);
  FlatBlock block = split_flat_statements(texts);
  bool opener_then_flat = false, indented = false;
  for (size_t k = 0; k < block.statements.size() && !indented; ++k) {
    const std::string& line = texts[block.statements[k].first];
    indented = line.empty() || line[0] == ' ' || line[0] == '\t';
    opener_then_flat |= block.statements[k].opens && k + 1 < block.statements.size();
  }
  if (statements) *statements = std::move(block);  // split once: reindent_run takes it
  return opener_then_flat && !indented;
}

std::vector<Snippet> reindent_run(const std::vector<SourceLine>& lines, SyntaxChecker& checker,
                                  std::optional<FlatBlock> statements) {
  Reindenter r(checker);
  r.run(lines, std::move(statements));
  return r.take();
}

}  // namespace notecheck
