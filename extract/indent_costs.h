// One state of the re-indentation search (the blocks open at a statement, the names each
// scope binds) and the cost of putting the next statement at a given depth: Python's rules
// decide what is possible, a reader's expectations what is likely.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/flat_statements.h"

namespace notecheck {

class NameSet {
 public:
  bool has(int id) const {
    size_t w = static_cast<size_t>(id) / 64;
    return id >= 0 && w < bits_.size() && (bits_[w] >> (id % 64) & 1);
  }
  void add(int id) {
    if (id < 0) return;
    size_t w = static_cast<size_t>(id) / 64;
    if (w >= bits_.size()) bits_.resize(w + 1, 0);
    bits_[w] |= uint64_t{1} << (id % 64);
  }

 private:
  std::vector<uint64_t> bits_;
};

struct Frame {
  int statement = 0;  // the header that opened the block
  Header header = Header::kNone;
  Header chain = Header::kNone;  // the clause that started an if/elif/else or try chain
  bool is_async = false;
  bool is_method = false;  // a def whose first parameter is self or cls
  int body = 0;            // statements placed in the block so far
  NameSet locals;          // a def's parameters and locals; other blocks' header names
};

class IndentContext {
 public:
  IndentContext() = default;
  explicit IndentContext(const FlatBlock& block) : block_(&block) {}

  std::vector<Frame> frames;  // open blocks; their count is the current depth
  NameSet module;             // names bound at top level so far
  bool last_terminal = false;      // the last statement at the current depth was return/raise
  bool pending_decorator = false;  // the last statement was a decorator
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

// False if statement `k` cannot be at `depth` in `ctx`; otherwise adds its cost to `*cost`.
bool placement_cost(const IndentContext& ctx, int k, int depth, double* cost);

}  // namespace notecheck
