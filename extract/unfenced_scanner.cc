#include "extract/unfenced_scanner.h"

#include <algorithm>
#include <cstring>

#include "extract/boundaries.h"
#include "extract/doctest_blocks.h"
#include "extract/foreign_blocks.h"
#include "extract/foreign_code.h"
#include "extract/line_classifier.h"
#include "extract/line_runs.h"
#include "extract/reindent.h"
#include "extract/source_lines.h"
#include "util/text.h"

namespace notecheck {
namespace {

constexpr size_t kOutputGap = 4;  // prose lines between a program and its sample output

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
      if (is_code(runs_.kind(i)) && runs_.kind(i) != LineKind::kContinuation &&
          (ends_with(before, "\u2192") || ends_with(before, "->"))) {
        classes_[i] = {LineKind::kProse, "continues an arrow list"};
      }
    }
    size_t i = 0;
    while (i < classes_.size()) {
      if (!runs_.in_block(i)) {
        ++i;
        continue;
      }
      Range r{i, i};
      while (r.end < classes_.size() && runs_.in_block(r.end)) ++r.end;
      scan_block(r);
      i = r.end;
    }
    std::stable_sort(out_.begin(), out_.end(), [](const Snippet& a, const Snippet& b) {
      return a.start_line() < b.start_line();
    });
    return std::move(out_);
  }

 private:
  // A prose line whose end is code (or a comment) leading the code below it: the line keeps
  // only the code, so the example starts where its author began it.
  bool unglue() {
    bool changed = false;
    for (size_t i = 0; i + 1 < lines_.size(); ++i) {
      if (skip_[i] || runs_.kind(i) != LineKind::kProse) continue;
      if (!is_code(runs_.kind(i + 1)) && runs_.kind(i + 1) != LineKind::kComment) continue;
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

  void scan_block(Range block) {
    if (!runs_.has(block, {LineKind::kStrong})) {
      take_output(runs_.trim_blank(block));
      return;
    }
    block = runs_.trim_edges(block);
    // `Core components:` then `@app.route()`, `g,`, `request,`: a list of names, not code.
    if (!block.empty() && block.begin > 0 && ends_with(trim_right(lines_[block.begin - 1]), ":") &&
        runs_.kind(block.begin - 1) == LineKind::kProse) {
      while (!block.empty() && is_list_item(lines_[block.begin])) ++block.begin;
      block = runs_.trim_edges(block);
    }
    // A one-word title (`yield`, `dis`) closing the run is the next question's heading.
    while (!block.empty() && is_title_word(lines_[block.end - 1]))
      block = runs_.trim_edges({block.begin, block.end - 1});
    if (block.empty()) return;
    // `# routes.py` after code starts another file.
    size_t start = block.begin;
    bool code = false;
    for (size_t i = block.begin; i < block.end; ++i) {
      if (code && is_file_marker(lines_[i])) {
        scan_file(runs_.trim_blank({start, i}));
        start = i;
        code = false;
      }
      code |= is_code(runs_.kind(i));
    }
    scan_file(runs_.trim_blank({start, block.end}));
  }

  void scan_file(Range block) {
    if (block.empty() || !runs_.has(block, {LineKind::kStrong})) return;
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
    if (block.empty() || !runs_.has(block, {LineKind::kWeak})) return;
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
      if (runs_.kind(i) != LineKind::kWeak && runs_.kind(i) != LineKind::kContinuation &&
          runs_.kind(i) != LineKind::kComment && runs_.kind(i) != LineKind::kBlank) {
        return;
      }
      std::string_view t = trim(lines_[i]);
      bool literal = t.empty() || runs_.kind(i) != LineKind::kWeak ||
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

  // Greedy: consecutive parts that compile together form one run; a part that does not
  // compile even alone is reported as not runnable with the compiler's message.
  void split_and_emit(const Range& block) {
    Range run;
    for (const Range& part : runs_.parts(block)) {
      if (!run.empty() && compiles({run.begin, part.end})) {
        run.end = part.end;
        continue;
      }
      emit_run(run);
      run = {};
      SyntaxResult r = checker_.check(code_of(part));
      if (r.ok) {
        run = part;
      } else if (runs_.has(part, {LineKind::kStrong})) {
        Snippet s = make_snippet(source(runs_.trim_blank(part)), "unfenced", "python");
        s.runnable = false;
        s.reason = compile_failure_reason(s, r);
        out_.push_back(std::move(s));
      }
    }
    emit_run(run);
  }

  std::string code_of(const Range& r) const {
    return make_snippet(source(runs_.trim_blank(r)), "unfenced", "python").code;
  }
  bool compiles(const Range& r) { return checker_.check(code_of(r)).ok; }

  void emit_run(Range r) {
    Range trimmed = runs_.trim_edges(r);
    // Edge paragraphs can be code after all (`pass` closing a class); keep what compiled.
    r = trimmed.begin == runs_.trim_blank(r).begin && trimmed.end == runs_.trim_blank(r).end
            ? trimmed
        : compiles(trimmed) ? trimmed
                            : runs_.trim_blank(r);
    if (r.empty() || !runs_.has(r, {LineKind::kStrong})) return;
    Snippet s = make_snippet(source(r), "unfenced", "python");
    if (runs_.is_notation(r)) {
      s.runnable = false;
      s.language = "text";
      s.reason = "notation, not code: names with their fields, like `users(id, name, email)`";
      out_.push_back(std::move(s));
      return;
    }
    int code = 0, weak = 0;
    for (size_t i = r.begin; i < r.end; ++i) {
      LineKind k = runs_.kind(i);
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
  LineRuns runs_{lines_, classes_};
  std::vector<Snippet> out_;
};

}  // namespace

std::vector<Snippet> scan_unfenced(const Document& doc, const std::vector<bool>& skip,
                                   SyntaxChecker& checker, bool doctests_only) {
  return Scanner(doc, skip, checker).run(doctests_only);
}

}  // namespace notecheck
