// Names a claim may use as values: what the snippet defines (classes, functions, variables,
// imports) and the builtin type names. `# [D, B, C, A, object]` names classes of the snippet and
// is a value; `# calls setter` and `# (generation0, generation1, generation2)` name nothing
// known and are prose.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <string_view>

namespace notecheck {

class KnownNames {
 public:
  KnownNames() = default;
  // Collects the names `code` binds at any indentation: class and def names, assignment, for,
  // with, except and import targets. A scan of the text, not a parse: good enough for prose.
  explicit KnownNames(std::string_view code);

  void add(std::string name) { names_.insert(std::move(name)); }
  void add_class(std::string name) { classes_.insert(std::move(name)); }

  // Whether a comment may use the name for a value. Dotted names need a first component the
  // snippet binds (`Status.ACTIVE`, `collections.deque`). Plain names must be builtin types or
  // exceptions (`object`, `list`, `generator`, `ValueError`), classes the snippet defines, or
  // capitalized names it binds (`PENDING`); lowercase variables (`copy`, `protected`) read as
  // words in prose, so they are not taken for values. Keywords never are.
  bool knows(std::string_view dotted) const;

 private:
  std::set<std::string, std::less<>> names_;
  std::set<std::string, std::less<>> classes_;
};

}  // namespace notecheck
