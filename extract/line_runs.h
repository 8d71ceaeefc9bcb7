// A document's lines with their classes (line_classifier.h), seen in runs: where the code of
// a run of code-like lines really begins and ends (paragraphs of comments or lone words at
// its edges are prose around it), and the parts a run that does not compile splits into.
// The unfenced scanner's view of its lines.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "extract/line_classifier.h"

namespace notecheck {

struct Range {
  size_t begin = 0, end = 0;  // 0-based document line indexes, end exclusive
  bool empty() const { return begin >= end; }
};

class LineRuns {
 public:
  // Both are held by reference: the scanner edits its lines and classes in place.
  LineRuns(const std::vector<std::string>& lines, const std::vector<LineClass>& classes)
      : lines_(lines), classes_(classes) {}

  LineKind kind(size_t i) const { return classes_[i].kind; }
  bool is_blank_line(size_t i) const { return kind(i) == LineKind::kBlank; }
  // Code, a comment or a blank line: part of a run.
  bool in_block(size_t i) const;
  // Whether a line of `r` is of one of `kinds`.
  bool has(const Range& r, std::initializer_list<LineKind> kinds) const;
  // `r` without its blank lines at either end.
  Range trim_blank(Range r) const;

  // Paragraphs (split at blank lines) at either end that hold only comments or lone words
  // (`Flask`, a heading-like comment) are prose around the code, not part of it.
  Range trim_edges(Range r) const;

  // `users(id, name, email)` / `posts(id, title, user_id)`: every line a lower-case name
  // applied to bare names, nothing assigned, imported or printed: a schema, not calls.
  bool is_notation(const Range& r) const;

  // Parts of a block that does not compile as a whole: paragraphs, and comment lines at the
  // left margin that follow code (a new example starts there in PDF exports) unless the code
  // opened a block: with the indentation lost, the comment is the first line of its body.
  std::vector<Range> parts(const Range& block) const;

 private:
  // A weak line that reads an attribute or an item (`Color.RED.rgb_tuple  # (255, 0, 0)`)
  // is an expression worth keeping at the end of an example.
  bool looks_up_something(const Range& r) const;

  // Only names, commas and dots, starting at the margin: `__getattr__, __setattr__,`.
  // A comma is required: a lone `pass` or `...` closes a block whose indentation was lost.
  bool lone_words(const Range& r) const;

  // True if line `i` opens a block (`def f():`, `else:`): what follows is its body.
  bool opens_block(size_t i) const;

  const std::vector<std::string>& lines_;
  const std::vector<LineClass>& classes_;
};

}  // namespace notecheck
