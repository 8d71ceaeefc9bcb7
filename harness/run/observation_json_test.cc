#include "harness/run/observation_json.h"

#include <gtest/gtest.h>

#include "harness/run/fake_runner.h"

namespace notecheck {
namespace {

Value atom(const std::string& type, const std::string& repr, const std::string& str) {
  Value value;
  value.type = type;
  value.repr = repr;
  value.str = str;
  return value;
}

TEST(ObservationJson, RoundTrips) {
  Observation o;
  o.status = RunStatus::kRaised;
  o.detail = "d";
  Value list;
  list.kind = Value::Kind::kList;
  list.type = "list";
  list.repr = list.str = "[1, 'a', ...]";
  list.items = {atom("int", "1", "1"), atom("str", "'a'", "a")};
  list.truncated = true;
  Value cls;
  cls.kind = Value::Kind::kClass;
  cls.type = "type";
  cls.repr = cls.str = "<class '__main__.X'>";
  cls.name = "X";
  o.lines[3].output = "out\n";
  o.lines[3].values = {list, cls};
  o.lines[7].output = "x";
  o.exception = RaisedException{"ValueError", "bad", 7, 2};
  o.stdout_text = "out\nx";
  o.stderr_text = "Traceback...";
  o.seconds = 0.25;

  Observation back = observation_from_json(nlohmann::json::parse(dump_json(to_json(o))));
  EXPECT_EQ(back.status, o.status);
  EXPECT_EQ(back.detail, o.detail);
  ASSERT_EQ(back.lines.size(), 2u);
  EXPECT_EQ(back.lines[3].output, "out\n");
  ASSERT_EQ(back.lines[3].values.size(), 2u);
  const Value& l = back.lines[3].values[0];
  EXPECT_EQ(l.kind, Value::Kind::kList);
  EXPECT_TRUE(l.truncated);
  ASSERT_EQ(l.items.size(), 2u);
  EXPECT_EQ(l.items[1].str, "a");
  EXPECT_EQ(l.items[0].str, "1");
  EXPECT_EQ(back.lines[3].values[1].name, "X");
  ASSERT_TRUE(back.exception.has_value());
  EXPECT_EQ(back.exception->line, 7);
  EXPECT_EQ(back.exception->inner_line, 2);
  EXPECT_EQ(back.stdout_text, o.stdout_text);
  EXPECT_EQ(back.stderr_text, o.stderr_text);
  EXPECT_DOUBLE_EQ(back.seconds, 0.25);
}

TEST(ObservationJson, NamesAndLenientParsing) {
  EXPECT_STREQ(to_string(RunStatus::kOutputLimit), "output-limit");
  EXPECT_STREQ(to_string(Value::Kind::kDict), "dict");
  EXPECT_EQ(run_status_from_string("timeout"), RunStatus::kTimeout);
  Observation o = observation_from_json(nlohmann::json::parse(R"({"status": "weird"})"));
  EXPECT_EQ(o.status, RunStatus::kNotRun);
  EXPECT_FALSE(o.exception.has_value());
  Value v = value_from_json(nlohmann::json::parse(R"({"kind": "new", "repr": "r"})"));
  EXPECT_EQ(v.kind, Value::Kind::kOther);
  EXPECT_EQ(v.str, "r");
}

TEST(ObservationJson, InvalidUtf8OutputStillSerializes) {
  Observation o;
  o.stdout_text = "bad \xff byte";
  std::string text = dump_json(to_json(o));
  EXPECT_NE(text.find("bad"), std::string::npos);
}

TEST(FakeRunner, ReturnsCannedObservationsInOrder) {
  Observation printed;
  printed.status = RunStatus::kOk;
  printed.stdout_text = "1\n";
  FakeRunner runner({{"print(1)", printed}});
  size_t calls = 0;
  auto results = runner.run_all({{"print(1)", "a"}, {"other", "b"}}, [&](size_t) { ++calls; });
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0].stdout_text, "1\n");
  EXPECT_EQ(results[1].status, RunStatus::kOk);
  EXPECT_EQ(results[1].stdout_text, "");
  EXPECT_EQ(calls, 2u);
  EXPECT_EQ(runner.requests().size(), 2u);
}

}  // namespace
}  // namespace notecheck
