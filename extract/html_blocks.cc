#include "extract/html_blocks.h"

#include <cctype>
#include <regex>

#include "util/text.h"
#include "util/utf8.h"

namespace notecheck {
namespace {

// The language a tag's class names: `class="language-python"`, `class="highlight-py"`.
std::string language_of_tag(const std::string& tag) {
  static const std::regex kClass(R"(class\s*=\s*["']([^"']*)["'])", std::regex::icase);
  std::smatch m;
  if (!std::regex_search(tag, m, kClass)) return "";
  for (std::string word : split_lines(std::regex_replace(m[1].str(), std::regex("\\s+"), "\n"))) {
    word = to_lower(word);
    for (const char* prefix : {"language-", "lang-", "highlight-", "sourcecode-"}) {
      if (starts_with(word, prefix)) return word.substr(std::string(prefix).size());
    }
    if (word == "python" || word == "py" || word == "pycon") return word;
  }
  return "";
}

}  // namespace

bool looks_like_html(const Document& doc) {
  std::string p = to_lower(doc.path);
  if (ends_with(p, ".html") || ends_with(p, ".htm")) return true;
  std::string head = to_lower(trim_left(std::string_view(doc.text).substr(0, 200)));
  return starts_with(head, "<!doctype html") || starts_with(head, "<html");
}

std::string decode_html_entities(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out += text[i];
      continue;
    }
    size_t semi = text.find(';', i);
    if (semi == std::string::npos || semi - i > 10) {
      out += text[i];
      continue;
    }
    std::string name = text.substr(i + 1, semi - i - 1);
    static const std::pair<const char*, const char*> kNamed[] = {
        {"lt", "<"}, {"gt", ">"}, {"amp", "&"}, {"quot", "\""}, {"apos", "'"}, {"nbsp", " "}};
    std::string decoded;
    for (const auto& [entity, value] : kNamed) {
      if (name == entity) decoded = value;
    }
    if (decoded.empty() && name.size() > 1 && name[0] == '#') {
      char32_t cp = 0;
      try {
        cp = static_cast<char32_t>(name[1] == 'x' || name[1] == 'X'
                                       ? std::stoul(name.substr(2), nullptr, 16)
                                       : std::stoul(name.substr(1)));
      } catch (...) {
        cp = 0;
      }
      if (cp > 0 && cp < 0x110000 && (cp < 0xD800 || cp > 0xDFFF)) append_utf8(decoded, cp);
    }
    if (decoded.empty()) {
      out += text[i];
      continue;
    }
    out += decoded;
    i = semi;
  }
  return out;
}

std::vector<FencedBlock> find_html_blocks(const Document& doc) {
  std::vector<FencedBlock> out;
  const std::string lowered = to_lower(doc.text);
  size_t pos = 0;
  while ((pos = lowered.find("<pre", pos)) != std::string::npos) {
    size_t open_end = lowered.find('>', pos);
    size_t close = lowered.find("</pre>", pos);
    if (open_end == std::string::npos || close == std::string::npos || close < open_end) break;
    FencedBlock block;
    std::string tag = doc.text.substr(pos, open_end - pos + 1);
    block.info = language_of_tag(tag);
    size_t body = open_end + 1;
    // <pre><code class="language-python">: the code tag names the language too.
    if (lowered.compare(body, 5, "<code") == 0) {
      size_t code_end = lowered.find('>', body);
      if (code_end != std::string::npos && code_end < close) {
        if (block.info.empty())
          block.info = language_of_tag(doc.text.substr(body, code_end - body + 1));
        body = code_end + 1;
      }
    }
    int line = 1;
    for (size_t i = 0; i < body; ++i) line += doc.text[i] == '\n';
    block.fence_line = line;
    std::string inner = doc.text.substr(body, close - body);
    inner = std::regex_replace(inner, std::regex("<[^>]*>"), "");  // spans of highlighting
    std::vector<std::string> lines = split_lines(decode_html_entities(inner));
    if (!lines.empty() && trim(lines.front()).empty() && inner.front() == '\n') {
      lines.erase(lines.begin());  // a newline right after <pre> is not content
      ++line;
    }
    for (size_t i = 0; i < lines.size(); ++i) {
      block.lines.push_back({line + static_cast<int>(i), lines[i]});
    }
    block.end_line = line + static_cast<int>(lines.size()) - 1;
    // fence_line is the line before the first code line, as for Markdown fences.
    block.fence_line = block.lines.empty() ? line : block.lines.front().doc_line - 1;
    out.push_back(std::move(block));
    pos = close + 6;
  }
  return out;
}

}  // namespace notecheck
