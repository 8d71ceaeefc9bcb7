#include "extract/markdown_blocks.h"

#include <cmark-gfm.h>

#include <cctype>
#include <memory>

#include "util/text.h"

namespace notecheck {

std::vector<FencedBlock> find_fenced_blocks(const Document& doc) {
  std::vector<FencedBlock> blocks;
  if (doc.text.find("```") == std::string::npos && doc.text.find("~~~") == std::string::npos) {
    return blocks;  // no fence can exist; skip parsing big plain-text notes
  }
  std::unique_ptr<cmark_node, void (*)(cmark_node*)> root(
      cmark_parse_document(doc.text.data(), doc.text.size(), CMARK_OPT_DEFAULT), cmark_node_free);
  if (!root) return blocks;
  std::unique_ptr<cmark_iter, void (*)(cmark_iter*)> iter(cmark_iter_new(root.get()),
                                                          cmark_iter_free);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_CODE_BLOCK) continue;
    int length = 0, offset = 0;
    char fence_char = 0;
    if (!cmark_node_get_fenced(node, &length, &offset, &fence_char)) continue;  // indented
    FencedBlock block;
    block.fence_line = cmark_node_get_start_line(node);
    block.end_line = cmark_node_get_end_line(node);
    const char* info = cmark_node_get_fence_info(node);
    block.info = info ? info : "";
    const char* literal = cmark_node_get_literal(node);
    std::vector<std::string> content = split_lines(literal ? literal : "");
    for (size_t i = 0; i < content.size(); ++i) {
      block.lines.push_back({block.fence_line + 1 + static_cast<int>(i), content[i]});
    }
    blocks.push_back(std::move(block));
  }
  return blocks;
}

std::string fence_language(const std::string& info) {
  std::string word;
  for (char c : info) {
    if (std::isspace(static_cast<unsigned char>(c)) || c == ',' || c == '}') {
      if (!word.empty()) break;
      continue;
    }
    if ((c == '{' || c == '.') && word.empty()) continue;
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return word;
}

}  // namespace notecheck
