#include "extract/indent_search.h"

#include <algorithm>
#include <cstdint>

#include "extract/indent_costs.h"

namespace notecheck {
namespace {

constexpr size_t kBeamWidth = 12;
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

// States that agree on every open block behave the same from here on: they are merged.
// The signature a state would have after putting `s` (statement `k`) at `depth`.
uint64_t child_signature(const IndentContext& c, const FlatStatement& s, size_t k, int depth) {
  uint64_t h = 1469598103934665603ull;
  auto mix = [&](uint64_t v) {
    h ^= v;
    h *= 1099511628211ull;
  };
  for (int i = 0; i < depth; ++i) mix(static_cast<uint64_t>(c.frames[i].statement) + 1);
  if (s.opens) mix(k + 1);
  mix(s.terminal && !s.opens ? 7 : 3);
  mix(s.header == Header::kDecorator ? 11 : 5);
  return h;
}

}  // namespace

std::vector<IndentCandidate> rank_indentations(const FlatBlock& block, int max_results,
                                               int* dead_end) {
  const size_t n = block.statements.size();
  std::vector<Node> nodes;
  std::vector<State> beam(1);
  beam[0].ctx = IndentContext(block);
  // One possible next state, costed before it is built: only survivors are copied.
  struct Expansion {
    size_t parent;
    int depth;
    double cost;
    uint64_t key;
  };
  std::vector<Expansion> options;
  // Kept from one statement to the next: their vectors' storage is reused, not reallocated.
  std::vector<State> next;
  std::vector<size_t> winners, order;
  std::vector<std::vector<std::pair<int, int>>> extra_close;
  std::vector<std::vector<double>> extra_cost;
  for (size_t k = 0; k < n; ++k) {
    const FlatStatement& st = block.statements[k];
    options.clear();
    for (size_t p = 0; p < beam.size(); ++p) {
      const State& s = beam[p];
      const int current = static_cast<int>(s.ctx.frames.size());
      const bool forced = s.ctx.body_expected() || s.ctx.pending_decorator;
      for (int d = forced ? current : 0; d <= current; ++d) {
        double cost = 0;
        if (!placement_cost(s.ctx, static_cast<int>(k), d, &cost)) continue;
        options.push_back({p, d, s.cost + cost, child_signature(s.ctx, st, k, d)});
      }
    }
    if (options.empty()) {
      if (dead_end) *dead_end = static_cast<int>(k);
      return {};
    }
    // Merge states with the same open blocks, remembering close runners-up as ambiguities.
    std::sort(options.begin(), options.end(), [](const Expansion& a, const Expansion& b) {
      return a.key != b.key ? a.key < b.key : a.cost < b.cost;
    });
    winners.clear();
    extra_close.clear();
    extra_cost.clear();
    for (size_t i = 0; i < options.size(); ++i) {
      if (i > 0 && options[i].key == options[i - 1].key) {
        const Expansion& w = options[winners.back()];
        double extra = options[i].cost - w.cost;
        auto& calls = extra_close.back();
        if (extra <= kAmbiguityMargin &&
            beam[w.parent].close.size() + calls.size() < kMaxCloseCalls) {
          nodes.push_back({options[i].depth, beam[options[i].parent].node});
          calls.emplace_back(static_cast<int>(k), static_cast<int>(nodes.size()) - 1);
          extra_cost.back().push_back(extra);
        }
        continue;
      }
      winners.push_back(i);
      extra_close.emplace_back();
      extra_cost.emplace_back();
    }
    order.resize(winners.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return options[winners[a]].cost < options[winners[b]].cost;
    });
    if (order.size() > kBeamWidth) order.resize(kBeamWidth);
    next.resize(order.size());
    for (size_t j = 0; j < order.size(); ++j) {
      const size_t w = order[j];
      const Expansion& e = options[winners[w]];
      const State& parent = beam[e.parent];
      State& t = next[j];  // assigned over a state of two statements ago
      t.ctx = parent.ctx;
      t.ctx.place(static_cast<int>(k), e.depth);
      t.cost = e.cost;
      t.close = parent.close;
      t.close_extra = parent.close_extra;
      t.close.insert(t.close.end(), extra_close[w].begin(), extra_close[w].end());
      t.close_extra.insert(t.close_extra.end(), extra_cost[w].begin(), extra_cost[w].end());
      nodes.push_back({e.depth, parent.node});
      t.node = static_cast<int>(nodes.size()) - 1;
    }
    std::swap(beam, next);
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
