// Remembers what the compiler said about recent code, so that one extraction asks once per
// text: the re-indenter confirms a structure with analyze() and the claim finder reuses it.
#pragma once

#include <list>
#include <string>
#include <unordered_map>

#include "extract/syntax_checker.h"

namespace notecheck {

class CachedChecker : public SyntaxChecker {
 public:
  explicit CachedChecker(SyntaxChecker& inner) : inner_(inner) {}

  SyntaxResult check(const std::string& code) override;
  Analysis analyze(const std::string& code) override;

 private:
  static constexpr size_t kCapacity = 512;  // more than any document's snippets

  SyntaxChecker& inner_;
  std::unordered_map<std::string, Analysis> analyses_;
  std::unordered_map<std::string, SyntaxResult> checks_;
  std::list<std::string> order_;  // oldest first, for eviction
  void remember(const std::string& code);
};

}  // namespace notecheck
