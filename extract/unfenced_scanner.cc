#include "extract/unfenced_scanner.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "extract/doctest_blocks.h"
#include "extract/foreign_code.h"
#include "extract/line_classifier.h"
#include "extract/line_lexer.h"
#include "extract/source_lines.h"
#include "util/text.h"

namespace notecheck {
namespace {

struct Range {
  size_t begin = 0, end = 0;  // 0-based document line indexes, end exclusive
  bool empty() const { return begin >= end; }
};

class Scanner {
 public:
  Scanner(const Document& doc, std::vector<bool> skip, SyntaxChecker& checker)
      : doc_(doc), skip_(std::move(skip)), checker_(checker) {
    skip_.resize(doc.lines.size(), false);
  }

  std::vector<Snippet> run() {
    take_doctests();
    classes_ = classify_lines(doc_.lines, skip_);
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

  // `>>>` sessions written straight into the text: up to the next blank line.
  void take_doctests() {
    for (size_t i = 0; i < doc_.lines.size(); ++i) {
      if (skip_[i] || !starts_with(trim_left(doc_.lines[i]), ">>> ")) continue;
      std::vector<SourceLine> lines;
      size_t j = i;
      for (; j < doc_.lines.size() && !skip_[j] && !is_blank(doc_.lines[j]); ++j) {
        lines.push_back({static_cast<int>(j) + 1, doc_.lines[j]});
        skip_[j] = true;
      }
      out_.push_back(make_doctest_snippet(lines, checker_));
      i = j;
    }
  }

  std::vector<SourceLine> source(const Range& r) const {
    std::vector<SourceLine> lines;
    for (size_t i = r.begin; i < r.end; ++i)
      lines.push_back({static_cast<int>(i) + 1, doc_.lines[i]});
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
      LineLex lex = lex_line(doc_.lines[i], state);
      for (size_t t = 1; t < lex.tokens.size(); ++t) {
        if (lex.tokens[t].kind == TokenKind::kOp &&
            (lex.tokens[t].text == "." || lex.tokens[t].text == "["))
          return true;
      }
    }
    return false;
  }

  // Only names, commas and dots, starting at the margin: `__getattr__, __setattr__,`.
  // A comma is required: a lone `pass` or `...` closes a block whose indentation was lost.
  bool lone_words(const Range& r) const {
    bool comma = false;
    for (size_t i = r.begin; i < r.end; ++i) {
      const std::string& line = doc_.lines[i];
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
    block = trim_edges(block);
    if (block.empty() || !has(block, {LineKind::kStrong})) return;  // no real code evidence
    std::vector<std::string> texts;
    for (size_t i = block.begin; i < block.end; ++i) texts.push_back(doc_.lines[i]);
    std::string before = block.begin > 0 ? doc_.lines[block.begin - 1] : "";
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
    if (checker_.check(whole.code).ok) {
      emit_run(block);
      return;
    }
    split_and_emit(block);
  }

  // True if line `i` opens a block (`def f():`, `else:`): what follows is its body.
  bool opens_block(size_t i) const {
    LexState state;
    LineLex lex = lex_line(doc_.lines[i], state);
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
      bool comment_after_code = kind(i) == LineKind::kComment && doc_.lines[i][0] == '#' &&
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
  std::vector<bool> skip_;
  SyntaxChecker& checker_;
  std::vector<LineClass> classes_;
  std::vector<Snippet> out_;
};

}  // namespace

std::vector<Snippet> scan_unfenced(const Document& doc, const std::vector<bool>& skip,
                                   SyntaxChecker& checker) {
  return Scanner(doc, skip, checker).run();
}

}  // namespace notecheck
