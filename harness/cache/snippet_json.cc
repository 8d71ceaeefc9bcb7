#include "harness/cache/snippet_json.h"

namespace notecheck {

using nlohmann::json;

namespace {

ClaimKind claim_kind_of(const std::string& s) {
  if (std::optional<ClaimKind> k = claim_kind_from(s)) return *k;
  throw json::other_error::create(501, "unknown claim kind " + s, nullptr);
}

}  // namespace

json to_json(const Snippet& s) {
  json claims = json::array();
  for (const Claim& c : s.claims)
    claims.push_back({{"doc_line", c.doc_line},
                      {"code_line", c.code_line},
                      {"kind", to_string(c.kind)},
                      {"text", c.text},
                      {"statement", c.statement},
                      {"on_assignment", c.on_assignment},
                      {"from_line", c.from_line},
                      {"probe", c.probe},
                      {"number", c.number}});
  return {{"document", s.document},  {"index", s.index},       {"language", s.language},
          {"origin", s.origin},      {"code", s.code},         {"line_map", s.line_map},
          {"claims", claims},        {"runnable", s.runnable}, {"reason", s.reason},
          {"continues", s.continues}};
}

Snippet snippet_from_json(const json& j) {
  Snippet s;
  s.document = j.at("document").get<std::string>();
  s.index = j.at("index").get<int>();
  s.language = j.at("language").get<std::string>();
  s.origin = j.at("origin").get<std::string>();
  s.code = j.at("code").get<std::string>();
  s.line_map = j.at("line_map").get<std::vector<int>>();
  s.runnable = j.at("runnable").get<bool>();
  s.reason = j.at("reason").get<std::string>();
  s.continues = j.at("continues").get<std::vector<int>>();
  for (const json& c : j.at("claims")) {
    Claim claim;
    claim.doc_line = c.at("doc_line").get<int>();
    claim.code_line = c.at("code_line").get<int>();
    claim.kind = claim_kind_of(c.at("kind").get<std::string>());
    claim.text = c.at("text").get<std::string>();
    claim.statement = c.at("statement").get<std::string>();
    claim.on_assignment = c.value("on_assignment", false);
    claim.from_line = c.value("from_line", 0);
    claim.probe = c.value("probe", "");
    claim.number = c.value("number", false);
    s.claims.push_back(std::move(claim));
  }
  return s;
}

}  // namespace notecheck
