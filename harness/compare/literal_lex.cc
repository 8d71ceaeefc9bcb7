#include "harness/compare/literal_lex.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace notecheck {
namespace {

bool is_digit_in(char c, int base) {
  if (base == 16) return std::isxdigit(static_cast<unsigned char>(c)) != 0;
  return c >= '0' && c < static_cast<char>('0' + base);
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  return std::tolower(static_cast<unsigned char>(c)) - 'a' + 10;
}

// Digits of any length in `base` to decimal text, so `0xFFFF_FFFF_FFFF_FFFF_FF` compares too.
std::string to_decimal(const std::string& digits, int base) {
  std::vector<int> out{0};  // little-endian decimal digits
  for (char c : digits) {
    int carry = digit_value(c);
    for (int& d : out) {
      int v = d * base + carry;
      d = v % 10;
      carry = v / 10;
    }
    for (; carry; carry /= 10) out.push_back(carry % 10);
  }
  while (out.size() > 1 && out.back() == 0) out.pop_back();
  std::string text;
  for (auto it = out.rbegin(); it != out.rend(); ++it) text += static_cast<char>('0' + *it);
  return text;
}

// Reads digits of `base` with single `_` separators; returns them without separators.
std::string read_digits(std::string_view text, size_t& pos, int base) {
  std::string digits;
  while (pos < text.size()) {
    if (is_digit_in(text[pos], base)) {
      digits += text[pos++];
    } else if (text[pos] == '_' && !digits.empty() && pos + 1 < text.size() &&
               is_digit_in(text[pos + 1], base)) {
      ++pos;
    } else {
      break;
    }
  }
  return digits;
}

// Python's float repr: shortest round-trip digits, fixed notation for 1e-4 <= |x| < 1e16.
std::string python_float_repr(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x < 0 ? "-inf" : "inf";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific);
  std::string sci(buf, res.ptr);  // e.g. "-2.5e+02"
  std::string sign = sci[0] == '-' ? "-" : "";
  if (!sign.empty()) sci.erase(0, 1);
  size_t e = sci.find('e');
  int exp = std::atoi(sci.c_str() + e + 1);
  std::string digits = sci.substr(0, e);
  if (digits.size() > 1) digits.erase(1, 1);  // drop the '.'
  int point = exp + 1;                        // digits before the decimal point
  if (point > -4 && point <= 16) {
    if (point <= 0) return sign + "0." + std::string(-point, '0') + digits;
    if (static_cast<int>(digits.size()) <= point) {
      return sign + digits + std::string(point - digits.size(), '0') + ".0";
    }
    return sign + digits.substr(0, point) + "." + digits.substr(point);
  }
  std::string mant = digits.size() > 1 ? digits.substr(0, 1) + "." + digits.substr(1) : digits;
  std::string ex = std::to_string(std::abs(exp));
  if (ex.size() < 2) ex = "0" + ex;
  return sign + mant + (exp < 0 ? "e-" : "e+") + ex;
}

Value float_atom(double x) {
  Value v;
  v.type = "float";
  v.repr = v.str = python_float_repr(x);
  return v;
}

// `1+2j` and `2j` as Python shows them: the float parts without a trailing ".0".
std::string complex_part(double x) {
  std::string s = python_float_repr(x);
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

Value complex_atom(double re, double im) {
  Value v;
  v.type = "complex";
  std::string imag = complex_part(im) + "j";
  v.repr = re == 0 && !std::signbit(re)
               ? imag
               : "(" + complex_part(re) + (im < 0 || std::signbit(im) ? "" : "+") + imag + ")";
  v.str = v.repr;
  v.items = {float_atom(re), float_atom(im)};
  return v;
}

// One unsigned real or imaginary number at pos.
std::optional<LexedAtom> lex_unsigned(std::string_view text, size_t pos) {
  size_t p = pos;
  if (p + 1 < text.size() && text[p] == '0' && std::strchr("xXoObB", text[p + 1])) {
    int base = std::strchr("xX", text[p + 1]) ? 16 : std::strchr("oO", text[p + 1]) ? 8 : 2;
    p += 2;
    if (p < text.size() && text[p] == '_') ++p;
    std::string digits = read_digits(text, p, base);
    if (digits.empty() || (p < text.size() && is_ident_char(text[p]))) return std::nullopt;
    Value v;
    v.type = "int";
    v.repr = v.str = to_decimal(digits, base);
    return LexedAtom{v, p};
  }
  std::string num = read_digits(text, p, 10);
  bool is_float = false;
  if (p < text.size() && text[p] == '.' && !(p + 1 < text.size() && text[p + 1] == '.')) {
    size_t q = p + 1;
    std::string frac = read_digits(text, q, 10);
    if (num.empty() && frac.empty()) return std::nullopt;
    num += "." + frac;
    p = q;
    is_float = true;
  }
  if (num.empty()) return std::nullopt;
  if (p < text.size() && (text[p] == 'e' || text[p] == 'E')) {
    size_t q = p + 1;
    std::string sign;
    if (q < text.size() && (text[q] == '+' || text[q] == '-')) sign = text[q++];
    std::string exp = read_digits(text, q, 10);
    if (!exp.empty()) {
      num += "e" + sign + exp;
      p = q;
      is_float = true;
    }
  }
  bool imaginary = p < text.size() && (text[p] == 'j' || text[p] == 'J');
  if (imaginary) ++p;
  if (p < text.size() && is_ident_char(text[p])) return std::nullopt;  // `8KB`, `3rd`
  if (imaginary) return LexedAtom{complex_atom(0, std::strtod(num.c_str(), nullptr)), p};
  if (is_float) return LexedAtom{float_atom(std::strtod(num.c_str(), nullptr)), p};
  Value v;
  v.type = "int";
  v.repr = v.str = to_decimal(num, 10);
  return LexedAtom{v, p};
}

Value negate(Value v) {
  if (v.type == "int") {
    if (v.repr != "0") v.repr = v.str = "-" + v.repr;
  } else if (v.type == "float") {
    v = float_atom(-std::strtod(v.repr.c_str(), nullptr));
  } else {
    v = complex_atom(-std::strtod(v.items[0].repr.c_str(), nullptr),
                     -std::strtod(v.items[1].repr.c_str(), nullptr));
  }
  return v;
}

}  // namespace

bool is_ident_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool is_ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

std::optional<LexedAtom> lex_number(std::string_view text, size_t pos) {
  bool minus = false;
  if (pos < text.size() && (text[pos] == '-' || text[pos] == '+')) minus = text[pos++] == '-';
  auto real = lex_unsigned(text, pos);
  if (!real) return std::nullopt;
  if (minus) real->value = negate(real->value);
  if (real->value.type == "complex") return real;
  // `1+2j`, `1 - 2j`: a real part followed by an imaginary one.
  size_t p = real->end;
  while (p < text.size() && text[p] == ' ') ++p;
  if (p < text.size() && (text[p] == '+' || text[p] == '-')) {
    bool sub = text[p] == '-';
    size_t q = p + 1;
    while (q < text.size() && text[q] == ' ') ++q;
    auto imag = lex_unsigned(text, q);
    if (imag && imag->value.type == "complex") {
      double re = std::strtod(real->value.repr.c_str(), nullptr);
      double im = std::strtod(imag->value.items[1].repr.c_str(), nullptr);
      return LexedAtom{complex_atom(re, sub ? -im : im), imag->end};
    }
  }
  return real;
}

std::optional<std::pair<std::string, size_t>> lex_dotted_name(std::string_view text, size_t pos) {
  if (pos >= text.size() || !is_ident_start(text[pos])) return std::nullopt;
  size_t p = pos;
  while (true) {
    while (p < text.size() && is_ident_char(text[p])) ++p;
    if (p + 1 < text.size() && text[p] == '.' && is_ident_start(text[p + 1])) {
      ++p;
      continue;
    }
    break;
  }
  return std::make_pair(std::string(text.substr(pos, p - pos)), p);
}

std::string python_repr_of_text(std::string_view content, bool is_bytes) {
  bool has_single = content.find('\'') != std::string_view::npos;
  bool has_double = content.find('"') != std::string_view::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = is_bytes ? "b" : "";
  out += quote;
  for (unsigned char c : content) {
    if (c == '\\' || c == static_cast<unsigned char>(quote)) {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c < 0x20 || c == 0x7f || (is_bytes && c >= 0x80)) {
      static const char* hex = "0123456789abcdef";
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  return out;
}

}  // namespace notecheck
