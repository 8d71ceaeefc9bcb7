// SHA-256 (FIPS 180-4), for cache keys: content addressed, so an edit anywhere in what a key
// covers gives a new key and stale entries are simply never asked for again.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace notecheck {

class Sha256 {
 public:
  Sha256();
  Sha256& update(std::string_view data);
  // Feeds the length first, so that ("ab","c") and ("a","bc") hash differently.
  Sha256& field(std::string_view data);
  std::string hex();  // finishes; the object is spent afterwards

 private:
  void block(const unsigned char* p);
  uint32_t h_[8];
  unsigned char buf_[64];
  size_t used_ = 0;
  uint64_t bytes_ = 0;
};

std::string sha256_hex(std::string_view data);

}  // namespace notecheck
