#include "extract/indent_search.h"

#include <algorithm>
#include <cstdint>

#include "extract/indent_costs.h"

namespace notecheck {
namespace {

constexpr size_t kBeamWidth = 24;
constexpr size_t kMaxCloseCalls = 3;

struct Node {
  int depth = 0;
  int parent = -1;
};

struct State {
  IndentContext ctx;
  int node = -1;
  double cost = 0;
  std::vector<std::pair<int, int>> close;  // (statement, node of the merged-away state)
  std::vector<double> close_extra;
};

std::vector<int> path(const std::vector<Node>& nodes, int node, size_t length) {
  std::vector<int> out(length, 0);
  for (int n = node, i = static_cast<int>(length) - 1; n >= 0 && i >= 0; n = nodes[n].parent) {
    out[i--] = nodes[n].depth;
  }
  return out;
}

// States that agree on every open block behave the same from here on.
std::vector<int> signature(const IndentContext& c) {
  std::vector<int> key;
  key.reserve(c.frames.size() + 2);
  for (const Frame& f : c.frames) key.push_back(f.statement);
  key.push_back(c.last_terminal ? 1 : 0);
  key.push_back(c.pending_decorator ? 1 : 0);
  return key;
}

}  // namespace

std::vector<IndentCandidate> rank_indentations(const FlatBlock& block, int max_results,
                                               int* dead_end) {
  const size_t n = block.statements.size();
  std::vector<Node> nodes;
  std::vector<State> beam(1);
  beam[0].ctx = IndentContext(block);
  for (size_t k = 0; k < n; ++k) {
    std::vector<State> next;
    for (const State& s : beam) {
      const int current = static_cast<int>(s.ctx.frames.size());
      const bool forced = s.ctx.body_expected() || s.ctx.pending_decorator;
      for (int d = forced ? current : 0; d <= current; ++d) {
        double cost = 0;
        if (!placement_cost(s.ctx, static_cast<int>(k), d, &cost)) continue;
        State t;
        t.ctx = s.ctx;
        t.ctx.place(static_cast<int>(k), d);
        t.cost = s.cost + cost;
        t.close = s.close;
        t.close_extra = s.close_extra;
        nodes.push_back({d, s.node});
        t.node = static_cast<int>(nodes.size()) - 1;
        next.push_back(std::move(t));
      }
    }
    if (next.empty()) {
      if (dead_end) *dead_end = static_cast<int>(k);
      return {};
    }
    // Merge states with the same open blocks, remembering close runners-up as ambiguities.
    std::vector<std::pair<std::vector<int>, size_t>> keys;
    keys.reserve(next.size());
    for (size_t i = 0; i < next.size(); ++i) keys.emplace_back(signature(next[i].ctx), i);
    std::sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
      return a.first != b.first ? a.first < b.first : next[a.second].cost < next[b.second].cost;
    });
    std::vector<State> merged;
    for (size_t i = 0; i < keys.size(); ++i) {
      State& s = next[keys[i].second];
      if (i > 0 && keys[i].first == keys[i - 1].first) {
        State& winner = merged.back();
        double extra = s.cost - winner.cost;
        if (extra <= kAmbiguityMargin && winner.close.size() < kMaxCloseCalls) {
          winner.close.emplace_back(static_cast<int>(k), s.node);
          winner.close_extra.push_back(extra);
        }
        continue;
      }
      merged.push_back(std::move(s));
    }
    std::sort(merged.begin(), merged.end(),
              [](const State& a, const State& b) { return a.cost < b.cost; });
    if (merged.size() > kBeamWidth) merged.resize(kBeamWidth);
    beam = std::move(merged);
  }
  std::vector<IndentCandidate> out;
  if (dead_end) *dead_end = static_cast<int>(n);
  for (const State& s : beam) {
    if (!s.ctx.can_end()) continue;
    IndentCandidate c;
    c.depth = path(nodes, s.node, n);
    c.cost = s.cost;
    for (size_t i = 0; i < s.close.size(); ++i) {
      auto [statement, node] = s.close[i];
      IndentCandidate::CloseCall call;
      call.statement = statement;
      call.depth = c.depth;
      std::vector<int> prefix = path(nodes, node, static_cast<size_t>(statement) + 1);
      std::copy(prefix.begin(), prefix.end(), call.depth.begin());
      call.extra_cost = s.close_extra[i];
      for (int j = 0; j <= statement; ++j) {
        if (call.depth[j] != c.depth[j]) {
          call.statement = j;
          break;
        }
      }
      c.close_calls.push_back(std::move(call));
    }
    out.push_back(std::move(c));
    if (static_cast<int>(out.size()) >= max_results) break;
  }
  return out;
}

}  // namespace notecheck
