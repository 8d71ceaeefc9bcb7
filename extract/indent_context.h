// The state of the re-indentation search at one statement: the blocks open there and the names
// each scope binds so far (see indent_search.h), and how placing the next statement changes it.
#pragma once

#include <array>
#include <cstdint>
#include <utility>
#include <vector>

#include "extract/flat_statements.h"

namespace notecheck {

// A set of interned names, inline (copied with every search state, so no allocation). Names
// past kMaxNames are not tracked: their signals are simply lost.
class NameSet {
 public:
  static constexpr int kMaxNames = 512;

  bool has(int id) const { return id >= 0 && id < kMaxNames && (bits_[id / 64] >> (id % 64) & 1); }
  void add(int id) {
    if (id >= 0 && id < kMaxNames) bits_[id / 64] |= uint64_t{1} << (id % 64);
  }
  void remove(int id) {
    if (id >= 0 && id < kMaxNames) bits_[id / 64] &= ~(uint64_t{1} << (id % 64));
  }
  bool empty() const {
    for (uint64_t w : bits_) {
      if (w) return false;
    }
    return true;
  }
  void add_all(const NameSet& other) {
    for (size_t i = 0; i < bits_.size(); ++i) bits_[i] |= other.bits_[i];
  }

 private:
  std::array<uint64_t, kMaxNames / 64> bits_{};
};

struct Frame {
  int statement = 0;  // the header that opened the block
  Header header = Header::kNone;
  Header chain = Header::kNone;  // the clause that started an if/elif/else or try chain
  bool is_async = false;
  bool is_method = false;         // a def whose first parameter is self or cls
  int body = 0;                   // statements placed in the block so far, nested ones included
  NameSet locals;                 // a def's parameters and locals; other blocks' header names
  NameSet first_bound;            // a block's names first bound in its body (not before it)
  bool declarations_only = true;  // only `global`/`nonlocal` so far: the body is not done
  bool last_terminal = false;     // the last statement of its body returned or raised
  bool branch_returned = false;   // an earlier branch of its if/elif/else chain returned
};

class IndentContext {
 public:
  IndentContext() = default;
  explicit IndentContext(const FlatBlock& block) : block_(&block) {}

  std::vector<Frame> frames;  // open blocks; their count is the current depth
  NameSet module;             // names bound at top level so far
  NameSet dead;               // locals of functions already closed (unless also top level)
  NameSet stale;              // `with ... as x` / `except ... as e` targets of closed blocks
  std::vector<std::pair<int, int>> shape_depth;  // FlatStatement::shape -> depth last seen
  bool last_terminal = false;          // the last statement at the current depth was return/raise
  bool pending_decorator = false;      // the last statement was a decorator
  Header last_header = Header::kNone;  // a one-line compound statement last at this depth
  Header last_chain = Header::kNone;

  bool body_expected() const { return !frames.empty() && frames.back().body == 0; }
  // Whether the block may end here (no body or handler still owed).
  bool can_end() const;
  // Puts statement `k` at `depth`: closes deeper blocks, binds names, opens its block.
  void place(int k, int depth);

  const FlatBlock& block() const { return *block_; }

 private:
  const FlatBlock* block_ = nullptr;
};

inline bool is_clause(Header h) {
  return h == Header::kElif || h == Header::kElse || h == Header::kExcept || h == Header::kFinally;
}
inline bool is_loop(Header h) { return h == Header::kFor || h == Header::kWhile; }
inline bool is_scope(Header h) { return h == Header::kDef || h == Header::kClass; }
// `self` or `cls`: the first parameter of a method.
bool is_self_name(const FlatBlock& b, int id);
// Index of the innermost def or class among ctx.frames[0, depth), or -1.
int innermost_scope(const IndentContext& ctx, int depth);

}  // namespace notecheck
