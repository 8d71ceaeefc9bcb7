#include "harness/compare/literal.h"

#include <gtest/gtest.h>

namespace notecheck {
namespace {

using Kind = Value::Kind;

Value parse(std::string_view text, LiteralForm form = LiteralForm::kSingle) {
  auto v = parse_whole_literal(text, form);
  EXPECT_TRUE(v) << "did not parse: " << text;
  return v ? *v : Value{};
}

TEST(Literal, Integers) {
  EXPECT_EQ(parse("1_000_000").repr, "1000000");
  EXPECT_EQ(parse("-5").repr, "-5");
  EXPECT_EQ(parse("0x1F").repr, "31");
  EXPECT_EQ(parse("0b101").repr, "5");
  EXPECT_EQ(parse("123456789012345678901234567890").repr, "123456789012345678901234567890");
  EXPECT_EQ(parse("-0").repr, "0");
  EXPECT_EQ(parse("42").type, "int");
}

TEST(Literal, FloatsAndComplex) {
  EXPECT_EQ(parse("250.0").repr, "250.0");
  EXPECT_EQ(parse("1e3").repr, "1000.0");
  EXPECT_EQ(parse("1e16").repr, "1e+16");
  EXPECT_EQ(parse(".5").repr, "0.5");
  EXPECT_EQ(parse("0.0001").repr, "0.0001");
  EXPECT_EQ(parse("0.00001").repr, "1e-05");
  EXPECT_EQ(parse("-2.5").repr, "-2.5");
  Value c = parse("(1+2j)");
  EXPECT_EQ(c.type, "complex");
  EXPECT_EQ(c.repr, "(1+2j)");
  EXPECT_EQ(parse("3j").repr, "3j");
  EXPECT_EQ(parse("1 - 2.5j").repr, "(1-2.5j)");
}

TEST(Literal, NumbersDoNotRunIntoWords) {
  EXPECT_FALSE(parse_literal("8KB chunks"));
  EXPECT_FALSE(parse_literal("3rd"));
  auto p = parse_literal("4 (includes temporary reference)");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->value.repr, "4");
  EXPECT_EQ(p->end, 1u);
}

TEST(Literal, Strings) {
  EXPECT_EQ(parse("'local'").str, "local");
  EXPECT_EQ(parse("\"local\"").repr, "'local'");
  EXPECT_EQ(parse("\"it's\"").repr, "\"it's\"");
  EXPECT_EQ(parse("'a\\nb'").str, "a\nb");
  EXPECT_EQ(parse("r'\\d+'").str, "\\d+");
  EXPECT_EQ(parse("'''tri'ple'''").str, "tri'ple");
  EXPECT_EQ(parse("'caf\\u00e9'").str, "caf\xc3\xa9");
  Value b = parse("b'\\x01\\x00'");
  EXPECT_EQ(b.type, "bytes");
  EXPECT_EQ(b.str, std::string("\x01\x00", 2));
  EXPECT_EQ(b.repr, "b'\\x01\\x00'");
  EXPECT_FALSE(parse_whole_literal("f'{x}'"));  // `f` alone is a name; the rest is not
  EXPECT_FALSE(parse_literal("'unterminated"));
}

TEST(Literal, Constants) {
  EXPECT_EQ(parse("True").type, "bool");
  EXPECT_EQ(parse("None").type, "NoneType");
  EXPECT_EQ(parse("...").type, literal_type::kEllipsis);
}

TEST(Literal, Containers) {
  Value list = parse("[1, [2, 3], 'x']");
  EXPECT_EQ(list.kind, Kind::kList);
  ASSERT_EQ(list.items.size(), 3u);
  EXPECT_EQ(list.items[1].kind, Kind::kList);
  EXPECT_EQ(list.repr, "[1, [2, 3], 'x']");
  Value one = parse("(1,)");
  EXPECT_EQ(one.kind, Kind::kTuple);
  EXPECT_EQ(one.repr, "(1,)");
  EXPECT_EQ(parse("(1)").type, "int");  // parenthesized, not a tuple
  EXPECT_EQ(parse("()").kind, Kind::kTuple);
  Value set = parse("{1, 2, 3}");
  EXPECT_EQ(set.kind, Kind::kSet);
  Value dict = parse("{'port': 8080, 'host': '0.0.0.0'}");
  EXPECT_EQ(dict.kind, Kind::kDict);
  ASSERT_EQ(dict.items.size(), 4u);
  EXPECT_EQ(dict.items[2].str, "host");
  EXPECT_EQ(parse("{}").kind, Kind::kDict);
  EXPECT_EQ(parse("[1,2,]").items.size(), 2u);
  EXPECT_FALSE(parse_whole_literal("[1, 2"));
  EXPECT_FALSE(parse_whole_literal("{1: 2, 3}"));
  EXPECT_FALSE(parse_whole_literal("{1 2}"));
}

TEST(Literal, NamesAndClassShorthand) {
  Value mro = parse("[D, B, C, A, object]");
  ASSERT_EQ(mro.items.size(), 5u);
  EXPECT_EQ(mro.items[0].type, literal_type::kName);
  EXPECT_EQ(mro.items[4].name, "object");
  EXPECT_EQ(parse("Status.ACTIVE").name, "Status.ACTIVE");
  Value cls = parse("<class '__main__.D'>");
  EXPECT_EQ(cls.kind, Kind::kClass);
  EXPECT_EQ(cls.name, "D");
  EXPECT_EQ(cls.str, "__main__.D");
  EXPECT_EQ(parse("<class 'object'>").name, "object");
}

TEST(Literal, CallsAndAngleForms) {
  Value dq = parse("deque([1, 2], maxlen=5)");
  EXPECT_EQ(dq.type, literal_type::kCall);
  EXPECT_EQ(dq.name, "deque");
  ASSERT_EQ(dq.items.size(), 2u);
  EXPECT_EQ(dq.items[1].type, literal_type::kKeyword);
  EXPECT_EQ(dq.items[1].name, "maxlen");
  EXPECT_EQ(parse("Counter({'a': 1})").items[0].kind, Kind::kDict);
  EXPECT_EQ(parse("bytearray(b'x')").items[0].type, "bytes");
  Value e = parse("<Status.ACTIVE: 2>");
  EXPECT_EQ(e.type, literal_type::kEnum);
  EXPECT_EQ(e.name, "Status.ACTIVE");
  EXPECT_EQ(e.items.at(0).repr, "2");
  Value f = parse("<function f at 0x7f3a2b1c9d80>");
  EXPECT_EQ(f.type, literal_type::kOpaque);
  EXPECT_EQ(f.repr, "<function f at 0x...>");
  EXPECT_EQ(parse("<generator object <genexpr> at 0x7f3a2b1c9d80>").type, literal_type::kOpaque);
  EXPECT_EQ(parse("CacheInfo(hits=..., misses=..., maxsize=128, currsize=...)").items.size(), 4u);
}

TEST(Literal, FormsAndTrailingProse) {
  Value bare = parse("1, 2", LiteralForm::kBareTuple);
  EXPECT_EQ(bare.type, literal_type::kSequence);
  EXPECT_EQ(bare.items.size(), 2u);
  Value printed = parse("3 4", LiteralForm::kPrinted);
  EXPECT_EQ(printed.type, literal_type::kPrinted);
  EXPECT_EQ(parse("7", LiteralForm::kPrinted).type, "int");  // one item stays itself
  auto p = parse_literal("[4, 4, 4, 4, 4] -- NOT [0, 1, 2, 3, 4]");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->end, 15u);
  auto q = parse_literal("\"local\" — L (local scope)");
  ASSERT_TRUE(q);
  EXPECT_EQ(q->value.str, "local");
  EXPECT_EQ(q->end, 7u);
}

TEST(Literal, DeepNestingIsRefused) {
  std::string deep(1000, '[');
  EXPECT_FALSE(parse_literal(deep + std::string(1000, ']')));
}

TEST(Literal, MaskAddresses) {
  EXPECT_EQ(mask_addresses("<A object at 0x7f00aa11bb22>"), "<A object at 0x...>");
  EXPECT_EQ(mask_addresses("0x1F"), "0x1F");  // a number, not an address
}

}  // namespace
}  // namespace notecheck
