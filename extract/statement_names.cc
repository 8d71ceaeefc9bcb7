#include "extract/statement_names.h"

#include <algorithm>

namespace notecheck {

using Tokens = std::vector<Token>;

int StatementNames::intern(std::string_view name) {
  for (size_t i = 0; i < block_.names.size(); ++i) {
    if (block_.names[i] == name) return static_cast<int>(i);
  }
  block_.names.emplace_back(name);
  return static_cast<int>(block_.names.size()) - 1;
}

void StatementNames::imports(FlatStatement& s, const Tokens& t, size_t start) {
  size_t i = start + 1;
  if (t[start].text == "from") {
    while (i < t.size() && !is_kw(t[i], "import")) ++i;
    ++i;
  }
  bool fresh = true;  // at the start of an imported name: bind its first part
  for (; i < t.size(); ++i) {
    if (is_op(t[i], ",")) {
      fresh = true;
    } else if (is_kw(t[i], "as") && i + 1 < t.size()) {
      if (!s.binds.empty()) s.binds.pop_back();
      s.binds.push_back(intern(t[++i].text));
      fresh = false;
    } else if (t[i].kind == TokenKind::kName && fresh) {
      s.binds.push_back(intern(t[i].text));
      fresh = false;
    }
  }
}

void StatementNames::targets(FlatStatement& s, const Tokens& t, size_t from, size_t to) {
  for (size_t i = from; i < to; ++i) {
    if (t[i].kind != TokenKind::kName) continue;
    bool attribute = i > from && is_op(t[i - 1], ".");
    bool accessed =
        i + 1 < to && (is_op(t[i + 1], ".") || is_op(t[i + 1], "[") || is_op(t[i + 1], "("));
    if (attribute || accessed) {
      if (!attribute) s.loads.push_back(intern(t[i].text));
      continue;
    }
    if (t[i].depth > 1) continue;
    s.binds.push_back(intern(t[i].text));
    if (i + 1 < to && is_op(t[i + 1], "=")) break;  // chained `a = b = 1`: first target only
  }
}

void StatementNames::loads(FlatStatement& s, const Tokens& t, size_t from, size_t to,
                           const std::vector<int>* exclude) {
  std::vector<std::string_view> local;  // comprehension targets and lambda parameters
  for (size_t i = from; i < to && i < t.size(); ++i) {
    if (is_kw(t[i], "for") && t[i].depth > 0) {
      for (size_t j = i + 1; j < to && !is_kw(t[j], "in"); ++j) {
        if (t[j].kind == TokenKind::kName) local.push_back(t[j].text);
      }
    } else if (is_kw(t[i], "lambda")) {
      for (size_t j = i + 1; j < to && !is_op(t[j], ":"); ++j) {
        if (t[j].kind == TokenKind::kName) local.push_back(t[j].text);
      }
    }
  }
  for (size_t i = from; i < to && i < t.size(); ++i) {
    const Token& tok = t[i];
    if (tok.kind == TokenKind::kString) fstring_loads(s, tok.text);
    if (tok.kind != TokenKind::kName) continue;
    if (i > 0 && is_op(t[i - 1], ".")) continue;
    if (i + 1 < t.size() && is_op(t[i + 1], ":=")) {
      s.binds.push_back(intern(tok.text));
      continue;
    }
    if (tok.depth > 0 && i + 1 < t.size() && is_op(t[i + 1], "=")) continue;  // f(x=1)
    if (std::find(local.begin(), local.end(), tok.text) != local.end()) continue;
    int id = intern(tok.text);
    if (exclude && std::find(exclude->begin(), exclude->end(), id) != exclude->end()) continue;
    if (std::find(s.loads.begin(), s.loads.end(), id) == s.loads.end()) s.loads.push_back(id);
    if (i + 1 < t.size() && is_op(t[i + 1], "(")) s.calls.push_back(id);
  }
}

void StatementNames::fstring_loads(FlatStatement& s, std::string_view str) {
  size_t quote = str.find_first_of("'\"");
  if (quote == std::string_view::npos) return;
  std::string_view prefix = str.substr(0, quote);
  if (prefix.find_first_of("fF") == std::string_view::npos) return;
  for (size_t i = quote; i < str.size(); ++i) {
    if (str[i] != '{') continue;
    if (i + 1 < str.size() && str[i + 1] == '{') {
      ++i;
      continue;
    }
    size_t end = str.find('}', i);
    if (end == std::string_view::npos) return;
    std::string_view field = str.substr(i + 1, end - i - 1);
    field = field.substr(0, field.find_first_of("!:="));
    LexState state;
    LineLex lex = lex_line(field, state);
    loads(s, lex.tokens, 0, lex.tokens.size());
    i = end;
  }
}

}  // namespace notecheck
