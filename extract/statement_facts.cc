#include "extract/statement_facts.h"

#include <algorithm>
#include <cctype>
#include <string_view>

#include "extract/statement_names.h"

namespace notecheck {
namespace {

using Tokens = std::vector<Token>;

bool is_assign_op(const Token& t) {
  static const std::string_view kOps[] = {
      "=", "+=", "-=", "*=", "/=", "//=", "%=", "**=", "&=", "|=", "^=", ">>=", "<<=", "@="};
  return t.kind == TokenKind::kOp &&
         std::find(std::begin(kOps), std::end(kOps), t.text) != std::end(kOps);
}

}  // namespace

class StatementFacts::Impl {
 public:
  explicit Impl(FlatBlock& block) : names_(block) {}

  int intern(std::string_view name) { return names_.intern(name); }

  void analyze(FlatStatement& s, const Tokens& t, bool trailing_comment) {
    if (t.empty()) return;
    size_t start = 0;
    if (is_kw(t[0], "async") && t.size() > 1) {
      s.is_async = true;
      s.has_await = !is_kw(t[1], "def");
      start = 1;
    }
    const bool colon_last = is_op(t.back(), ":") && t.back().depth == 0;
    s.header = header_of(t, start);
    s.opens = colon_last && s.header != Header::kNone && s.header != Header::kDecorator;
    if (s.header == Header::kDecorator) {
      names_.loads(s, t, 1, t.size());
      return;
    }
    if (s.header == Header::kDef || s.header == Header::kClass) {
      analyze_definition(s, t, start);
      return;
    }
    size_t body = t.size();  // an inline body after the header's colon: `if x: return y`
    if (s.header == Header::kIf) {
      // A guard (`if x is None:`, `if not x:`, `if k not in d:`) sets a default and moves on.
      size_t colon = top_level_colon(t, start);
      s.guard = start + 1 < colon && is_kw(t[start + 1], "not");
      for (size_t i = start + 1; i + 1 < colon; ++i) {
        s.guard |= (is_kw(t[i], "is") && t[i + 1].text == "None") ||
                   (is_kw(t[i], "not") && is_kw(t[i + 1], "in"));
      }
    }
    if (s.header != Header::kNone) {
      body = top_level_colon(t, start) + 1;
      header_names(s, t, start, std::min(body, t.size()));
      if (body < t.size()) simple(s, t, body, false);
      return;
    }
    // `a = 1; b = 2`: each part is a statement; the last decides what follows.
    size_t from = start;
    for (size_t i = start; i <= t.size(); ++i) {
      if (i < t.size() && !(is_op(t[i], ";") && t[i].depth == 0)) continue;
      FlatStatement part;
      simple(part, t, from, trailing_comment && i == t.size());
      merge(s, part, from == start);
      from = i + 1;
    }
  }

 private:
  // Statements that read alike group: `x: int` fields, CONSTANT = ... settings, and
  // `name = db.Column(...)` columns. 0: no group.
  int shape_of(const Tokens& t, size_t start, size_t assign, bool annotated) {
    if (annotated) return 1;
    if (assign >= t.size() || assign + 1 >= t.size() || t[assign].text != "=") return 0;
    const Token& target = t[start];
    if (assign == start + 1 && target.kind == TokenKind::kName &&
        std::none_of(target.text.begin(), target.text.end(),
                     [](char c) { return std::islower(static_cast<unsigned char>(c)); })) {
      return 2;
    }
    const Token& value = t[assign + 1];
    if (value.kind != TokenKind::kName || assign + 2 >= t.size()) return 0;
    bool attribute = start + 1 < assign && is_op(t[start + 1], ".");
    return 3 + (attribute ? 1 : 0) + 2 * intern(value.text);
  }

  static void merge(FlatStatement& s, const FlatStatement& part, bool first) {
    s.terminal = part.terminal;
    s.needs_function |= part.needs_function;
    s.needs_loop |= part.needs_loop;
    s.needs_nested |= part.needs_nested;
    s.has_await |= part.has_await;
    if (first) {
      s.shape = part.shape;
      s.is_import = part.is_import;
      s.declaration = part.declaration;
      s.is_expression = part.is_expression;
      s.is_docstring = part.is_docstring;
      s.is_ellipsis = part.is_ellipsis;
    }
    s.has_claim = part.has_claim;
    using List = std::vector<int> FlatStatement::*;
    for (List list : {&FlatStatement::loads, &FlatStatement::calls, &FlatStatement::binds,
                      &FlatStatement::globals}) {
      for (int id : part.*list) {
        if (std::find((s.*list).begin(), (s.*list).end(), id) == (s.*list).end()) {
          (s.*list).push_back(id);
        }
      }
    }
  }

  static Header header_of(const Tokens& t, size_t start) {
    const Token& f = t[start];
    if (is_op(f, "@")) return Header::kDecorator;
    if (f.kind == TokenKind::kKeyword) {
      static const std::pair<std::string_view, Header> kHeaders[] = {
          {"if", Header::kIf},   {"elif", Header::kElif},     {"else", Header::kElse},
          {"for", Header::kFor}, {"while", Header::kWhile},   {"with", Header::kWith},
          {"try", Header::kTry}, {"except", Header::kExcept}, {"finally", Header::kFinally},
          {"def", Header::kDef}, {"class", Header::kClass},
      };
      for (const auto& [word, header] : kHeaders) {
        if (f.text == word) return header;
      }
      return Header::kNone;
    }
    // Soft keywords: `match x:` and `case <pattern>:`, never `match = 1` or `case.x`.
    if (f.kind == TokenKind::kName && (f.text == "match" || f.text == "case") &&
        t.size() > start + 2 && !is_op(t[start + 1], ":") && !is_op(t[start + 1], "=") &&
        !is_op(t[start + 1], ".") && top_level_colon(t, start) < t.size()) {
      if (f.text == "match") return is_op(t.back(), ":") ? Header::kMatch : Header::kNone;
      return Header::kCase;
    }
    return Header::kNone;
  }

  static size_t top_level_colon(const Tokens& t, size_t from) {
    int lambdas = 0;
    for (size_t i = from; i < t.size(); ++i) {
      if (t[i].depth != 0) continue;
      if (is_kw(t[i], "lambda")) ++lambdas;
      if (is_op(t[i], ":")) {
        if (lambdas == 0) return i;
        --lambdas;
      }
    }
    return t.size();
  }

  void analyze_definition(FlatStatement& s, const Tokens& t, size_t start) {
    if (start + 1 >= t.size() || t[start + 1].kind != TokenKind::kName) return;
    s.name = intern(t[start + 1].text);
    s.binds.push_back(s.name);
    size_t colon = top_level_colon(t, start + 2);
    if (s.header == Header::kClass) {
      s.has_bases = start + 2 < t.size() && is_op(t[start + 2], "(");
      names_.loads(s, t, start + 2, colon);
      return;
    }
    // Parameters: names right after `(`, `,`, `*` or `**` inside the def's parentheses.
    for (size_t i = start + 2; i < colon; ++i) {
      const Token& tok = t[i];
      if (tok.kind != TokenKind::kName || tok.depth != 1) continue;
      const Token& prev = t[i - 1];
      if (is_op(prev, "(") || is_op(prev, ",") || is_op(prev, "*") || is_op(prev, "**")) {
        s.params.push_back(intern(tok.text));
      }
    }
    names_.loads(s, t, start + 2, colon, &s.params);
    // An inline body (`def f(x): return x`) belongs to the function, not to this scope.
  }

  // Names bound by a compound header: for targets, `as` targets.
  void header_names(FlatStatement& s, const Tokens& t, size_t start, size_t end) {
    if (s.header == Header::kFor) {
      size_t i = start + 1;
      for (; i < end && !is_kw(t[i], "in"); ++i) {
        if (t[i].kind == TokenKind::kName) s.header_binds.push_back(intern(t[i].text));
      }
      names_.loads(s, t, i, end);
    } else {
      for (size_t i = start + 1; i < end; ++i) {
        if (is_kw(t[i], "as") && i + 1 < end && t[i + 1].kind == TokenKind::kName) {
          s.header_binds.push_back(intern(t[i + 1].text));
        }
      }
      names_.loads(s, t, start + 1, end);
    }
    s.binds.insert(s.binds.end(), s.header_binds.begin(), s.header_binds.end());
    for (size_t i = start; i < end; ++i) s.has_await |= is_kw(t[i], "await");
  }

  // A simple statement, or the inline body of a compound one.
  void simple(FlatStatement& s, const Tokens& t, size_t start, bool trailing_comment) {
    if (start >= t.size()) return;
    const Token& f = t[start];
    for (size_t i = start; i < t.size(); ++i) {
      s.has_await |= is_kw(t[i], "await");
      s.needs_function |= is_kw(t[i], "yield");
    }
    if (f.kind == TokenKind::kKeyword) {
      std::string_view w = f.text;
      s.needs_function |= w == "return";
      s.needs_loop |= w == "break" || w == "continue";
      const bool inline_body = s.header != Header::kNone;
      s.terminal =
          !inline_body && (w == "return" || w == "raise" || w == "break" || w == "continue");
      if (w == "import" || w == "from") {
        s.is_import = !inline_body;
        names_.imports(s, t, start);
        return;
      }
      if (w == "global" || w == "nonlocal") {
        s.declaration = !inline_body;
        s.needs_nested |= w == "nonlocal";
        for (size_t i = start + 1; i < t.size(); ++i) {
          if (t[i].kind == TokenKind::kName) s.globals.push_back(intern(t[i].text));
        }
        return;
      }
    }
    size_t assign = t.size();  // the last top-level `=` or augmented assignment
    bool annotated = false;
    for (size_t i = start; i < t.size(); ++i) {
      if (t[i].depth != 0) continue;
      if (is_assign_op(t[i])) assign = i;
      if (is_op(t[i], ":") && i == start + 1 && f.kind == TokenKind::kName) annotated = true;
      if (is_kw(t[i], "lambda")) break;
    }
    s.shape = shape_of(t, start, assign, annotated);
    if (assign < t.size() || annotated) {
      size_t end = annotated ? start + 1 : assign;
      names_.targets(s, t, start, end);
      if (assign < t.size() && t[assign].text != "=") names_.loads(s, t, start, end);
      names_.loads(s, t, annotated ? start + 2 : assign + 1, t.size());
      return;
    }
    if (s.header != Header::kNone) {
      names_.loads(s, t, start, t.size());
      return;
    }
    s.is_expression = f.kind != TokenKind::kKeyword || f.text == "await" || f.text == "lambda" ||
                      f.text == "not" || f.text == "yield";
    s.is_docstring = std::all_of(t.begin() + start, t.end(),
                                 [](const Token& x) { return x.kind == TokenKind::kString; });
    s.is_ellipsis = t.size() == start + 1 && is_op(f, "...");
    s.has_claim = s.is_expression && trailing_comment && !s.is_docstring && !s.is_ellipsis;
    names_.loads(s, t, start, t.size());
  }

  StatementNames names_;
};

StatementFacts::StatementFacts(FlatBlock& block) : impl_(new Impl(block)) {}
StatementFacts::~StatementFacts() = default;
int StatementFacts::intern(std::string_view name) { return impl_->intern(name); }
void StatementFacts::analyze(FlatStatement& s, const std::vector<Token>& tokens,
                             bool trailing_claim) {
  impl_->analyze(s, tokens, trailing_claim);
}

}  // namespace notecheck
