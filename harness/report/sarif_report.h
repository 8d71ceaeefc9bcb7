// SARIF 2.1.0 (--format sarif), for code-scanning dashboards (GitHub's upload-sarif and others).
// One result per claim worth reading: wrong claims at level "error"; mode-dependent,
// nondeterministic and not-reached claims at "warning". Documents that could not be read are
// tool execution notifications. Paths relative to the working directory are given relative to
// %SRCROOT%; tests/data/sarif-schema-2.1.0.json validates the output.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "harness/report/check_result.h"

namespace notecheck {

// `working_dir` is the absolute folder relative paths are relative to (%SRCROOT%).
nlohmann::json sarif_report(const CheckResult& result, const std::string& working_dir);

// A path as a URI reference: relative paths stay relative, characters outside RFC 3986's
// unreserved set and '/' are percent-encoded; absolute paths become file:// URIs.
std::string path_to_uri(const std::string& path);

}  // namespace notecheck
