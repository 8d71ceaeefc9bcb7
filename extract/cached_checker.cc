#include "extract/cached_checker.h"

namespace notecheck {

void CachedChecker::remember(const std::string& code) {
  order_.push_back(code);
  if (order_.size() <= kCapacity) return;
  analyses_.erase(order_.front());
  checks_.erase(order_.front());
  order_.pop_front();
}

SyntaxResult CachedChecker::check(const std::string& code) {
  if (auto it = analyses_.find(code); it != analyses_.end()) return it->second.syntax;
  if (auto it = checks_.find(code); it != checks_.end()) return it->second;
  SyntaxResult r = inner_.check(code);
  checks_.emplace(code, r);
  remember(code);
  return r;
}

Analysis CachedChecker::analyze(const std::string& code) {
  if (auto it = analyses_.find(code); it != analyses_.end()) return it->second;
  // Code known not to compile has nothing more to tell.
  if (auto it = checks_.find(code); it != checks_.end() && !it->second.ok) {
    Analysis a;
    a.syntax = it->second;
    return a;
  }
  Analysis a = inner_.analyze(code);
  analyses_.emplace(code, a);
  remember(code);
  return a;
}

}  // namespace notecheck
