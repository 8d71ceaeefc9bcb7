// A SyntaxChecker that remembers, across runs, what the compiler said about each piece of code
// of one document. Editing one snippet of a long note then re-extracts it with the compiler
// asked only about the text that changed: the rest of the answers come from the cache.
#pragma once

#include <map>
#include <string>

#include "extract/syntax_checker.h"
#include "harness/cache/cache_keys.h"
#include "harness/cache/cache_store.h"

namespace notecheck {

class RememberingChecker : public SyntaxChecker {
 public:
  // Loads what was remembered for `document_path` (under these versions).
  RememberingChecker(SyntaxChecker& inner, CacheStore& store, const CacheVersions& versions,
                     const std::string& document_path);

  SyntaxResult check(const std::string& code) override;
  Analysis analyze(const std::string& code) override;

  // Stores the answers this extraction used (only those: the entry does not grow with edits).
  void save();

  int asked() const { return asked_; }  // questions the compiler had to answer

 private:
  SyntaxChecker& inner_;
  CacheStore& store_;
  std::string key_;
  nlohmann::json known_checks_ = nlohmann::json::object();
  nlohmann::json known_analyses_ = nlohmann::json::object();
  nlohmann::json used_checks_ = nlohmann::json::object();
  nlohmann::json used_analyses_ = nlohmann::json::object();
  int asked_ = 0;
};

}  // namespace notecheck
