#include "harness/run/snippet_request.h"

namespace notecheck {

nlohmann::json to_json(const SnippetRequest& request) {
  return {{"id", request.id},
          {"code", request.code},
          {"filename", request.filename},
          {"mode", request.mode},
          {"timeout", request.timeout_seconds},
          {"output_limit", request.output_limit_bytes},
          {"memory_limit", request.memory_limit_bytes},
          {"prelude", request.prelude},
          {"prelude_definitions_only", request.prelude_definitions_only},
          {"expect_error_lines", request.expect_error_lines},
          {"state_lines", request.state_lines},
          {"probes", request.probes},
          {"keep_going", request.keep_going}};
}

SnippetRequest snippet_request_from_json(const nlohmann::json& json) {
  SnippetRequest defaults;
  SnippetRequest request;
  request.id = json.value("id", defaults.id);
  request.code = json.value("code", defaults.code);
  request.filename = json.value("filename", defaults.filename);
  request.mode = json.value("mode", defaults.mode);
  request.timeout_seconds = json.value("timeout", defaults.timeout_seconds);
  request.output_limit_bytes = json.value("output_limit", defaults.output_limit_bytes);
  request.memory_limit_bytes = json.value("memory_limit", defaults.memory_limit_bytes);
  request.prelude = json.value("prelude", defaults.prelude);
  request.prelude_definitions_only =
      json.value("prelude_definitions_only", defaults.prelude_definitions_only);
  request.expect_error_lines = json.value("expect_error_lines", defaults.expect_error_lines);
  request.state_lines = json.value("state_lines", defaults.state_lines);
  request.probes = json.value("probes", defaults.probes);
  request.keep_going = json.value("keep_going", defaults.keep_going);
  return request;
}

std::string run_options_json(const SnippetRequest& request) {
  nlohmann::json options = {{"expect_error_lines", request.expect_error_lines},
                            {"state_lines", request.state_lines},
                            {"probes", request.probes},
                            {"keep_going", request.keep_going}};
  return options.dump();
}

}  // namespace notecheck
