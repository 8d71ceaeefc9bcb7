#include "extract/indent_costs.h"

#include <algorithm>

namespace notecheck {
namespace {

// How strongly each signal argues against a placement, in rough log-odds.
constexpr double kUnreachable = 6;       // code right after return/raise/break/continue
constexpr double kFunctionLocal = 3;     // reads a name only an enclosing function binds
constexpr double kMaxNameCost = 6;
constexpr double kHeaderName = 1.5;      // reads the target of a `for`/`with ... as` it left
constexpr double kOwnClass = 4;          // a class body using its own class name
constexpr double kRecursion = 2;         // a statement calling the function it is in
constexpr double kClassBodyCode = 2;     // a call or a loop directly in a class body
constexpr double kMethodOutsideClass = 3;
constexpr double kFunctionInClass = 2.5;  // a def without self directly in a class
constexpr double kUnusedNested = 2;       // a nested def never returned or called
constexpr double kDefInBlock = 1;
constexpr double kNestedClass = 1.5;
constexpr double kNestedClassWithBases = 3;
constexpr double kTopLevelAwait = 3;
constexpr double kImportInFunction = 0.8;
constexpr double kClaimInLoop = 1.5;  // `print(x)  # 8` printed once, not once per iteration
constexpr double kCommentInBlock = 0.5;

bool is_clause(Header h) {
  return h == Header::kElif || h == Header::kElse || h == Header::kExcept ||
         h == Header::kFinally;
}
bool is_loop(Header h) { return h == Header::kFor || h == Header::kWhile; }
bool is_scope(Header h) { return h == Header::kDef || h == Header::kClass; }

// May clause `h` follow a statement with header `sibling` (whose chain started with `chain`)?
bool follows(Header h, Header sibling, Header chain) {
  switch (h) {
    case Header::kElif:
      return sibling == Header::kIf || sibling == Header::kElif;
    case Header::kElse:
      return sibling == Header::kIf || sibling == Header::kElif || is_loop(sibling) ||
             sibling == Header::kExcept;
    case Header::kExcept:
      return sibling == Header::kTry || sibling == Header::kExcept;
    case Header::kFinally:
      return sibling == Header::kTry || sibling == Header::kExcept ||
             (sibling == Header::kElse && chain == Header::kTry);
    default:
      return true;
  }
}

bool is_self_name(const FlatBlock& b, int id) {
  return id >= 0 && (b.names[id] == "self" || b.names[id] == "cls");
}

// Index of the innermost def or class among frames [0, depth), or -1.
int innermost_scope(const IndentContext& ctx, int depth) {
  for (int i = depth - 1; i >= 0; --i) {
    if (is_scope(ctx.frames[i].header)) return i;
  }
  return -1;
}

// A name read at `depth` that only a block being closed binds: the reader would not leave it.
double name_cost(const IndentContext& ctx, const FlatStatement& s, int depth) {
  double cost = 0;
  for (int id : s.loads) {
    if (ctx.module.has(id)) continue;
    bool visible = false;
    for (int i = 0; i < depth && !visible; ++i) visible = ctx.frames[i].locals.has(id);
    if (visible) continue;
    for (size_t i = depth; i < ctx.frames.size(); ++i) {
      const Frame& f = ctx.frames[i];
      if (!f.locals.has(id)) continue;
      cost += f.header == Header::kDef ? kFunctionLocal : kHeaderName;
      break;
    }
  }
  return std::min(cost, kMaxNameCost);
}

// Where a def (or the decorators before it) goes: methods in classes, closures in functions.
double definition_cost(const IndentContext& ctx, const FlatStatement& def, int k, int depth) {
  const FlatBlock& b = ctx.block();
  const Frame* parent = depth > 0 ? &ctx.frames[depth - 1] : nullptr;
  Header where = parent ? parent->header : Header::kNone;
  if (def.header == Header::kClass) {
    if (where == Header::kClass) {
      const std::string& name = def.name >= 0 ? b.names[def.name] : "";
      if (def.has_bases) return kNestedClassWithBases;
      return name == "Meta" || name == "Config" ? 0 : kNestedClass;
    }
    if (where == Header::kDef) return kUnusedNested;
    if (parent) return kNestedClass;
    // Leaving a class body for an option class (`class Meta:` after fields) is unusual.
    const std::string& name = def.name >= 0 ? b.names[def.name] : "";
    bool leaving_class = !ctx.frames.empty() && ctx.frames.back().header == Header::kClass;
    return leaving_class && !def.has_bases && (name == "Meta" || name == "Config")
               ? kNestedClass
               : 0;
  }
  const bool method = !def.params.empty() && is_self_name(b, def.params[0]);
  if (method) return where == Header::kClass ? 0 : kMethodOutsideClass;
  if (where == Header::kClass) return def.static_method ? 0 : kFunctionInClass;
  if (where == Header::kDef) return b.used_later[k] ? 0 : kUnusedNested;
  return parent ? kDefInBlock : 0;
}

}  // namespace

bool IndentContext::can_end() const {
  if (pending_decorator || body_expected() || last_header == Header::kTry) return false;
  return std::none_of(frames.begin(), frames.end(),
                      [](const Frame& f) { return f.header == Header::kTry; });
}

void IndentContext::place(int k, int depth) {
  const FlatStatement& s = block_->statements[k];
  Header chain = static_cast<size_t>(depth) < frames.size() ? frames[depth].chain : last_chain;
  frames.resize(depth);
  int scope = innermost_scope(*this, depth);
  for (int id : s.binds) {
    if (scope < 0) {
      module.add(id);
    } else {
      frames[scope].locals.add(id);
    }
  }
  for (int id : s.globals) module.add(id);
  if (depth > 0) ++frames[depth - 1].body;
  Header own_chain = is_clause(s.header) ? chain : s.header;
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
    frames.push_back(std::move(f));
    last_header = last_chain = Header::kNone;
  } else {
    last_header = s.header;
    last_chain = own_chain;
  }
}

bool placement_cost(const IndentContext& ctx, int k, int depth, double* cost) {
  const FlatBlock& b = ctx.block();
  const FlatStatement& s = b.statements[k];
  const int current = static_cast<int>(ctx.frames.size());
  const bool stays = depth == current;
  // Grammar: clauses follow their statement, handlers close every try, cases fill a match.
  Header sibling = stays ? ctx.last_header : ctx.frames[depth].header;
  Header chain = stays ? ctx.last_chain : ctx.frames[depth].chain;
  if (is_clause(s.header) && !follows(s.header, sibling, chain)) return false;
  const bool handler = s.header == Header::kExcept || s.header == Header::kFinally;
  if (sibling == Header::kTry && !handler) return false;
  if (!stays && ctx.last_header == Header::kTry) return false;
  for (int i = depth + 1; i < current; ++i) {
    if (ctx.frames[i].header == Header::kTry) return false;
  }
  bool in_match = depth > 0 && ctx.frames[depth - 1].header == Header::kMatch;
  if (in_match != (s.header == Header::kCase)) return false;
  if (ctx.pending_decorator && s.header != Header::kDef && s.header != Header::kClass &&
      s.header != Header::kDecorator) {
    return false;
  }
  int scope = innermost_scope(ctx, depth);
  const Frame* function = scope >= 0 && ctx.frames[scope].header == Header::kDef
                              ? &ctx.frames[scope]
                              : nullptr;
  if (s.needs_function && !function) return false;
  if (s.needs_nested) {
    bool outer = false;
    for (int i = 0; i < scope; ++i) outer |= ctx.frames[i].header == Header::kDef;
    if (!function || !outer) return false;
  }
  if (s.needs_loop) {
    bool loop = false;
    for (int i = scope + 1; i < depth; ++i) loop |= is_loop(ctx.frames[i].header);
    if (!loop) return false;
  }
  double c = 0;
  if (s.has_await) {
    if (scope >= 0 && !(function && function->is_async)) return false;
    if (scope < 0) c += kTopLevelAwait;
  }
  // A reader's expectations.
  if (stays && ctx.last_terminal) c += kUnreachable;
  c += name_cost(ctx, s, depth);
  const Header parent = depth > 0 ? ctx.frames[depth - 1].header : Header::kNone;
  const bool class_body = scope >= 0 && scope == depth - 1 && parent == Header::kClass;
  const bool definition = s.header == Header::kDef || s.header == Header::kClass;
  if (scope >= 0 && !definition) {
    const Frame& owner = ctx.frames[scope];
    int owner_name = b.statements[owner.statement].name;
    bool self_reference = std::find(s.loads.begin(), s.loads.end(), owner_name) != s.loads.end();
    if (self_reference) c += owner.header == Header::kClass ? kOwnClass
                             : s.needs_function          ? 0
                                                         : kRecursion;
  }
  if (class_body) {
    bool code = (s.is_expression && !s.is_docstring && !s.is_ellipsis) ||
                s.header == Header::kIf || is_loop(s.header) || s.header == Header::kWith ||
                s.header == Header::kTry || s.header == Header::kMatch;
    if (code) c += kClassBodyCode;
  }
  if (s.header == Header::kDecorator && !ctx.pending_decorator && s.target >= 0) {
    c += definition_cost(ctx, b.statements[s.target], s.target, depth);
  } else if (definition && !ctx.pending_decorator) {
    c += definition_cost(ctx, s, k, depth);
  }
  if (s.is_import && function) c += kImportInFunction;
  if (s.has_claim && is_loop(parent)) c += kClaimInLoop;
  if (s.comments_before > 0 && stays && current > 0 && !is_scope(ctx.frames[current - 1].header)) {
    c += kCommentInBlock;
  }
  *cost += c;
  return true;
}

}  // namespace notecheck
