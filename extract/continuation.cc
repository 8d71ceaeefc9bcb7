#include "extract/continuation.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace notecheck {

void infer_continuations(std::vector<Snippet>& snippets, SyntaxChecker& checker) {
  struct Names {
    std::set<std::string> defined, free;
  };
  std::vector<Names> names(snippets.size());
  for (size_t i = 0; i < snippets.size(); ++i) {
    if (!snippets[i].runnable) continue;
    Analysis a = checker.analyze(snippets[i].code);
    names[i].defined.insert(a.defined_names.begin(), a.defined_names.end());
    names[i].free.insert(a.free_names.begin(), a.free_names.end());
  }
  // position -> its direct providers: the closest earlier snippet defining each free name.
  std::vector<std::set<size_t>> direct(snippets.size());
  for (size_t i = 0; i < snippets.size(); ++i) {
    for (const std::string& name : names[i].free) {
      for (size_t j = i; j-- > 0;) {
        if (names[j].defined.count(name)) {
          direct[i].insert(j);
          break;
        }
      }
    }
  }
  // Transitive closure, built in document order so each earlier set is already complete;
  // the closest providers are kept when the chain is too long.
  std::vector<std::set<size_t>> all(snippets.size());
  for (size_t i = 0; i < snippets.size(); ++i) {
    for (size_t j : direct[i]) {
      all[i].insert(j);
      all[i].insert(all[j].begin(), all[j].end());
    }
    while (static_cast<int>(all[i].size()) > kMaxContinued) all[i].erase(all[i].begin());
    snippets[i].continues.clear();
    for (size_t j : all[i]) snippets[i].continues.push_back(snippets[j].index);
  }
}

}  // namespace notecheck
