#include "extract/indent_costs.h"

#include <algorithm>

namespace notecheck {
namespace {

// How strongly each signal argues against a placement, in rough log-odds.
constexpr double kUnreachable = 6;    // code right after return/raise/break/continue
constexpr double kFunctionLocal = 3;  // reads a name only an enclosing function binds
constexpr double kMaxNameCost = 6;
constexpr double kHeaderName = 1.5;   // reads the target of a `for`/`with ... as` it left
constexpr double kBlockName = 0.7;    // reads a name first set inside a block it left
constexpr double kOwnClassBody = 4;   // a class body using its own class
constexpr double kSelfReference = 3;  // a function naming itself, a method making its class
constexpr double kRecursion = 2;      // a statement (not a return) calling its function
constexpr double kClassBodyCode = 2;  // a call, a loop or a raise directly in a class body
constexpr double kClassBodyImport = 1.5;
constexpr double kMethodOutsideClass = 3;
constexpr double kFunctionInClass = 2.5;  // a def without self directly in a class
constexpr double kMethodInOptions = 2;    // a method in `class Meta:` / `class Config:`
constexpr double kUnusedNested = 2;       // a nested def never returned or called
constexpr double kDefInBlock = 2;         // a def inside an if/for/with body
constexpr double kDeadLocal = 2;          // reads a local of a function closed earlier
constexpr double kShapeBreak = 1;         // `b: int` after `a: int`, one level out
constexpr double kNestedClass = 1.5;
constexpr double kNestedClassWithBases = 3;
constexpr double kTopLevelAwait = 0.5;  // compiles (top-level await), but reads as a fragment
constexpr double kImportInFunction = 0.8;
constexpr double kImportInBlock = 1;      // an import inside a loop or a with block
constexpr double kCommentInBlock = 0.6;   // a comment inside a loop or if body is rare
constexpr double kStayInIf = 0.3;         // if bodies are short
constexpr double kStaleName = 1.5;        // reads the target of a with/for/except it already left
constexpr double kUnusedTarget = 0.6;     // in a for/with body without using its target
constexpr double kClaimInLoop = 1.5;      // `print(x)  # 8` printed once, not once per iteration
constexpr double kCommentPerLevel = 0.5;  // per comment line (two at most): a new topic
constexpr double kSectionPerLevel = 2;    // `# 4. Integer division` certainly does
constexpr double kGuardBody = 1;          // staying in `if x is None:` after setting x
constexpr double kDeclarationsOnly = 2;   // a def holding only `global x` is not finished
constexpr double kReturnInBranch = 0.3;   // functions return on every path, not in one branch
// Closing a block: a body of one statement usually has more; the longer a body, the likelier
// it ends (so when a block must close, closing it later is preferred).
constexpr double kCloseShortLoop = 0.5;  // for and with bodies often hold one statement
double close_body(int statements) { return statements <= 1 ? 0.8 : 0.6 / statements; }
double close_handler(int statements) { return statements <= 1 ? 0.3 : 0.2 / statements; }

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

// A name read at `depth` that only a block being closed binds: the reader would not leave it.
double name_cost(const IndentContext& ctx, const FlatStatement& s, int depth) {
  double cost = 0;
  for (int id : s.loads) {
    // The target of a `for` or `with ... as` it leaves: legal, but rarely what was meant.
    bool header_name = false;
    for (size_t i = depth; i < ctx.frames.size() && !header_name; ++i) {
      const Frame& f = ctx.frames[i];
      header_name = f.header != Header::kDef && f.header != Header::kClass && f.locals.has(id);
    }
    if (header_name) {
      cost += kHeaderName;
      continue;
    }
    bool block_name = false;
    for (size_t i = depth; i < ctx.frames.size() && !block_name; ++i) {
      block_name = ctx.frames[i].first_bound.has(id);
    }
    if (block_name) cost += kBlockName;
    if (ctx.module.has(id)) continue;
    bool visible = false;
    for (int i = 0; i < depth && !visible; ++i) visible = ctx.frames[i].locals.has(id);
    if (visible) continue;
    if (ctx.dead.has(id)) {
      cost += kDeadLocal;
      continue;
    }
    if (ctx.stale.has(id)) cost += kStaleName;
    for (size_t i = depth; i < ctx.frames.size(); ++i) {
      if (ctx.frames[i].header == Header::kDef && ctx.frames[i].locals.has(id)) {
        cost += kFunctionLocal;
        break;
      }
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
    return leaving_class && !def.has_bases && (name == "Meta" || name == "Config") ? kNestedClass
                                                                                   : 0;
  }
  const bool method =
      (!def.params.empty() && is_self_name(b, def.params[0])) || def.class_decorated;
  if (where == Header::kClass) {
    int owner_name = b.statements[parent->statement].name;  // -1: a class without a name
    const std::string& owner = owner_name >= 0 ? b.names[owner_name] : "";
    if (owner == "Meta" || owner == "Config") return kMethodInOptions;
    return method || def.static_method ? 0 : kFunctionInClass;
  }
  if (method) return kMethodOutsideClass;
  if (where == Header::kDef) return b.used_later[k] ? 0 : kUnusedNested;
  return parent ? kDefInBlock : 0;
}

// Closing the blocks from `depth` on: a reader expects more than one statement in most.
double closing_cost(const IndentContext& ctx, int depth) {
  double c = 0;
  for (size_t i = depth; i < ctx.frames.size(); ++i) {
    const Frame& f = ctx.frames[i];
    if (f.header == Header::kDef && f.declarations_only) c += kDeclarationsOnly;
    switch (f.header) {
      case Header::kDef:
      case Header::kClass:
      case Header::kWhile:
        c += close_body(f.body);
        break;
      case Header::kFor:
      case Header::kWith:
        c += f.body <= 1 ? kCloseShortLoop : close_body(f.body);
        break;
      case Header::kExcept:
      case Header::kElse:
      case Header::kFinally:
        c += close_handler(f.body);
        break;
      default:
        break;
    }
  }
  return c;
}

// A statement naming a def or class it is inside of.
double self_reference_cost(const IndentContext& ctx, const FlatStatement& s, int depth) {
  const FlatBlock& b = ctx.block();
  double c = 0;
  bool in_function = false;  // between the statement and the scope being looked at
  for (int i = depth - 1; i >= 0; --i) {
    const Frame& f = ctx.frames[i];
    if (!is_scope(f.header)) continue;
    int name = b.statements[f.statement].name;
    bool loaded = std::find(s.loads.begin(), s.loads.end(), name) != s.loads.end();
    bool called = std::find(s.calls.begin(), s.calls.end(), name) != s.calls.end();
    if (loaded && f.header == Header::kClass) {
      if (!in_function) {
        c += kOwnClassBody;
      } else if (called && !s.needs_function) {
        c += kSelfReference;
      }
    } else if (loaded && f.header == Header::kDef) {
      c += !called ? kSelfReference : s.needs_function ? 0 : kRecursion;
    }
    in_function |= f.header == Header::kDef;
  }
  return c;
}

// Whether `s` reads one of `names` (a `_` target does not count: it is meant to be unused).
bool uses_any(const FlatStatement& s, const NameSet& names, const FlatBlock& b) {
  for (int id : s.loads) {
    if (names.has(id)) return true;
  }
  int underscore = name_id(b, "_");
  return underscore >= 0 && names.has(underscore);
}

bool plain_class_body_statement(const FlatStatement& s) {
  if (s.header == Header::kDef || s.header == Header::kClass || s.header == Header::kDecorator)
    return true;
  if (s.header != Header::kNone || s.terminal || s.needs_function) return false;
  return !s.is_expression || s.is_docstring || s.is_ellipsis;
}

bool forced_here(const IndentContext& ctx) { return ctx.body_expected() || ctx.pending_decorator; }

}  // namespace

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
  const Frame* function =
      scope >= 0 && ctx.frames[scope].header == Header::kDef ? &ctx.frames[scope] : nullptr;
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
  if (!forced_here(ctx)) c += closing_cost(ctx, depth);
  c += name_cost(ctx, s, depth);
  if (s.header != Header::kDef && s.header != Header::kClass)
    c += self_reference_cost(ctx, s, depth);
  const Header parent = depth > 0 ? ctx.frames[depth - 1].header : Header::kNone;
  const bool class_body = scope >= 0 && scope == depth - 1 && parent == Header::kClass;
  if (class_body && s.is_import) {
    c += kClassBodyImport;
  } else if (class_body && !plain_class_body_statement(s)) {
    c += kClassBodyCode;
  }
  const bool definition = s.header == Header::kDef || s.header == Header::kClass;
  if (s.header == Header::kDecorator && !ctx.pending_decorator && s.target >= 0) {
    c += definition_cost(ctx, b.statements[s.target], s.target, depth);
  } else if (definition && !ctx.pending_decorator) {
    c += definition_cost(ctx, s, k, depth);
  }
  if (s.is_import && function) {
    c += kImportInFunction;
  } else if (s.is_import && depth > 0 && !class_body) {
    c += kImportInBlock;
  }
  if (s.shape != 0) {
    for (const auto& [shape, seen] : ctx.shape_depth) {
      if (shape == s.shape && seen != depth) c += kShapeBreak;
    }
  }
  if (s.has_claim && is_loop(parent)) c += kClaimInLoop;
  if (!forced_here(ctx)) {
    if (s.section_before) {
      c += kSectionPerLevel * depth;
    } else if (s.comments_before > 0) {
      c += kCommentPerLevel * depth * std::min(s.comments_before, 2);
    }
    const Frame* inner = stays && current > 0 ? &ctx.frames[current - 1] : nullptr;
    if (inner && !is_scope(inner->header)) {
      if (s.comments_before > 0) c += kCommentInBlock;
      if (inner->header == Header::kIf || inner->header == Header::kElif ||
          inner->header == Header::kElse) {
        c += kStayInIf;
      }
      if ((inner->header == Header::kFor || inner->header == Header::kWith) &&
          s.header == Header::kNone && !s.is_import && !inner->locals.empty() &&
          !uses_any(s, inner->locals, b) && !uses_any(s, inner->first_bound, b)) {
        c += kUnusedTarget;
      }
    }
    const Frame* branch = inner;
    if (branch && s.needs_function && s.terminal &&
        (branch->header == Header::kIf || branch->header == Header::kElif ||
         branch->header == Header::kElse) &&
        !branch->branch_returned) {
      c += kReturnInBranch;
    }
    if (stays && current > 0 && ctx.frames[current - 1].header == Header::kIf &&
        b.statements[ctx.frames[current - 1].statement].guard) {
      c += kGuardBody;
    }
  }
  *cost += c;
  return true;
}

}  // namespace notecheck
