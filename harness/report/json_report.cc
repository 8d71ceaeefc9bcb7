#include "harness/report/json_report.h"

namespace notecheck {

nlohmann::json json_report(const CheckResult& result) {
  using nlohmann::json;
  json documents = json::array();
  for (const Document& d : result.documents) {
    int snippets = 0, claims = 0;
    for (const SnippetResult& s : result.snippets)
      if (s.snippet.document == d.path) ++snippets, claims += s.snippet.claims.size();
    json entry = {{"path", d.path},
                  {"snippets", snippets},
                  {"claims", claims},
                  {"error", d.error.empty() ? json(nullptr) : json(d.error)}};
    if (!d.repair.empty()) entry["repair"] = d.repair;
    if (d.error_line > 0) entry["error_line"] = d.error_line;
    documents.push_back(std::move(entry));
  }

  json snippets = json::array();
  for (const SnippetResult& s : result.snippets) {
    snippets.push_back({{"document", s.snippet.document},
                        {"start", s.snippet.start_line()},
                        {"end", s.snippet.end_line()},
                        {"language", s.snippet.language},
                        {"origin", s.snippet.origin},
                        {"status", s.snippet.runnable ? to_string(s.status) : "not-run"},
                        {"reason", s.snippet.runnable ? s.detail : s.snippet.reason},
                        {"code", s.snippet.code}});
  }

  json claims = json::array();
  for (const Verdict& v : result.verdicts) {
    claims.push_back({{"document", v.document},
                      {"line", v.line},
                      {"snippet_start", v.snippet_start},
                      {"code", v.code},
                      {"claim", v.claim},
                      {"kind", to_string(v.kind)},
                      {"verdict", to_string(v.verdict)},
                      {"expected", v.expected},
                      {"actual", v.actual},
                      {"reason", v.reason}});
  }

  json summary = json::object();
  for (const auto& [kind, n] : result.summary()) summary[to_string(kind)] = n;

  return {
      {"tool", "notecheck"},       {"version", result.version}, {"python", result.python_version},
      {"sandbox", result.sandbox}, {"documents", documents},    {"snippets", snippets},
      {"claims", claims},          {"summary", summary}};
}

}  // namespace notecheck
