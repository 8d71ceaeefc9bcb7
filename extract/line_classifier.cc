#include "extract/line_classifier.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "extract/line_lexer.h"
#include "extract/source_lines.h"

namespace notecheck {
namespace {

constexpr int kTripleLookahead = 300;  // lines in which an opened """ must close

bool one_of(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool is_op(const Token& t, std::string_view text) {
  return t.kind == TokenKind::kOp && t.text == text;
}

bool is_heading(const std::string& line) {
  size_t hashes = line.find_first_not_of('#');
  return hashes >= 2 && hashes <= 6 && hashes < line.size() && line[hashes] == ' ';
}

// What a line that starts a statement says about being Python.
LineClass classify_fresh(const std::vector<Token>& toks, bool open_at_end) {
  if (toks.empty()) return {LineKind::kWeak, ""};
  const Token& first = toks.front();
  const Token& last = toks.back();
  if (first.kind == TokenKind::kOp &&
      !one_of(first.text, {"(", "[", "{", "-", "+", "~", "*", "@", "..."})) {
    return {LineKind::kProse, "starts with an operator"};
  }
  if (is_op(last, ".")) return {LineKind::kProse, "ends with '.' like a sentence"};
  const bool compound =
      (first.kind == TokenKind::kKeyword &&
       one_of(first.text, {"if", "elif", "else", "for", "while", "with", "try", "except", "finally",
                           "def", "class", "async", "lambda"})) ||
      (first.kind == TokenKind::kName && one_of(first.text, {"match", "case"}) && toks.size() > 2);
  if (is_op(last, ":") && !open_at_end && !compound) {
    return {LineKind::kProse, "ends with ':' like a label"};
  }
  // `Answer: app.mount("/static", ...)` compiles as an annotation, but a capitalised name
  // annotated without a value is a label glued to code, not code.
  if (first.kind == TokenKind::kName && std::isupper(static_cast<unsigned char>(first.text[0])) &&
      toks.size() > 2 && is_op(toks[1], ":") &&
      std::none_of(toks.begin(), toks.end(),
                   [](const Token& t) { return t.depth == 0 && t.text == "="; })) {
    return {LineKind::kProse, "a label followed by code"};
  }
  if (is_op(first, "@")) {
    if (toks.size() < 2 || toks[1].kind != TokenKind::kName) {
      return {LineKind::kProse, "'@' without a decorator name"};
    }
    return {LineKind::kStrong, ""};
  }
  if (first.kind == TokenKind::kKeyword) {
    std::string_view w = first.text;
    if (one_of(w, {"and", "or", "in", "is", "as"})) {
      return {LineKind::kProse, "starts with an operator keyword"};
    }
    if (w == "from" && std::none_of(toks.begin(), toks.end(), [](const Token& t) {
          return t.kind == TokenKind::kKeyword && t.text == "import";
        })) {
      return {LineKind::kProse, "'from' without 'import'"};
    }
    if (one_of(w, {"pass", "break", "continue"}) || (w == "return" && toks.size() == 1)) {
      return {LineKind::kWeak, ""};
    }
    return {LineKind::kStrong, ""};
  }
  if (compound) return {LineKind::kStrong, ""};  // `match command:` / `case [x, y]:`
  bool expr = false;
  bool target = true;  // the tokens so far could be an assignment target
  bool annotated = false;
  for (size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    const bool top = t.depth == 0;
    if (top && t.kind == TokenKind::kOp &&
        one_of(t.text, {"=", "+=", "-=", "*=", "/=", "//=", "%=", "**=", "&=", "|=", "^=", ">>=",
                        "<<=", "@="})) {
      if (target || annotated) return {LineKind::kStrong, ""};  // assignment
    } else if (top && is_op(t, ":")) {
      annotated = target;  // `x: int | None = 1`: the annotation may hold operators
    } else if (top && !annotated &&
               ((t.kind == TokenKind::kOp &&
                 !one_of(t.text, {".", ",", "*", "(", ")", "[", "]"})) ||
                t.kind == TokenKind::kKeyword)) {
      target = false;  // `COPY --from=x` is not an assignment
    }
    // A call: `f(x)`, never `Starlette (ASGI)` with a space, as prose writes it.
    if (is_op(t, "(") && i > 0 && t.text.data()[-1] != ' ' &&
        (toks[i - 1].kind == TokenKind::kName || is_op(toks[i - 1], ")") ||
         is_op(toks[i - 1], "]"))) {
      return {LineKind::kStrong, ""};  // call
    }
    // `for` inside a statement needs brackets (a comprehension): `..., for devs (REPL,` is prose.
    if (i > 0 && top && t.kind == TokenKind::kKeyword && t.text == "for" &&
        !(toks[i - 1].kind == TokenKind::kKeyword && toks[i - 1].text == "async")) {
      return {LineKind::kProse, "'for' in the middle of a sentence"};
    }
    // Operators count when spaced like code (`a - b`), not in words like `Site-packages`.
    const bool spaced = i > 0 && i + 1 < toks.size() && t.text.data()[-1] == ' ' &&
                        t.text.data()[t.text.size()] == ' ';
    if (spaced &&
        ((t.kind == TokenKind::kOp &&
          one_of(t.text, {"==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "//", "%", "**",
                          "&", "|", "^", "<<", ">>"})) ||
         (t.kind == TokenKind::kKeyword && one_of(t.text, {"is", "in", "and", "or", "not"})))) {
      expr = true;
    }
  }
  return {expr ? LineKind::kExpr : LineKind::kWeak, ""};
}

bool triple_closes_soon(const std::vector<std::string>& lines, size_t from, char quote) {
  std::string closing(3, quote);
  size_t end = std::min(lines.size(), from + kTripleLookahead);
  for (size_t i = from; i < end; ++i) {
    if (lines[i].find(closing) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

bool is_code(LineKind kind) {
  return kind == LineKind::kStrong || kind == LineKind::kExpr || kind == LineKind::kWeak ||
         kind == LineKind::kContinuation;
}

std::vector<LineClass> classify_lines(const std::vector<std::string>& lines,
                                      const std::vector<bool>& skip) {
  std::vector<LineClass> out(lines.size());
  LexState state;
  for (size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    LineClass& cls = out[i];
    if (i < skip.size() && skip[i]) {
      cls = {LineKind::kProse, "not part of the text"};
      state = {};
      continue;
    }
    if (state.triple) {  // inside a string anything goes
      lex_line(line, state);
      cls.kind = LineKind::kContinuation;
      continue;
    }
    if (is_blank(line)) {
      cls.kind = LineKind::kBlank;
      state.backslash = false;
      continue;
    }
    size_t indent = line.find_first_not_of(" \t");
    if (line[indent] == '#') {
      // Headings are Markdown only at the left margin.
      cls.kind = indent == 0 && is_heading(line) ? LineKind::kHeading : LineKind::kComment;
      if (cls.kind == LineKind::kHeading) state = {};
      continue;
    }
    if (line.size() > kMaxCodeLineBytes) {
      // Too long to tokenize: judged by its start, so a generated data line is reported as
      // code too large to be an example rather than silently taken for prose.
      LexState fresh;
      std::string_view head = std::string_view(line).substr(0, line.find(',', 0) + 1);
      LineLex lex = lex_line(head.substr(0, 200), fresh);
      LineClass start = classify_fresh(lex.tokens, true);
      cls = start.kind == LineKind::kStrong ? start : LineClass{LineKind::kProse, "line too long"};
      state = {};
      continue;
    }
    if (state.continues()) {
      LineLex lex = lex_line(line, state);
      if (lex.bad.empty()) {
        cls.kind = LineKind::kContinuation;
        continue;
      }
      state = {};  // prose after an unclosed bracket: the bracket was not code after all
    }
    LineLex lex = lex_line(line, state);
    if (lex.bad.empty() && state.triple && !triple_closes_soon(lines, i + 1, state.triple)) {
      lex.bad = "unterminated triple-quoted string";
    }
    if (!lex.bad.empty()) {
      cls = {LineKind::kProse, lex.bad};
      state = {};
      continue;
    }
    cls = classify_fresh(lex.tokens, !state.brackets.empty() || state.triple);
    if (cls.kind == LineKind::kProse) state = {};
  }
  return out;
}

}  // namespace notecheck
