#include "harness/compare/binding_claim.h"

#include <gtest/gtest.h>

namespace notecheck {
namespace {

TEST(BindingClaim, NamedValuesOfAnUnpackingReadAsItsTuple) {
  // 003's starred assignments.
  EXPECT_EQ(bindings_as_value("first, *rest = [1, 2, 3, 4, 5]", "first=1, rest=[2,3,4,5]"),
            "(1, [2,3,4,5])");
  EXPECT_EQ(bindings_as_value("first, *middle, last = range(5)", "first=0, middle=[1,2,3], last=4"),
            "(0, [1,2,3], 4)");
  // Any order, spaces, parenthesized targets, strings holding commas.
  EXPECT_EQ(bindings_as_value("(q, r) = divmod(17, 5)", "r = 2, q = 3"), "(3, 2)");
  EXPECT_EQ(bindings_as_value("a, b = 'x,y', 1", "a='x,y', b=1"), "('x,y', 1)");
  EXPECT_EQ(bindings_as_value("x = 5", "x=5"), "5");
  // A remark after the bindings is not part of the last value.
  EXPECT_EQ(bindings_as_value("q, r = divmod(17, 5)", "q=3, r=2  (r is the remainder)"), "(3, 2)");
}

TEST(BindingClaim, AnythingElseIsNotABindingClaim) {
  EXPECT_EQ(bindings_as_value("a, b = b, a", "swap"), std::nullopt);
  EXPECT_EQ(bindings_as_value("a, b = b, a", "a=2"), std::nullopt);           // one of two
  EXPECT_EQ(bindings_as_value("a, b = b, a", "a=2, c=1"), std::nullopt);      // not a target
  EXPECT_EQ(bindings_as_value("a, b = b, a", "a=2, a=1"), std::nullopt);      // twice
  EXPECT_EQ(bindings_as_value("a, b = b, a", "a==2, b==1"), std::nullopt);    // comparisons
  EXPECT_EQ(bindings_as_value("x += 1", "x=2"), std::nullopt);                // augmented
  EXPECT_EQ(bindings_as_value("obj.a, b = 1, 2", "a=1, b=2"), std::nullopt);  // attribute
  EXPECT_EQ(bindings_as_value("print(a == b)", "a=1"), std::nullopt);
  EXPECT_EQ(bindings_as_value("a, b = f()", "a=[1, 2"), std::nullopt);  // unbalanced
}

TEST(BindingClaim, PlacesOfTheValuesForFixMode) {
  std::string claim = " r = 2, q=3  (r is the remainder)";
  auto b = claimed_bindings("q, r = divmod(17, 5)", claim);
  ASSERT_TRUE(b.has_value());
  ASSERT_EQ(b->size(), 2u);  // in the targets' order
  EXPECT_EQ((*b)[0].name, "q");
  EXPECT_EQ(claim.substr((*b)[0].value_at, (*b)[0].value_size), "3");
  EXPECT_EQ((*b)[1].name, "r");
  EXPECT_EQ(claim.substr((*b)[1].value_at, (*b)[1].value_size), "2");
}

TEST(BindingClaim, WhatTheRunBoundIsWrittenTheSameWay) {
  Value got;
  got.kind = Value::Kind::kTuple;
  for (const char* repr : {"3", "[2, 3]"}) {
    Value item;
    item.repr = repr;
    got.items.push_back(item);
  }
  EXPECT_EQ(value_as_bindings("q, *r = f()", got), "q=3, r=[2, 3]");
  EXPECT_EQ(value_as_bindings("q, r, s = f()", got), std::nullopt);  // three names, two values
  EXPECT_EQ(value_as_bindings("q = f()", got), std::nullopt);
}

}  // namespace
}  // namespace notecheck
