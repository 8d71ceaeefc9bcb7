#include "harness/compare/literal.h"

#include <cctype>
#include <utility>
#include <vector>

#include "harness/compare/literal_lex.h"

namespace notecheck {
namespace {

constexpr int kMaxDepth = 64;  // claim and output text is untrusted; bound the recursion

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

Value node(Value::Kind kind, const char* type, std::string repr) {
  Value v;
  v.kind = kind;
  v.type = type;
  v.repr = v.str = std::move(repr);
  return v;
}

std::string join_reprs(const std::vector<Value>& items, const char* sep) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? sep : "") + items[i].repr;
  return out;
}

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  std::optional<Value> value(size_t& pos, int depth) {
    if (depth > kMaxDepth) return std::nullopt;
    skip_space(pos);
    if (pos >= text_.size()) return std::nullopt;
    char c = text_[pos];
    char next = pos + 1 < text_.size() ? text_[pos + 1] : '\0';
    if (text_.substr(pos, 3) == "...") {
      pos += 3;
      return node(Value::Kind::kAtom, literal_type::kEllipsis, "...");
    }
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '+') {
      if (c == '-' && next == ' ') return std::nullopt;
      auto num = lex_number(text_, pos);
      if (!num) return std::nullopt;
      pos = num->end;
      return num->value;
    }
    if (auto str = lex_string(text_, pos)) {
      pos = str->end;
      return str->value;
    }
    if (c == '[') return container(pos, depth, ']', Value::Kind::kList, "list");
    if (c == '(') return container(pos, depth, ')', Value::Kind::kTuple, "tuple");
    if (c == '{') return brace(pos, depth);
    if (c == '<') return angle(pos, depth);
    if (auto name = lex_dotted_name(text_, pos))
      return named(pos, depth, name->first, name->second);
    return std::nullopt;
  }

  void skip_space(size_t& pos) const {
    while (pos < text_.size() && is_space(text_[pos])) ++pos;
  }

 private:
  // Comma-separated items up to `close`; `keywords` allows `key=value` (call arguments).
  bool items(size_t& pos, int depth, char close, bool keywords, std::vector<Value>& out,
             bool& trailing_comma) {
    ++pos;  // the opener
    trailing_comma = false;
    while (true) {
      skip_space(pos);
      if (pos < text_.size() && text_[pos] == close) {
        ++pos;
        return true;
      }
      std::optional<Value> item = keywords ? keyword(pos, depth) : std::nullopt;
      if (!item) item = value(pos, depth + 1);
      if (!item) return false;
      out.push_back(std::move(*item));
      skip_space(pos);
      trailing_comma = pos < text_.size() && text_[pos] == ',';
      if (trailing_comma) {
        ++pos;
      } else if (pos >= text_.size() || text_[pos] != close) {
        return false;
      }
    }
  }

  std::optional<Value> keyword(size_t& pos, int depth) {
    size_t p = pos;
    skip_space(p);
    size_t start = p;
    while (p < text_.size() && is_ident_char(text_[p])) ++p;
    if (p == start || !is_ident_start(text_[start])) return std::nullopt;
    std::string key(text_.substr(start, p - start));
    skip_space(p);
    if (p >= text_.size() || text_[p] != '=' || (p + 1 < text_.size() && text_[p + 1] == '=')) {
      return std::nullopt;
    }
    ++p;
    auto arg = value(p, depth + 1);
    if (!arg) return std::nullopt;
    pos = p;
    Value v = node(Value::Kind::kOther, literal_type::kKeyword, key + "=" + arg->repr);
    v.name = key;
    v.items.push_back(std::move(*arg));
    return v;
  }

  std::optional<Value> container(size_t& pos, int depth, char close, Value::Kind kind,
                                 const char* type) {
    std::vector<Value> list;
    bool trailing = false;
    if (!items(pos, depth, close, false, list, trailing)) return std::nullopt;
    if (kind == Value::Kind::kTuple && list.size() == 1 && !trailing) return list[0];  // `(x)`
    std::string repr = join_reprs(list, ", ");
    if (kind == Value::Kind::kList) {
      repr = "[" + repr + "]";
    } else {
      repr = "(" + repr + (list.size() == 1 ? ",)" : ")");
    }
    Value v = node(kind, type, repr);
    v.items = std::move(list);
    return v;
  }

  std::optional<Value> brace(size_t& pos, int depth) {
    size_t p = pos + 1;
    skip_space(p);
    if (p < text_.size() && text_[p] == '}') {
      pos = p + 1;
      return node(Value::Kind::kDict, "dict", "{}");
    }
    // A dict item is `key: value`; the first item tells which of set or dict this is.
    auto first = value(p, depth + 1);
    if (!first) return std::nullopt;
    skip_space(p);
    bool is_dict = p < text_.size() && text_[p] == ':';
    std::vector<Value> list{std::move(*first)};
    while (true) {
      if (is_dict) {
        if (p >= text_.size() || text_[p] != ':') return std::nullopt;
        auto val = value(++p, depth + 1);
        if (!val) return std::nullopt;
        list.push_back(std::move(*val));
        skip_space(p);
      }
      bool comma = p < text_.size() && text_[p] == ',';
      if (comma) skip_space(++p);
      if (p < text_.size() && text_[p] == '}') break;
      if (!comma) return std::nullopt;
      auto key = value(p, depth + 1);
      if (!key) return std::nullopt;
      list.push_back(std::move(*key));
      skip_space(p);
    }
    pos = p + 1;
    std::string repr;
    for (size_t i = 0; i < list.size(); i += is_dict ? 2 : 1) {
      repr += (i ? ", " : "") + list[i].repr + (is_dict ? ": " + list[i + 1].repr : "");
    }
    Value v = node(is_dict ? Value::Kind::kDict : Value::Kind::kSet, is_dict ? "dict" : "set",
                   "{" + repr + "}");
    v.items = std::move(list);
    return v;
  }

  // `<class 'X'>`, `<enum 'X'>`, `<Status.ACTIVE: 2>`, `<function f at 0x...>`.
  std::optional<Value> angle(size_t& pos, int depth) {
    size_t p = pos + 1;
    for (const char* word : {"class ", "enum "}) {
      std::string_view w(word);
      if (text_.substr(p, w.size()) != w) continue;
      auto name = lex_string(text_, p + w.size());
      if (!name || name->end >= text_.size() || text_[name->end] != '>') return std::nullopt;
      pos = name->end + 1;
      const std::string& qual = name->value.str;
      Value v = node(Value::Kind::kClass, "type", "<" + std::string(w) + "'" + qual + "'>");
      v.name = qual.substr(qual.rfind('.') + 1);
      v.str = qual;
      return v;
    }
    if (p >= text_.size() || !is_ident_start(text_[p])) return std::nullopt;
    if (auto name = lex_dotted_name(text_, p)) {
      size_t q = name->second;
      if (text_.substr(q, 2) == ": ") {
        q += 2;
        auto member = value(q, depth + 1);
        if (member && q < text_.size() && text_[q] == '>') {
          pos = q + 1;
          Value v = node(Value::Kind::kOther, literal_type::kEnum,
                         "<" + name->first + ": " + member->repr + ">");
          v.name = name->first;
          v.items.push_back(std::move(*member));
          return v;
        }
      }
    }
    int open = 1;  // an opaque repr; it may nest: `<generator object <genexpr> at 0x...>`
    for (; p < text_.size() && text_[p] != '\n'; ++p) {
      if (text_[p] == '<') ++open;
      if (text_[p] == '>' && --open == 0) {
        Value v = node(Value::Kind::kOther, literal_type::kOpaque,
                       mask_addresses(text_.substr(pos, p + 1 - pos)));
        pos = p + 1;
        return v;
      }
    }
    return std::nullopt;
  }

  std::optional<Value> named(size_t& pos, int depth, const std::string& name, size_t end) {
    if (name == "True" || name == "False" || name == "None") {
      pos = end;
      return node(Value::Kind::kAtom, name == "None" ? "NoneType" : "bool", name);
    }
    if (end < text_.size() && text_[end] == '(') {
      std::vector<Value> args;
      bool trailing = false;
      size_t p = end;
      if (!items(p, depth, ')', true, args, trailing)) return std::nullopt;
      pos = p;
      Value v =
          node(Value::Kind::kOther, literal_type::kCall, name + "(" + join_reprs(args, ", ") + ")");
      v.name = name;
      v.items = std::move(args);
      return v;
    }
    pos = end;
    Value v = node(Value::Kind::kOther, literal_type::kName, name);
    v.name = name;
    return v;
  }

  std::string_view text_;
};

// Collects further literals after `first` separated by `,` (kBareTuple) or spaces (kPrinted).
std::optional<ParsedLiteral> parse_more(Parser& parser, std::string_view text, Value first,
                                        size_t pos, LiteralForm form) {
  std::vector<Value> list{std::move(first)};
  while (true) {
    size_t p = pos;
    if (form == LiteralForm::kBareTuple) {
      while (p < text.size() && (text[p] == ' ' || text[p] == '\t')) ++p;
      if (p >= text.size() || text[p] != ',') break;
      ++p;
    } else if (p >= text.size() || !is_space(text[p])) {
      break;
    }
    auto item = parser.value(p, 1);
    if (!item) break;
    list.push_back(std::move(*item));
    pos = p;
  }
  if (list.size() == 1) return ParsedLiteral{std::move(list[0]), pos};
  bool bare = form == LiteralForm::kBareTuple;
  Value v = node(Value::Kind::kTuple, bare ? literal_type::kSequence : literal_type::kPrinted,
                 join_reprs(list, bare ? ", " : " "));
  v.items = std::move(list);
  return ParsedLiteral{std::move(v), pos};
}

}  // namespace

std::optional<ParsedLiteral> parse_literal(std::string_view text, LiteralForm form) {
  Parser parser(text);
  size_t pos = 0;
  auto first = parser.value(pos, 0);
  if (!first) return std::nullopt;
  if (form == LiteralForm::kSingle) return ParsedLiteral{std::move(*first), pos};
  return parse_more(parser, text, std::move(*first), pos, form);
}

std::optional<Value> parse_whole_literal(std::string_view text, LiteralForm form) {
  auto parsed = parse_literal(text, form);
  if (!parsed) return std::nullopt;
  for (size_t p = parsed->end; p < text.size(); ++p) {
    if (!is_space(text[p])) return std::nullopt;
  }
  return std::move(parsed->value);
}

std::string mask_addresses(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t j = i + 2;
    if (text.substr(i, 2) == "0x" && (i == 0 || !is_ident_char(text[i - 1]))) {
      while (j < text.size() && std::isxdigit(static_cast<unsigned char>(text[j]))) ++j;
      // Addresses have many digits; short hex like 0x1F is a number the claim means.
      if (j - i - 2 >= 6 && (j == text.size() || !is_ident_char(text[j]))) {
        out += "0x...";
        i = j;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

}  // namespace notecheck
