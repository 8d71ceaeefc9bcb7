// SyntaxResult and Analysis <-> JSON, for remembering what the compiler said about code across
// runs (harness/cli/remembering_checker.h). Throws nlohmann::json::exception when malformed.
#pragma once

#include <nlohmann/json.hpp>

#include "extract/syntax_checker.h"

namespace notecheck {

nlohmann::json to_json(const SyntaxResult& result);
SyntaxResult syntax_result_from_json(const nlohmann::json& json);

nlohmann::json to_json(const Analysis& analysis);
Analysis analysis_from_json(const nlohmann::json& json);

}  // namespace notecheck
