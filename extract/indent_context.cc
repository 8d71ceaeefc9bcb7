#include "extract/indent_context.h"

#include <algorithm>

namespace notecheck {

bool is_self_name(const FlatBlock& b, int id) {
  return id >= 0 && (b.names[id] == "self" || b.names[id] == "cls");
}

int innermost_scope(const IndentContext& ctx, int depth) {
  for (int i = depth - 1; i >= 0; --i) {
    if (is_scope(ctx.frames[i].header)) return i;
  }
  return -1;
}

bool IndentContext::can_end() const {
  if (pending_decorator || body_expected() || last_header == Header::kTry) return false;
  return std::none_of(frames.begin(), frames.end(),
                      [](const Frame& f) { return f.header == Header::kTry; });
}

void IndentContext::place(int k, int depth) {
  const FlatStatement& s = block_->statements[k];
  Header chain = static_cast<size_t>(depth) < frames.size() ? frames[depth].chain : last_chain;
  for (size_t i = depth; i < frames.size(); ++i) {
    if (frames[i].header == Header::kDef) dead.add_all(frames[i].locals);
    if (frames[i].header == Header::kWith || frames[i].header == Header::kExcept ||
        frames[i].header == Header::kFor) {
      stale.add_all(frames[i].locals);
    }
  }
  const size_t old_frames_size = frames.size();
  const bool closed_terminal = static_cast<size_t>(depth) < frames.size() &&
                               (frames[depth].last_terminal || frames[depth].branch_returned);
  frames.resize(depth);
  int scope = innermost_scope(*this, depth);
  for (int id : s.binds) {
    NameSet& names = scope < 0 ? module : frames[scope].locals;
    if (depth > 0 && depth - 1 > scope && !names.has(id)) frames[depth - 1].first_bound.add(id);
    names.add(id);
  }
  for (int id : s.globals) module.add(id);
  for (int i = 0; i < depth; ++i) ++frames[i].body;
  if (depth > 0) {
    Frame& parent = frames[depth - 1];
    parent.declarations_only &= s.declaration;
    parent.last_terminal = s.terminal;
  }
  bool returned = static_cast<size_t>(depth) < old_frames_size && closed_terminal;
  Header own_chain = is_clause(s.header) ? chain : s.header;
  for (int id : s.binds) stale.remove(id);
  if (s.shape != 0) {
    auto it = std::find_if(shape_depth.begin(), shape_depth.end(),
                           [&](const auto& p) { return p.first == s.shape; });
    if (it == shape_depth.end()) {
      shape_depth.emplace_back(s.shape, depth);
    } else {
      it->second = depth;
    }
  }
  pending_decorator = s.header == Header::kDecorator;
  last_terminal = s.terminal;
  if (s.opens) {
    Frame f;
    f.statement = k;
    f.header = s.header;
    f.chain = own_chain;
    f.is_async = s.is_async;
    for (int id : s.params) f.locals.add(id);
    for (int id : s.header_binds) f.locals.add(id);
    f.is_method = !s.params.empty() && is_self_name(*block_, s.params[0]);
    f.branch_returned = is_clause(s.header) && returned;
    frames.push_back(std::move(f));
    last_header = last_chain = Header::kNone;
  } else {
    last_header = s.header;
    last_chain = own_chain;
  }
}

}  // namespace notecheck
