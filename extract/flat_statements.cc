#include "extract/flat_statements.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string_view>

#include "extract/line_lexer.h"
#include "extract/statement_facts.h"

namespace notecheck {
namespace {

// `# 4. Integer division`, `# --- Basic Queries ---`, `# ——— CBV mixins ———`: a new topic.
bool is_section_title(const std::string& comment) {
  std::string_view t = comment;
  while (!t.empty() && t.front() == '#') t.remove_prefix(1);
  while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
  size_t digits = 0;
  while (digits < t.size() && std::isdigit(static_cast<unsigned char>(t[digits]))) ++digits;
  if (digits > 0 && digits < t.size() && (t[digits] == '.' || t[digits] == ')')) return true;
  for (std::string_view border : {"--", "==", "**", "——", "─"}) {
    if (t.substr(0, border.size()) == border) return true;
  }
  return false;
}

bool loads(const FlatStatement& s, int name) {
  return std::find(s.loads.begin(), s.loads.end(), name) != s.loads.end();
}

bool calls(const FlatStatement& s, int name) {
  return std::find(s.calls.begin(), s.calls.end(), name) != s.calls.end();
}

// See FlatBlock::used_later: a later return hands it out, or a later statement calls it before
// the code starts using the definitions that came before it (demo code at the top level).
void mark_used_later(FlatBlock& block) {
  const auto& st = block.statements;
  block.used_later.assign(st.size(), false);
  for (size_t k = 0; k < st.size(); ++k) {
    if (st[k].name < 0) continue;
    bool demo = false;
    for (size_t j = k + 1; j < st.size() && !block.used_later[k]; ++j) {
      const FlatStatement& s = st[j];
      // A later def with a parameter of that name (a pytest fixture) hides it.
      if (std::find(s.params.begin(), s.params.end(), st[k].name) != s.params.end()) break;
      const bool returned = s.needs_function && loads(s, st[k].name) && !calls(s, st[k].name);
      if (returned || (!demo && !s.needs_function && loads(s, st[k].name))) {
        block.used_later[k] = true;
      }
      for (size_t e = 0; e < k && !demo; ++e) {
        demo = st[e].name >= 0 && st[e].name != st[k].name && loads(s, st[e].name);
      }
    }
  }
}

}  // namespace

bool looks_like_value(std::string_view comment) {
  size_t i = comment.find_first_not_of(' ');
  if (i == std::string_view::npos) return false;
  char c = comment[i];
  if (std::isdigit(static_cast<unsigned char>(c)) || std::strchr("[({'\"-", c)) return true;
  for (std::string_view word : {"True", "False", "None"}) {
    if (comment.substr(i, word.size()) == word) return true;
  }
  return false;
}

int name_id(const FlatBlock& block, const std::string& name) {
  for (size_t i = 0; i < block.names.size(); ++i) {
    if (block.names[i] == name) return static_cast<int>(i);
  }
  return -1;
}

FlatBlock split_flat_statements(const std::vector<std::string>& lines) {
  FlatBlock block;
  StatementFacts builder(block);
  block.line_statement.assign(lines.size(), -1);
  block.in_string.assign(lines.size(), false);
  LexState state;
  std::vector<Token> tokens;
  FlatStatement current;
  bool open = false;
  bool trailing_comment = false;
  int comments = 0;
  bool section = false;
  auto finish = [&](int last) {
    current.last = last;
    current.comments_before = comments;
    current.section_before = section;
    comments = 0;
    section = false;
    builder.analyze(current, tokens, trailing_comment);
    block.statements.push_back(std::move(current));
    current = {};
    tokens.clear();
    open = false;
  };
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (!open) {
      size_t lead = line.find_first_not_of(" \t");
      if (lead == std::string::npos || line[lead] == '#') {
        ++comments;
        section |= lead != std::string::npos && is_section_title(line.substr(lead));
        continue;
      }
      current.first = static_cast<int>(i);
      open = true;
    }
    block.line_statement[i] = static_cast<int>(block.statements.size());
    block.in_string[i] = state.triple != 0;
    LineLex lex = lex_line(line, state);
    trailing_comment = lex.comment_column >= 0 && !lex.tokens.empty() &&
                       looks_like_value(line.substr(lex.comment_column + 1));
    tokens.insert(tokens.end(), lex.tokens.begin(), lex.tokens.end());
    if (!state.continues()) finish(static_cast<int>(i));
  }
  if (open) finish(static_cast<int>(lines.size()) - 1);
  // Decorators point at what they decorate; @staticmethod marks its def.
  auto& st = block.statements;
  for (size_t k = 0; k < st.size(); ++k) {
    if (st[k].header != Header::kDecorator) continue;
    size_t j = k;
    while (j < st.size() && st[j].header == Header::kDecorator) ++j;
    if (j == st.size()) continue;
    st[k].target = static_cast<int>(j);
    const std::string& first_line = lines[st[k].first];
    if (first_line.find("staticmethod") != std::string::npos) st[j].static_method = true;
    for (const char* word : {"staticmethod", "classmethod", "property", ".setter", ".getter",
                             ".deleter", "abstractmethod"}) {
      st[j].class_decorated |= first_line.find(word) != std::string::npos;
    }
  }
  mark_used_later(block);
  return block;
}

}  // namespace notecheck
