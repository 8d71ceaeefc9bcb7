// The extract stage's output records: a snippet of Python found in a document, and the claims
// the document makes about what that snippet does.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace notecheck {

// How the claim is written in the document.
enum class ClaimKind {
  kTrailingComment,   // `print(x)  # True` or `f(2)  # [1, 2]`
  kFollowingComment,  // `print(D.mro())` then `# [D, B, C, A, object]` on the next line(s)
  kDoctestOutput,     // the wanted output lines after a `>>>` example
  // Everything code lines [from_line, code_line] print: a `# Output:` comment block, or an
  // "Output:" section of the document after the program. The text starts with the label line.
  kOutputBlock,
  kAssert,  // `assert cond`: the statement runs without raising AssertionError
};

const char* to_string(ClaimKind kind);
// The kind named by to_string(kind), if any.
std::optional<ClaimKind> claim_kind_from(std::string_view name);

struct Claim {
  int doc_line = 0;   // 1-based document line where the claim text is written
  int code_line = 0;  // 1-based line in Snippet::code of the statement the claim is about
  ClaimKind kind = ClaimKind::kTrailingComment;
  std::string text;       // the claim as written, without the leading `#` and surrounding spaces
  std::string statement;  // the code line the claim is about, for messages
  // The statement is an assignment: the claim is about the value it binds (or an exception).
  bool on_assignment = false;
  int from_line = 0;  // kOutputBlock: the first code line whose output is claimed
  // A statement shown commented out (`# t[0] = 99  # TypeError`): code_line is its comment's
  // line, and the claim is about what this code raises when run there.
  std::string probe;
  // `# doctest: +NUMBER` on the claim's lines: floats match to the precision written.
  bool number = false;
};

struct Snippet {
  std::string document;             // Document::path
  int index = 0;                    // 0-based position among the document's snippets
  std::string language = "python";  // "python", "pycon", or the non-Python language found
  std::string origin;               // how it was found: "fenced", "unfenced", "doctest", ...
  std::string code;                 // the code exactly as it will run, '\n' line ends
  std::vector<int> line_map;        // line_map[i]: 1-based document line of code line i + 1
  std::vector<Claim> claims;
  bool runnable = true;  // false: never run (not Python, or in doubt); see reason
  std::string reason;    // why not run, or a note on how it was recovered
  // Snippet::index of earlier snippets of the same document that define names this one uses
  // without defining: they run first, in this order (see extract/continuation.h).
  std::vector<int> continues;

  int start_line() const { return line_map.empty() ? 0 : line_map.front(); }
  int end_line() const { return line_map.empty() ? 0 : line_map.back(); }
  // Document line for a 1-based code line (0 if out of range).
  int doc_line(int code_line) const;
};

}  // namespace notecheck
