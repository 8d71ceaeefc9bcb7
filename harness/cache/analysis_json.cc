#include "harness/cache/analysis_json.h"

namespace notecheck {

using nlohmann::json;

json to_json(const SyntaxResult& r) { return {r.ok, r.error_line, r.message}; }

SyntaxResult syntax_result_from_json(const json& j) {
  return {j.at(0).get<bool>(), j.at(1).get<int>(), j.at(2).get<std::string>()};
}

json to_json(const Analysis& a) {
  json statements = json::array();
  for (const StatementInfo& s : a.statements)
    statements.push_back({s.line, s.end_line, s.depth, s.kind, s.is_print, s.is_call});
  json comments = json::array();
  for (const CommentInfo& c : a.comments)
    comments.push_back({c.line, c.column, c.text, c.own_line});
  return {{"syntax", to_json(a.syntax)},
          {"statements", statements},
          {"comments", comments},
          {"defined", a.defined_names},
          {"free", a.free_names}};
}

Analysis analysis_from_json(const json& j) {
  Analysis a;
  a.syntax = syntax_result_from_json(j.at("syntax"));
  for (const json& s : j.at("statements"))
    a.statements.push_back({s.at(0).get<int>(), s.at(1).get<int>(), s.at(2).get<int>(),
                            s.at(3).get<std::string>(), s.at(4).get<bool>(), s.at(5).get<bool>()});
  for (const json& c : j.at("comments"))
    a.comments.push_back(
        {c.at(0).get<int>(), c.at(1).get<int>(), c.at(2).get<std::string>(), c.at(3).get<bool>()});
  a.defined_names = j.at("defined").get<std::vector<std::string>>();
  a.free_names = j.at("free").get<std::vector<std::string>>();
  return a;
}

}  // namespace notecheck
