#include "extract/probe_claims.h"

#include <regex>
#include <string>

#include "extract/claim_exception.h"
#include "util/text.h"

namespace notecheck {
namespace {

// `api(pos_only=1, 2)`, `t[0] = 99`, `obj.attr = 1`: code even when the compiler rejects it.
bool shaped_like_code(const std::string& code) {
  static const std::regex kShape(R"(^[A-Za-z_][\w.]*\s*(\(.*\)|\[.*\](\s*=.*)?|\s*=\s*\S.*)$)");
  return std::regex_match(code, kShape);
}

}  // namespace

void add_probe_claims(Snippet& s, const Analysis& analysis, SyntaxChecker& checker,
                      std::set<int>& used) {
  for (const CommentInfo& c : analysis.comments) {
    if (!c.own_line || c.column != 0 || used.count(c.line)) continue;
    std::string_view text = std::string_view(c.text).substr(1);
    size_t hash = text.rfind('#');
    if (hash == std::string_view::npos) continue;
    std::string code(trim(text.substr(0, hash)));
    std::string claim(trim(text.substr(hash + 1)));
    if (code.empty() || claimed_exception(claim).empty()) continue;
    if (code.find('#') != std::string::npos) continue;  // `#` in a string: not worth guessing
    if (!checker.check(code).ok && !shaped_like_code(code)) continue;
    used.insert(c.line);
    Claim probe;
    probe.doc_line = s.doc_line(c.line);
    probe.code_line = c.line;
    probe.kind = ClaimKind::kTrailingComment;
    probe.text = claim;
    probe.statement = code;
    probe.probe = code;
    s.claims.push_back(std::move(probe));
  }
}

}  // namespace notecheck
