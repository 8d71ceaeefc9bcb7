#include "harness/run/observation_json.h"

namespace notecheck {

using nlohmann::json;

namespace {

constexpr Value::Kind kKinds[] = {Value::Kind::kAtom, Value::Kind::kList, Value::Kind::kTuple,
                                  Value::Kind::kSet,  Value::Kind::kDict, Value::Kind::kClass,
                                  Value::Kind::kOther};
constexpr RunStatus kStatuses[] = {RunStatus::kOk,      RunStatus::kRaised,
                                   RunStatus::kTimeout, RunStatus::kOutputLimit,
                                   RunStatus::kCrashed, RunStatus::kNotRun};

std::string string_field(const json& j, const char* key) {
  auto it = j.find(key);
  return it == j.end() || it->is_null() ? std::string() : it->get<std::string>();
}

}  // namespace

std::optional<Value::Kind> value_kind_from_string(std::string_view name) {
  for (Value::Kind kind : kKinds) {
    if (name == to_string(kind)) return kind;
  }
  return std::nullopt;
}

std::optional<RunStatus> run_status_from_string(std::string_view name) {
  for (RunStatus status : kStatuses) {
    if (name == to_string(status)) return status;
  }
  return std::nullopt;
}

json to_json(const Value& value) {
  json j = {{"kind", to_string(value.kind)}, {"type", value.type}, {"repr", value.repr}};
  if (value.str != value.repr) j["str"] = value.str;
  if (!value.name.empty()) j["name"] = value.name;
  if (!value.items.empty()) {
    json items = json::array();
    for (const Value& item : value.items) items.push_back(to_json(item));
    j["items"] = std::move(items);
  }
  if (value.truncated) j["truncated"] = true;
  return j;
}

Value value_from_json(const json& j) {
  Value value;
  value.kind = value_kind_from_string(string_field(j, "kind")).value_or(Value::Kind::kOther);
  value.type = string_field(j, "type");
  value.repr = string_field(j, "repr");
  value.str = j.contains("str") ? string_field(j, "str") : value.repr;
  value.name = string_field(j, "name");
  if (auto it = j.find("items"); it != j.end()) {
    for (const json& item : *it) value.items.push_back(value_from_json(item));
  }
  value.truncated = j.value("truncated", false);
  return value;
}

json to_json(const RaisedException& e) {
  return {{"type", e.type}, {"message", e.message}, {"line", e.line}, {"inner_line", e.inner_line}};
}

RaisedException raised_exception_from_json(const json& j) {
  RaisedException e;
  e.type = string_field(j, "type");
  e.message = string_field(j, "message");
  e.line = j.value("line", 0);
  e.inner_line = j.value("inner_line", 0);
  return e;
}

json to_json(const Observation& observation) {
  json lines = json::array();
  for (const auto& [number, line] : observation.lines) {
    json values = json::array();
    for (const Value& value : line.values) values.push_back(to_json(value));
    json entry = {{"line", number}, {"output", line.output}, {"values", std::move(values)}};
    if (line.raised) entry["raised"] = to_json(*line.raised);
    if (line.state) entry["state"] = to_json(*line.state);
    lines.push_back(std::move(entry));
  }
  json j = {{"status", to_string(observation.status)},
            {"detail", observation.detail},
            {"lines", std::move(lines)},
            {"stdout", observation.stdout_text},
            {"stderr", observation.stderr_text},
            {"seconds", observation.seconds}};
  if (observation.stopped_line > 0) j["stopped_line"] = observation.stopped_line;
  if (!observation.output_pieces.empty()) {
    json pieces = json::array();
    for (const OutputPiece& p : observation.output_pieces) pieces.push_back({p.line, p.text});
    j["output_pieces"] = pieces;
  }
  if (const auto& e = observation.exception) j["exception"] = to_json(*e);
  if (!observation.passed_exceptions.empty()) {
    json passed = json::array();
    for (const RaisedException& e : observation.passed_exceptions) passed.push_back(to_json(e));
    j["passed_exceptions"] = passed;
  }
  return j;
}

Observation observation_from_json(const json& j) {
  Observation observation;
  observation.status =
      run_status_from_string(string_field(j, "status")).value_or(RunStatus::kNotRun);
  observation.detail = string_field(j, "detail");
  if (auto it = j.find("lines"); it != j.end()) {
    for (const json& line : *it) {
      LineObservation& target = observation.lines[line.value("line", 0)];
      target.output += string_field(line, "output");
      if (auto values = line.find("values"); values != line.end()) {
        for (const json& value : *values) target.values.push_back(value_from_json(value));
      }
      if (auto raised = line.find("raised"); raised != line.end() && raised->is_object())
        target.raised = raised_exception_from_json(*raised);
      if (auto state = line.find("state"); state != line.end() && state->is_object())
        target.state = value_from_json(*state);
    }
  }
  if (auto it = j.find("exception"); it != j.end() && it->is_object())
    observation.exception = raised_exception_from_json(*it);
  if (auto it = j.find("passed_exceptions"); it != j.end() && it->is_array()) {
    for (const json& e : *it)
      if (e.is_object()) observation.passed_exceptions.push_back(raised_exception_from_json(e));
  }
  observation.stdout_text = string_field(j, "stdout");
  observation.stderr_text = string_field(j, "stderr");
  observation.seconds = j.value("seconds", 0.0);
  observation.stopped_line = j.value("stopped_line", 0);
  if (auto pieces = j.find("output_pieces"); pieces != j.end() && pieces->is_array()) {
    for (const json& p : *pieces) {
      if (p.is_array() && p.size() == 2 && p[0].is_number_integer() && p[1].is_string())
        observation.output_pieces.push_back({p[0].get<int>(), p[1].get<std::string>()});
    }
  }
  return observation;
}

std::string dump_json(const json& j) {
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace notecheck
