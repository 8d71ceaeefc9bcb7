#include "extract/output_sections.h"

#include <fmt/format.h>

#include <map>
#include <optional>

#include "extract/output_label.h"
#include "extract/source_lines.h"
#include "util/text.h"

namespace notecheck {
namespace {

constexpr int kMaxOutputLines = 200;

bool is_fence(std::string_view line) {
  std::string_view t = trim(line);
  return starts_with(t, "```") || starts_with(t, "~~~");
}

struct Section {
  int label_line = 0;
  int first_line = 0;  // of the output text
  std::vector<std::string> lines;
  Snippet* holder = nullptr;  // a snippet whose code is the output text
};

// The section after document line `end` (the program's last line), if one starts there.
std::optional<Section> section_after(const Document& doc, int end,
                                     const std::map<int, Snippet*>& starts,
                                     const std::vector<bool>& in_snippet) {
  int n = static_cast<int>(doc.lines.size());
  int line = end + 1;
  while (line <= n && (is_blank(doc.line(line)) || is_fence(doc.line(line)))) ++line;
  if (line > n || in_snippet[line - 1]) return std::nullopt;
  std::optional<OutputLabel> label = output_label(doc.line(line));
  if (!label) return std::nullopt;
  Section s;
  s.label_line = line;
  if (!label->rest.empty()) {  // `Output: 42`: the label line holds it all
    // In prose, `Output: a list of names` describes; only a literal is a claim.
    static const std::string kLiteralStart = "[({'\"-0123456789";
    const std::string& rest = label->rest;
    bool literal = kLiteralStart.find(rest[0]) != std::string::npos || starts_with(rest, "True") ||
                   starts_with(rest, "False") || starts_with(rest, "None");
    if (!literal) return std::nullopt;
    s.first_line = line;
    return s;
  }
  ++line;
  while (line <= n && is_blank(doc.line(line))) ++line;
  if (line > n) return std::nullopt;
  if (auto it = starts.find(line); it != starts.end() && !it->second->line_map.empty()) {
    s.holder = it->second;
    s.first_line = line;
    s.lines = split_lines(it->second->code);
    return s;
  }
  bool fenced = is_fence(doc.line(line));
  if (fenced) {
    ++line;
    if (auto it = starts.find(line); it != starts.end()) s.holder = it->second;
  }
  s.first_line = line;
  for (; line <= n && static_cast<int>(s.lines.size()) < kMaxOutputLines; ++line) {
    const std::string& text = doc.line(line);
    if (fenced ? is_fence(text) : is_blank(text)) break;
    if (!s.holder && in_snippet[line - 1]) return std::nullopt;  // code, not output
    s.lines.push_back(text);
  }
  if (s.lines.empty()) return std::nullopt;
  return s;
}

}  // namespace

void attach_output_sections(const Document& doc, std::vector<Snippet>& snippets) {
  std::map<int, Snippet*> starts;  // first document line of each snippet
  std::vector<bool> in_snippet(doc.lines.size(), false);
  for (Snippet& s : snippets) {
    starts[s.start_line()] = &s;
    for (int line : s.line_map)
      if (line >= 1 && line <= static_cast<int>(in_snippet.size())) in_snippet[line - 1] = true;
  }
  for (Snippet& program : snippets) {
    if (!program.runnable || program.language != "python" || program.line_map.empty()) continue;
    std::optional<Section> section = section_after(doc, program.end_line(), starts, in_snippet);
    if (!section || section->holder == &program) continue;
    if (section->holder) {
      section->holder->runnable = false;
      section->holder->claims.clear();
      section->holder->reason =
          fmt::format("the output claimed for the program at line {}", program.start_line());
    }
    Claim c;
    c.kind = ClaimKind::kOutputBlock;
    c.doc_line = section->label_line;  // the claim's text starts with the label
    c.from_line = 1;
    c.code_line = static_cast<int>(program.line_map.size());
    c.text = std::string(trim(doc.line(section->label_line)));
    if (!section->lines.empty()) c.text += "\n" + join(section->lines, "\n");
    c.statement =
        fmt::format("the output of lines {}-{}", program.start_line(), program.end_line());
    program.claims.push_back(std::move(c));
  }
}

}  // namespace notecheck
