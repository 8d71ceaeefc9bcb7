#include "harness/compare/value_match.h"

#include <gtest/gtest.h>

#include "harness/compare/literal.h"
#include "harness/compare/text_match.h"

namespace notecheck {
namespace {

bool match(std::string_view want, std::string_view got) {
  auto w = parse_whole_literal(want, LiteralForm::kPrinted);
  auto g = parse_whole_literal(got, LiteralForm::kPrinted);
  EXPECT_TRUE(w && g) << want << " / " << got;
  return w && g && values_match(*w, *g);
}

TEST(ValueMatch, Numbers) {
  EXPECT_TRUE(match("1_000", "1000"));
  EXPECT_TRUE(match("1e3", "1000.0"));
  EXPECT_FALSE(match("2", "2.0"));  // Python shows these differently
  EXPECT_FALSE(match("True", "1"));
  EXPECT_FALSE(match("4", "2"));
  EXPECT_TRUE(match("(1+2j)", "1+2j"));
}

TEST(ValueMatch, NumberPrecisionIsTheDigitsWritten) {
  EXPECT_FALSE(match("3.14", "3.141592653589793"));
  {
    NumberPrecision on(true);
    EXPECT_TRUE(match("3.14", "3.141592653589793"));
    EXPECT_TRUE(match("[0.333, 0.667]", "[0.3333333333333333, 0.6666666666666666]"));
    EXPECT_FALSE(match("3.15", "3.141592653589793"));
    EXPECT_FALSE(match("3.0", "3.1"));
  }
  EXPECT_FALSE(match("3.14", "3.141592653589793"));  // only inside the scope
}

TEST(ValueMatch, StringsIgnoreQuoteStyle) {
  EXPECT_TRUE(match("\"HELLO\"", "'HELLO'"));
  EXPECT_FALSE(match("'hello'", "'HELLO'"));
  EXPECT_FALSE(match("'1'", "1"));
}

TEST(ValueMatch, ClassShorthand) {
  EXPECT_TRUE(match("[D, B, C, A, object]",
                    "[<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, "
                    "<class '__main__.A'>, <class 'object'>]"));
  EXPECT_TRUE(match("(D, B, C, A, object)",
                    "(<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, "
                    "<class '__main__.A'>, <class 'object'>)"));
  EXPECT_FALSE(match("[D, C, B, A, object]",
                     "[<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, "
                     "<class '__main__.A'>, <class 'object'>]"));
  EXPECT_FALSE(match("(D, B, C, A, object)",  // tuple vs list
                     "[<class '__main__.D'>, <class '__main__.B'>, <class '__main__.C'>, "
                     "<class '__main__.A'>, <class 'object'>]"));
  EXPECT_TRUE(match("list", "<class 'list'>"));
  EXPECT_TRUE(match("deque", "<class 'collections.deque'>"));
  EXPECT_TRUE(match("Status.ACTIVE", "<Status.ACTIVE: 2>"));
}

TEST(ValueMatch, SetsAndDicts) {
  EXPECT_TRUE(match("{1, 2, 3, 4, 5, 6}", "{6, 5, 4, 3, 2, 1}"));
  EXPECT_FALSE(match("{1, 2}", "{1, 2, 3}"));
  EXPECT_TRUE(match("{'name': 'Alice', 'age': 30}", "{'age': 30, 'name': 'Alice'}"));
  EXPECT_FALSE(match("{'name': 'Alice', 'age': 31}", "{'age': 30, 'name': 'Alice'}"));
  EXPECT_FALSE(match("{}", "{'a': 1}"));
}

TEST(ValueMatch, EllipsisMatchesTheRest) {
  EXPECT_TRUE(match("[0, 1, 4, 9, 16, ...]", "[0, 1, 4, 9, 16, 25, 36, 49]"));
  EXPECT_FALSE(match("[0, 1, 4, 9, 17, ...]", "[0, 1, 4, 9, 16, 25, 36, 49]"));
  EXPECT_TRUE(match("CacheInfo(hits=..., misses=..., maxsize=128, currsize=...)",
                    "CacheInfo(hits=98, misses=101, maxsize=128, currsize=101)"));
  EXPECT_FALSE(match("CacheInfo(hits=..., misses=..., maxsize=64, currsize=...)",
                     "CacheInfo(hits=98, misses=101, maxsize=128, currsize=101)"));
}

TEST(ValueMatch, EllipsisInsideStrings) {
  EXPECT_TRUE(match("{\"event\": \"paid\", \"timestamp\": \"...\"}",
                    "{\"event\": \"paid\", \"timestamp\": \"2024-05-01T10:00:00\"}"));
  EXPECT_FALSE(match("{\"event\": \"paid\", \"timestamp\": \"...Z\"}",
                     "{\"event\": \"paid\", \"timestamp\": \"2024-05-01T10:00:00\"}"));
  EXPECT_TRUE(match("b'\\x01\\x00...'", "b'\\x01\\x00\\x02'"));
}

TEST(ValueMatch, ContainerContentsForContainerObjects) {
  EXPECT_TRUE(match("deque([1, 2])", "deque([1, 2])"));
  EXPECT_TRUE(match("[0, 1, 2, 3]", "deque([0, 1, 2, 3])"));
  EXPECT_TRUE(match("Counter({'a': 1, 'b': 2})", "Counter({'b': 2, 'a': 1})"));
  EXPECT_TRUE(match("defaultdict(int, {'the': 2})", "defaultdict(<class 'int'>, {'the': 2})"));
  EXPECT_FALSE(match("deque([1, 2])", "deque([1, 2], maxlen=5)"));
  EXPECT_TRUE(match("bytearray(b'hello')", "bytearray(b'hello')"));
}

TEST(ValueMatch, BareSequenceIsListOrTuple) {
  auto w = parse_whole_literal("('A','B'),('A','C'),...", LiteralForm::kBareTuple);
  auto g = parse_whole_literal("[('A', 'B'), ('A', 'C'), ('B', 'C')]");
  ASSERT_TRUE(w && g);
  EXPECT_TRUE(values_match(*w, *g));
}

TEST(ValueMatch, AddressesAreMasked) {
  EXPECT_TRUE(
      match("<__main__.A object at 0x7f0000000001>", "<__main__.A object at 0x7fffaaaa0002>"));
  EXPECT_FALSE(
      match("<__main__.A object at 0x7f0000000001>", "<__main__.B object at 0x7fffaaaa0002>"));
}

TEST(ValueMatch, FromObservedParsesRepr) {
  Value obs;
  obs.kind = Value::Kind::kList;
  obs.type = "list";
  obs.repr = "[<class '__main__.D'>, <class 'object'>]";
  EXPECT_TRUE(values_match(*parse_whole_literal("[D, object]"), from_observed(obs)));
  Value odd;  // a repr that is not literal syntax stays opaque
  odd.kind = Value::Kind::kOther;
  odd.repr = "Point at 0x7f00aa11bb22 and more";
  Value v = from_observed(odd);
  EXPECT_EQ(v.type, literal_type::kOpaque);
  EXPECT_EQ(v.repr, "Point at 0x... and more");
}

TEST(TextMatch, Basics) {
  EXPECT_TRUE(text_matches("a   b", "a b"));
  EXPECT_TRUE(text_matches("b'\\x01\\x00...'", "b'\\x01\\x00\\x02\\x00'"));
  EXPECT_TRUE(text_matches("Extra context: {'port': 8080, 'host': '0.0.0.0'}",
                           "Extra context: {'host': '0.0.0.0', 'port': 8080}"));
  EXPECT_FALSE(text_matches("Extra context: {'port': 8081}", "Extra context: {'port': 8080}"));
  EXPECT_FALSE(text_matches("ab", "a b"));
  EXPECT_TRUE(ellipsis_match("a...c...e", "abcde"));
  EXPECT_FALSE(ellipsis_match("a...c...e", "abde"));
  EXPECT_FALSE(ellipsis_match("aa...aa", "aaa"));
}

}  // namespace
}  // namespace notecheck
