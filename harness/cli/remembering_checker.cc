#include "harness/cli/remembering_checker.h"

#include "harness/cache/analysis_json.h"
#include "harness/cache/sha256.h"

namespace notecheck {

RememberingChecker::RememberingChecker(SyntaxChecker& inner, CacheStore& store,
                                       const CacheVersions& versions,
                                       const std::string& document_path)
    : inner_(inner), store_(store) {
  key_ = Sha256()
             .field("syntax/1")
             .field(versions.notecheck)
             .field(versions.python)
             .field(document_identity(document_path))
             .hex();
  if (auto entry = store_.get("syntax", key_)) {
    if (entry->contains("checks") && (*entry)["checks"].is_object())
      known_checks_ = (*entry)["checks"];
    if (entry->contains("analyses") && (*entry)["analyses"].is_object())
      known_analyses_ = (*entry)["analyses"];
  }
}

SyntaxResult RememberingChecker::check(const std::string& code) {
  std::string id = sha256_hex(code);
  auto it = known_checks_.find(id);
  if (it != known_checks_.end()) {
    try {
      SyntaxResult r = syntax_result_from_json(*it);
      used_checks_[id] = *it;
      return r;
    } catch (const nlohmann::json::exception&) {
    }
  }
  ++asked_;
  SyntaxResult r = inner_.check(code);
  used_checks_[id] = known_checks_[id] = to_json(r);
  return r;
}

Analysis RememberingChecker::analyze(const std::string& code) {
  std::string id = sha256_hex(code);
  auto it = known_analyses_.find(id);
  if (it != known_analyses_.end()) {
    try {
      Analysis a = analysis_from_json(*it);
      used_analyses_[id] = *it;
      return a;
    } catch (const nlohmann::json::exception&) {
    }
  }
  ++asked_;
  Analysis a = inner_.analyze(code);
  used_analyses_[id] = known_analyses_[id] = to_json(a);
  return a;
}

void RememberingChecker::save() {
  store_.put("syntax", key_, {{"checks", used_checks_}, {"analyses", used_analyses_}});
}

}  // namespace notecheck
