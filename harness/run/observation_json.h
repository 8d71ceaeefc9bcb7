// Observation <-> JSON, shared by the worker protocol, the cache and the reports.
//
// Value:       {"kind": "list", "type": "list", "repr": "[1]", "str": ..., "name": ...,
//               "items": [...], "truncated": true}
//              ("str" is omitted when equal to "repr"; "name", "items", "truncated" when empty.)
// Observation: {"status": "ok", "detail": "", "lines": [{"line": 3, "output": "", "values": [],
//                                       "raised"?: {...}, "state"?: {...}}],
//               "exception": {"type", "message", "line", "inner_line"} (absent if none),
//               "stdout": "", "stderr": "", "seconds": 0.01}
// Kinds and statuses are spelled as to_string() spells them. Parsing is lenient: missing fields
// keep their defaults, unknown kinds/statuses become kOther/kNotRun; a wrong JSON type throws
// nlohmann::json::exception.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "harness/run/observation.h"

namespace notecheck {

nlohmann::json to_json(const Value& value);
Value value_from_json(const nlohmann::json& json);

// RaisedException: {"type", "message", "line", "inner_line"}.
nlohmann::json to_json(const RaisedException& e);
RaisedException raised_exception_from_json(const nlohmann::json& json);

nlohmann::json to_json(const Observation& observation);
Observation observation_from_json(const nlohmann::json& json);

std::optional<Value::Kind> value_kind_from_string(std::string_view name);
std::optional<RunStatus> run_status_from_string(std::string_view name);

// Serialises without throwing on invalid UTF-8 (snippet output is arbitrary bytes): bad
// sequences become U+FFFD.
std::string dump_json(const nlohmann::json& json);

}  // namespace notecheck
