// One request from notecheck to a zygote, and its JSON form on the wire:
// {"id", "code", "filename", "mode", "timeout", "output_limit", "memory_limit", "prelude",
//  "prelude_definitions_only", "expect_error_lines", "state_lines", "probes", "keep_going"}.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace notecheck {

struct SnippetRequest {
  uint64_t id = 0;
  std::string code;
  std::string filename = "<snippet>";
  std::string mode = "script";  // "script", or "repl" (each statement compiled as python -i)
  double timeout_seconds = 10;
  long output_limit_bytes = 1 << 20;
  long memory_limit_bytes = 1L << 30;
  std::vector<std::string> prelude;  // see RunRequest::prelude
  bool prelude_definitions_only = false;
  std::vector<int> expect_error_lines;  // see RunRequest
  std::vector<int> state_lines;
  std::vector<std::pair<int, std::string>> probes;  // RunRequest::probes as (line, code)
  bool keep_going = false;
};

nlohmann::json to_json(const SnippetRequest& request);
SnippetRequest snippet_request_from_json(const nlohmann::json& json);

// The options the Python run() takes as its last argument, as JSON:
// {"expect_error_lines": [...], "state_lines": [...], "probes": [[line, code], ...]}.
std::string run_options_json(const SnippetRequest& request);

}  // namespace notecheck
