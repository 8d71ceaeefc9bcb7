// The machine-readable report. Its schema is documented in README.md and must stay stable.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "harness/report/check_result.h"

namespace notecheck {

nlohmann::json json_report(const CheckResult& result);

}  // namespace notecheck
