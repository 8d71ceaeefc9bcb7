#include "harness/report/sarif_report.h"

#include <fmt/format.h>

#include <cctype>

#include "harness/report/report_context.h"
#include "util/text.h"

namespace notecheck {
namespace {

using nlohmann::json;

struct Rule {
  VerdictKind kind;
  const char* id;
  const char* name;
  const char* level;
  const char* description;
};

constexpr Rule kRules[] = {
    {VerdictKind::kWrong, "NC001", "WrongClaim", "error",
     "The text claims a value or output that running the snippet does not produce."},
    {VerdictKind::kModeDependent, "NC002", "ModeDependentClaim", "warning",
     "The claim holds in the interactive REPL but not in a script, or the other way round."},
    {VerdictKind::kNondeterministic, "NC003", "NondeterministicClaim", "warning",
     "The outcome the claim is about changes between runs."},
    {VerdictKind::kError, "NC004", "ClaimNotReached", "warning",
     "The snippet stopped (exception, timeout, crash) before reaching the claimed line."},
};

const Rule* rule_for(VerdictKind kind, size_t* index) {
  for (size_t i = 0; i < std::size(kRules); ++i) {
    if (kRules[i].kind == kind) {
      *index = i;
      return &kRules[i];
    }
  }
  return nullptr;
}

json artifact_location(const std::string& path) {
  json loc = {{"uri", path_to_uri(path)}};
  if (path.empty() || path[0] != '/') loc["uriBaseId"] = "%SRCROOT%";
  return loc;
}

json result_for(const CheckResult& result, const Verdict& v, const Rule& rule, size_t index) {
  json region = {{"startLine", std::max(1, v.line)}};
  if (const Document* doc = result.find_document(v.document)) {
    const std::string& line = doc->line(v.line);
    size_t at = claim_offset(line, v.claim);
    if (at != std::string::npos) {
      std::string first = split_lines(v.claim)[0];
      region["startColumn"] = code_points(line, at) + 1;
      region["endColumn"] = code_points(line, at + first.size()) + 1;
    }
    if (!line.empty()) region["snippet"] = {{"text", line}};
  }
  std::string message = fmt::format("{}: {}", to_string(v.verdict), verdict_headline(v));
  if (v.verdict == VerdictKind::kWrong && reason_adds(v))
    message += " (" + one_line(v.reason) + ")";
  json r = {{"ruleId", rule.id},
            {"ruleIndex", index},
            {"level", rule.level},
            {"message", {{"text", message}}},
            {"locations", json::array({{{"physicalLocation",
                                         {{"artifactLocation", artifact_location(v.document)},
                                          {"region", region}}}}})},
            {"properties",
             {{"verdict", to_string(v.verdict)},
              {"claim", v.claim},
              {"expected", v.expected},
              {"actual", v.actual},
              {"reason", v.reason}}}};
  // Same claim at the same place with the same verdict: the same finding across runs, so
  // dashboards can tell new findings from old ones.
  r["partialFingerprints"] = {
      {"claimText/v1", fmt::format("{}:{}:{}", v.document, v.claim, to_string(v.verdict))}};
  return r;
}

}  // namespace

std::string path_to_uri(const std::string& path) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out = !path.empty() && path[0] == '/' ? "file://" : "";
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xf];
    }
  }
  return out;
}

json sarif_report(const CheckResult& result, const std::string& working_dir) {
  json rules = json::array();
  for (const Rule& r : kRules) {
    rules.push_back({{"id", r.id},
                     {"name", r.name},
                     {"shortDescription", {{"text", r.description}}},
                     {"defaultConfiguration", {{"level", r.level}}}});
  }
  json results = json::array();
  for (const Verdict& v : result.verdicts) {
    size_t index = 0;
    if (const Rule* rule = rule_for(v.verdict, &index))
      results.push_back(result_for(result, v, *rule, index));
  }
  json notifications = json::array();
  for (const Document& d : result.documents) {
    if (d.error.empty()) continue;
    notifications.push_back(
        {{"level", "error"},
         {"message", {{"text", fmt::format("{}: {}", d.path, d.error)}}},
         {"locations", json::array({{{"physicalLocation",
                                      {{"artifactLocation", artifact_location(d.path)}}}}})}});
  }
  json invocation = {{"executionSuccessful", !result.has_input_errors()}};
  if (!notifications.empty()) invocation["toolExecutionNotifications"] = notifications;
  std::string root = working_dir;
  if (root.empty() || root.back() != '/') root += '/';
  json run = {{"tool",
               {{"driver",
                 {{"name", "notecheck"},
                  {"version", result.version},
                  {"semanticVersion", result.version},
                  {"rules", rules}}}}},
              {"originalUriBaseIds", {{"%SRCROOT%", {{"uri", path_to_uri(root)}}}}},
              {"invocations", json::array({invocation})},
              {"columnKind", "unicodeCodePoints"},
              {"results", results},
              {"properties", {{"python", result.python_version}}}};
  return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
          {"version", "2.1.0"},
          {"runs", json::array({run})}};
}

}  // namespace notecheck
