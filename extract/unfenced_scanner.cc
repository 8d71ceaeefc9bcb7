#include "extract/unfenced_scanner.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <regex>

#include "extract/boundaries.h"
#include "extract/doctest_blocks.h"
#include "extract/foreign_blocks.h"
#include "extract/foreign_code.h"
#include "extract/line_classifier.h"
#include "extract/line_lexer.h"
#include "extract/reindent.h"
#include "extract/source_lines.h"
#include "util/text.h"

namespace notecheck {
namespace {

constexpr size_t kOutputGap = 4;  // prose lines between a program and its sample output

struct Range {
  size_t begin = 0, end = 0;  // 0-based document line indexes, end exclusive
  bool empty() const { return begin >= end; }
};

class Scanner {
 public:
  Scanner(const Document& doc, std::vector<bool> skip, SyntaxChecker& checker)
      : doc_(doc), lines_(doc.lines), skip_(std::move(skip)), checker_(checker) {
    skip_.resize(doc.lines.size(), false);
  }

  std::vector<Snippet> run(bool doctests_only) {
    take_doctests();
    if (doctests_only) return std::move(out_);
    for (Snippet& s : take_foreign_blocks(lines_, skip_)) out_.push_back(std::move(s));
    classes_ = classify_lines(lines_, skip_);
    if (unglue()) classes_ = classify_lines(lines_, skip_);
    // `class Config →` / `model_config = ConfigDict(...)`: a line finishing an arrow list.
    for (size_t i = 1; i < classes_.size(); ++i) {
      std::string_view before = trim_right(lines_[i - 1]);
      if (is_code(kind(i)) && kind(i) != LineKind::kContinuation &&
          (ends_with(before, "\u2192") || ends_with(before, "->"))) {
        classes_[i] = {LineKind::kProse, "continues an arrow list"};
      }
    }
    size_t i = 0;
    while (i < classes_.size()) {
      if (!in_block(i)) {
        ++i;
        continue;
      }
      Range r{i, i};
      while (r.end < classes_.size() && in_block(r.end)) ++r.end;
      scan_block(r);
      i = r.end;
    }
    std::stable_sort(out_.begin(), out_.end(), [](const Snippet& a, const Snippet& b) {
      return a.start_line() < b.start_line();
    });
    return std::move(out_);
  }

 private:
  LineKind kind(size_t i) const { return classes_[i].kind; }
  bool in_block(size_t i) const {
    return is_code(kind(i)) || kind(i) == LineKind::kComment || kind(i) == LineKind::kBlank;
  }
  bool is_blank_line(size_t i) const { return kind(i) == LineKind::kBlank; }
  bool has(const Range& r, std::initializer_list<LineKind> kinds) const {
    for (size_t i = r.begin; i < r.end; ++i) {
      if (std::find(kinds.begin(), kinds.end(), kind(i)) != kinds.end()) return true;
    }
    return false;
  }

  // A prose line whose end is code (or a comment) leading the code below it: the line keeps
  // only the code, so the example starts where its author began it.
  bool unglue() {
    bool changed = false;
    for (size_t i = 0; i + 1 < lines_.size(); ++i) {
      if (skip_[i] || kind(i) != LineKind::kProse) continue;
      if (!is_code(kind(i + 1)) && kind(i + 1) != LineKind::kComment) continue;
      size_t p = glued_code_start(lines_[i]);
      if (p == std::string::npos) continue;
      std::string code = lines_[i].substr(p);
      LineKind k = classify_lines({code}, {}).front().kind;
      if (k != LineKind::kStrong && k != LineKind::kComment) continue;
      lines_[i] = std::move(code);
      changed = true;
    }
    return changed;
  }

  // `>>>` sessions written straight into the text: up to the next blank line.
  void take_doctests() {
    for (size_t i = 0; i < lines_.size(); ++i) {
      if (skip_[i] || !starts_with(trim_left(lines_[i]), ">>> ")) continue;
      std::vector<SourceLine> lines;
      size_t j = i;
      for (; j < lines_.size() && !skip_[j] && !is_blank(lines_[j]); ++j) {
        lines.push_back({static_cast<int>(j) + 1, lines_[j]});
        skip_[j] = true;
      }
      out_.push_back(make_doctest_snippet(lines, checker_));
      i = j;
    }
  }

  std::vector<SourceLine> source(const Range& r) const {
    std::vector<SourceLine> lines;
    for (size_t i = r.begin; i < r.end; ++i) lines.push_back({static_cast<int>(i) + 1, lines_[i]});
    return lines;
  }

  Range trim_blank(Range r) const {
    while (!r.empty() && is_blank_line(r.begin)) ++r.begin;
    while (!r.empty() && is_blank_line(r.end - 1)) --r.end;
    return r;
  }

  // Paragraphs (split at blank lines) at either end that hold only comments or lone words
  // (`Flask`, a heading-like comment) are prose around the code, not part of it.
  Range trim_edges(Range r) const {
    r = trim_blank(r);
    auto paragraph_end = [&](size_t from) {
      while (from < r.end && !is_blank_line(from)) ++from;
      return from;
    };
    while (!r.empty()) {
      Range first{r.begin, paragraph_end(r.begin)};
      if (has(first, {LineKind::kStrong, LineKind::kExpr})) break;
      r = trim_blank({first.end, r.end});
    }
    while (!r.empty()) {
      size_t start = r.end;
      while (start > r.begin && !is_blank_line(start - 1)) --start;
      Range last{start, r.end};
      if (has(last, {LineKind::kStrong, LineKind::kExpr}) || looks_up_something(last)) break;
      r = trim_blank({r.begin, start});
    }
    // A trailing statement of lone words at the margin (`__getattr__, __setattr__,` wrapped
    // prose after code in a PDF export) is not code either.
    while (!r.empty()) {
      size_t start = r.end - 1;
      while (start > r.begin && (kind(start) == LineKind::kContinuation ||
                                 kind(start) == LineKind::kComment || is_blank_line(start))) {
        --start;
      }
      if (start == r.begin || kind(start) != LineKind::kWeak || !lone_words({start, r.end})) break;
      r = trim_blank({r.begin, start});
    }
    return r;
  }

  // A weak line that reads an attribute or an item (`Color.RED.rgb_tuple  # (255, 0, 0)`)
  // is an expression worth keeping at the end of an example.
  bool looks_up_something(const Range& r) const {
    for (size_t i = r.begin; i < r.end; ++i) {
      if (kind(i) != LineKind::kWeak) continue;
      LexState state;
      LineLex lex = lex_line(lines_[i], state);
      for (size_t t = 1; t < lex.tokens.size(); ++t) {
        if (lex.tokens[t].kind == TokenKind::kOp &&
            (lex.tokens[t].text == "." || lex.tokens[t].text == "["))
          return true;
      }
    }
    return false;
  }

  // `users(id, name, email)` / `posts(id, title, user_id)`: every line a lower-case name
  // applied to bare names, nothing assigned, imported or printed: a schema, not calls.
  bool is_notation(const Range& r) const {
    static const std::regex kSignature(
        R"(^[a-z_]\w*\(\s*[A-Za-z_]\w*(\s*,\s*[A-Za-z_]\w*)+\s*\)$)");
    int lines = 0;
    for (size_t i = r.begin; i < r.end; ++i) {
      if (is_blank_line(i)) continue;
      std::string line(trim(lines_[i]));
      if (!std::regex_match(line, kSignature) || starts_with(line, "print(")) return false;
      ++lines;
    }
    return lines >= 2;
  }

  // Only names, commas and dots, starting at the margin: `__getattr__, __setattr__,`.
  // A comma is required: a lone `pass` or `...` closes a block whose indentation was lost.
  bool lone_words(const Range& r) const {
    bool comma = false;
    for (size_t i = r.begin; i < r.end; ++i) {
      const std::string& line = lines_[i];
      if (kind(i) == LineKind::kComment || is_blank_line(i)) continue;
      comma |= line.find(',') != std::string::npos;
      if (i == r.begin && (line[0] == ' ' || line[0] == '\t')) return false;
      for (char c : line) {
        if (!std::isalnum(static_cast<unsigned char>(c)) && !std::strchr("_,. \t", c)) return false;
      }
    }
    return comma;
  }

  void scan_block(Range block) {
    if (!has(block, {LineKind::kStrong})) {
      take_output(trim_blank(block));
      return;
    }
    block = trim_edges(block);
    // `Core components:` then `@app.route()`, `g,`, `request,`: a list of names, not code.
    if (!block.empty() && block.begin > 0 && ends_with(trim_right(lines_[block.begin - 1]), ":") &&
        kind(block.begin - 1) == LineKind::kProse) {
      while (!block.empty() && is_list_item(lines_[block.begin])) ++block.begin;
      block = trim_edges(block);
    }
    // A one-word title (`yield`, `dis`) closing the run is the next question's heading.
    while (!block.empty() && is_title_word(lines_[block.end - 1]))
      block = trim_edges({block.begin, block.end - 1});
    if (block.empty()) return;
    // `# routes.py` after code starts another file.
    size_t start = block.begin;
    bool code = false;
    for (size_t i = block.begin; i < block.end; ++i) {
      if (code && is_file_marker(lines_[i])) {
        scan_file(trim_blank({start, i}));
        start = i;
        code = false;
      }
      code |= is_code(kind(i));
    }
    scan_file(trim_blank({start, block.end}));
  }

  void scan_file(Range block) {
    if (block.empty() || !has(block, {LineKind::kStrong})) return;
    std::vector<std::string> texts;
    for (size_t i = block.begin; i < block.end; ++i) texts.push_back(lines_[i]);
    std::string before = block.begin > 0 ? lines_[block.begin - 1] : "";
    Snippet whole = make_snippet(source(block), "unfenced", "python");
    if (reject_if_too_large(whole)) {
      out_.push_back(std::move(whole));
      return;
    }
    ForeignSign sign = foreign_code_sign(texts, before);
    if (!sign.language.empty()) {
      Snippet s = make_snippet(source(block), "unfenced", sign.language);
      s.runnable = false;
      s.reason = "not Python (" + sign.language + "): " + sign.why;
      out_.push_back(std::move(s));
      return;
    }
    // Flattened code never compiles as it stands (a `:` with no indented body after it).
    FlatBlock statements;
    if (looks_flattened(source(block), &statements)) {
      for (Snippet& s : reindent_run(source(block), checker_, std::move(statements)))
        out_.push_back(std::move(s));
      return;
    }
    SyntaxResult r = checker_.check(whole.code);
    if (r.ok) {
      emit_run(block);
      return;
    }
    if (expand_mixed_tabs(whole, &r, checker_)) {
      out_.push_back(std::move(whole));
      return;
    }
    split_and_emit(block);
  }

  // Python literals alone right after a program (`[(6, 'User6'), (7, 'User7')]`) are its
  // sample output, shown but never run.
  void take_output(const Range& block) {
    if (block.empty() || !has(block, {LineKind::kWeak})) return;
    const Snippet* program = nullptr;  // the snippet that ends last above the block
    for (const Snippet& s : out_) {
      if (s.end_line() <= static_cast<int>(block.begin) &&
          (!program || s.end_line() > program->end_line())) {
        program = &s;
      }
    }
    if (!program || program->language != "python" || !program->runnable) return;
    if (block.begin - program->end_line() > kOutputGap) return;
    for (size_t i = block.begin; i < block.end; ++i) {
      if (kind(i) != LineKind::kWeak && kind(i) != LineKind::kContinuation &&
          kind(i) != LineKind::kComment && kind(i) != LineKind::kBlank) {
        return;
      }
      std::string_view t = trim(lines_[i]);
      bool literal = t.empty() || kind(i) != LineKind::kWeak ||
                     std::strchr("[({'\"0123456789-", t[0]) || starts_with(t, "True") ||
                     starts_with(t, "False") || starts_with(t, "None");
      if (!literal) return;
    }
    Snippet s = make_snippet(source(block), "unfenced", "output");
    s.runnable = false;
    s.reason = "sample output of the program above (line " + std::to_string(program->start_line()) +
               "), not code";
    out_.push_back(std::move(s));
  }

  // True if line `i` opens a block (`def f():`, `else:`): what follows is its body.
  bool opens_block(size_t i) const {
    LexState state;
    LineLex lex = lex_line(lines_[i], state);
    return !lex.tokens.empty() && lex.tokens.back().kind == TokenKind::kOp &&
           lex.tokens.back().text == ":";
  }

  // Parts of a block that does not compile as a whole: paragraphs, and comment lines at the
  // left margin that follow code (a new example starts there in PDF exports) unless the code
  // opened a block: with the indentation lost, the comment is the first line of its body.
  std::vector<Range> parts(const Range& block) const {
    std::vector<Range> out;
    size_t start = block.begin;
    for (size_t i = block.begin + 1; i < block.end; ++i) {
      bool after_blank = is_blank_line(i - 1) && !is_blank_line(i);
      bool comment_after_code = kind(i) == LineKind::kComment && lines_[i][0] == '#' &&
                                is_code(kind(i - 1)) && !opens_block(i - 1);
      if (after_blank || comment_after_code) {
        out.push_back({start, i});
        start = i;
      }
    }
    out.push_back({start, block.end});
    return out;
  }

  // Greedy: consecutive parts that compile together form one run; a part that does not
  // compile even alone is reported as not runnable with the compiler's message.
  void split_and_emit(const Range& block) {
    Range run;
    for (const Range& part : parts(block)) {
      if (!run.empty() && compiles({run.begin, part.end})) {
        run.end = part.end;
        continue;
      }
      emit_run(run);
      run = {};
      SyntaxResult r = checker_.check(code_of(part));
      if (r.ok) {
        run = part;
      } else if (has(part, {LineKind::kStrong})) {
        Snippet s = make_snippet(source(trim_blank(part)), "unfenced", "python");
        s.runnable = false;
        s.reason = compile_failure_reason(s, r);
        out_.push_back(std::move(s));
      }
    }
    emit_run(run);
  }

  std::string code_of(const Range& r) const {
    return make_snippet(source(trim_blank(r)), "unfenced", "python").code;
  }
  bool compiles(const Range& r) { return checker_.check(code_of(r)).ok; }

  void emit_run(Range r) {
    Range trimmed = trim_edges(r);
    // Edge paragraphs can be code after all (`pass` closing a class); keep what compiled.
    r = trimmed.begin == trim_blank(r).begin && trimmed.end == trim_blank(r).end ? trimmed
        : compiles(trimmed)                                                      ? trimmed
                                                                                 : trim_blank(r);
    if (r.empty() || !has(r, {LineKind::kStrong})) return;
    Snippet s = make_snippet(source(r), "unfenced", "python");
    if (is_notation(r)) {
      s.runnable = false;
      s.language = "text";
      s.reason = "notation, not code: names with their fields, like `users(id, name, email)`";
      out_.push_back(std::move(s));
      return;
    }
    int code = 0, weak = 0;
    for (size_t i = r.begin; i < r.end; ++i) {
      LineKind k = kind(i);
      code += k == LineKind::kStrong || k == LineKind::kExpr || k == LineKind::kContinuation;
      weak += k == LineKind::kWeak;
    }
    if (weak > code) {
      s.runnable = false;
      s.reason = "in doubt: most lines do not look like code";
    }
    out_.push_back(std::move(s));
  }

  const Document& doc_;
  std::vector<std::string> lines_;  // the document's lines, code glued to prose cut free
  std::vector<bool> skip_;
  SyntaxChecker& checker_;
  std::vector<LineClass> classes_;
  std::vector<Snippet> out_;
};

}  // namespace

std::vector<Snippet> scan_unfenced(const Document& doc, const std::vector<bool>& skip,
                                   SyntaxChecker& checker, bool doctests_only) {
  return Scanner(doc, skip, checker).run(doctests_only);
}

}  // namespace notecheck
