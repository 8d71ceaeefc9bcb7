// A folder of cache entries (.notecheck-cache/ by default), one file per entry, named by its key:
//   <root>/<kind>/<key[0:2]>/<key>.json
// Safe with several notecheck runs at once and with runs killed at any moment: an entry is
// written whole to a temporary file in <root>/tmp/ and renamed into place (rename(2) is
// atomic), so a reader sees either no entry or a complete one. Two runs storing the same key
// store the same content, so the last rename winning is harmless. An entry that does not parse
// (a disk error, a hand edit) is a miss, never an error.
#pragma once

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace notecheck {

class CacheStore {
 public:
  // Creates nothing until the first put(). An empty root disables the cache (get misses, put
  // does nothing).
  explicit CacheStore(std::string root);

  const std::string& root() const { return root_; }
  bool enabled() const { return !root_.empty(); }

  // The entry's JSON, if present and whole.
  std::optional<nlohmann::json> get(const std::string& kind, const std::string& key) const;
  // Best effort: a cache that cannot be written (read-only checkout, full disk) only costs time.
  bool put(const std::string& kind, const std::string& key, const nlohmann::json& entry);

  std::string entry_path(const std::string& kind, const std::string& key) const;

 private:
  bool prepare();  // the root's marker files, and leftovers of killed runs removed
  std::string root_;
  bool prepared_ = false;
};

}  // namespace notecheck
