#include "extract/rst_blocks.h"

#include <regex>

#include "extract/source_lines.h"
#include "util/text.h"

namespace notecheck {
namespace {

size_t indent_of(const std::string& line) {
  size_t n = line.find_first_not_of(" \t");
  return n == std::string::npos ? line.size() : n;
}

// The indented block that starts after line `from` (0-based) and is deeper than `base`:
// options (`:linenos:`) and blank lines first, then content up to the first line at `base`.
FencedBlock take_indented(const Document& doc, size_t from, size_t base, std::string info,
                          bool directive) {
  FencedBlock block;
  block.fence_line = static_cast<int>(from) + 1;
  block.info = std::move(info);
  size_t i = from + 1;
  const size_t n = doc.lines.size();
  while (directive && i < n && !is_blank(doc.lines[i]) && indent_of(doc.lines[i]) > base &&
         trim(doc.lines[i])[0] == ':') {
    ++i;  // directive options
  }
  size_t end = i;
  size_t content_indent = std::string::npos;
  for (size_t j = i; j < n; ++j) {
    if (is_blank(doc.lines[j])) continue;
    if (indent_of(doc.lines[j]) <= base) break;
    content_indent = std::min(content_indent, indent_of(doc.lines[j]));
    end = j + 1;
  }
  while (i < end && is_blank(doc.lines[i])) ++i;
  for (size_t j = i; j < end; ++j) {
    const std::string& line = doc.lines[j];
    std::string text = is_blank(line) ? "" : line.substr(std::min(content_indent, line.size()));
    block.lines.push_back({static_cast<int>(j) + 1, text});
  }
  block.end_line = static_cast<int>(end);
  return block;
}

}  // namespace

bool looks_like_rst(const Document& doc) {
  if (ends_with(doc.path, ".rst")) return true;
  for (const char* directive :
       {".. code-block::", ".. code::", ".. sourcecode::", ".. doctest::", ".. testcode::"}) {
    if (doc.text.find(directive) != std::string::npos) return true;
  }
  return false;
}

std::vector<FencedBlock> find_rst_blocks(const Document& doc) {
  static const std::regex kDirective(
      R"(^(\s*)\.\.\s+(code-block|code|sourcecode|doctest|testcode|testoutput)::\s*(\S*)\s*$)");
  std::vector<FencedBlock> out;
  const size_t n = doc.lines.size();
  for (size_t i = 0; i < n; ++i) {
    const std::string& line = doc.lines[i];
    std::smatch m;
    if (std::regex_match(line, m, kDirective)) {
      std::string kind = m[2].str();
      std::string info = kind == "doctest"      ? "pycon"
                         : kind == "testcode"   ? "python"
                         : kind == "testoutput" ? "output"
                                                : m[3].str();
      FencedBlock b = take_indented(doc, i, m[1].str().size(), info, true);
      if (!b.lines.empty()) {
        i = static_cast<size_t>(b.end_line) - 1;
        out.push_back(std::move(b));
      }
      continue;
    }
    // `Example::` (or a lone `::`) then a blank line and an indented literal block.
    std::string_view t = trim_right(line);
    if (ends_with(t, "::") && !starts_with(trim_left(t), "..") && i + 1 < n &&
        is_blank(doc.lines[i + 1])) {
      FencedBlock b = take_indented(doc, i, indent_of(line), "", false);
      if (!b.lines.empty()) {
        i = static_cast<size_t>(b.end_line) - 1;
        out.push_back(std::move(b));
      }
    }
  }
  return out;
}

}  // namespace notecheck
