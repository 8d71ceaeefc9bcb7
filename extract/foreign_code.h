// Signs that code-looking lines are another language that happens to compile as Python:
// JavaScript (`fetch('/x', {...});`), TOML (`[project]` / `name = "app"`), a file named
// `# pyproject.toml`. Such blocks are reported, never run.
#pragma once

#include <string>
#include <vector>

namespace notecheck {

struct ForeignSign {
  std::string language;  // e.g. "javascript", "toml"; empty: nothing points away from Python
  std::string why;
};

// `lines` are the block's lines; `line_before` is the document line just above it ("" if the
// block starts the document or follows a blank line).
ForeignSign foreign_code_sign(const std::vector<std::string>& lines,
                              const std::string& line_before);

}  // namespace notecheck
