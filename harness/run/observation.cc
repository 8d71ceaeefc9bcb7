#include "harness/run/observation.h"

namespace notecheck {

// These names are also the JSON spelling (observation_json.cc parses them back).
const char* to_string(Value::Kind kind) {
  switch (kind) {
    case Value::Kind::kAtom:
      return "atom";
    case Value::Kind::kList:
      return "list";
    case Value::Kind::kTuple:
      return "tuple";
    case Value::Kind::kSet:
      return "set";
    case Value::Kind::kDict:
      return "dict";
    case Value::Kind::kClass:
      return "class";
    case Value::Kind::kOther:
      return "other";
  }
  return "other";
}

const char* to_string(RunStatus status) {
  switch (status) {
    case RunStatus::kOk:
      return "ok";
    case RunStatus::kRaised:
      return "raised";
    case RunStatus::kTimeout:
      return "timeout";
    case RunStatus::kOutputLimit:
      return "output-limit";
    case RunStatus::kCrashed:
      return "crashed";
    case RunStatus::kNotRun:
      return "not-run";
  }
  return "not-run";
}

}  // namespace notecheck
