// The compare stage's output: one verdict per claim, plain data for the report stage.
#pragma once

#include <string>

#include "extract/snippet.h"

namespace notecheck {

enum class VerdictKind {
  kCorrect,
  kWrong,
  kModeDependent,     // holds in the REPL but not in a script, or the other way round
  kNondeterministic,  // outcome changes between runs
  kUnverifiable,      // the comment is not a value code can settle (`# calls setter`)
  kSkipped,           // not run, for a stated reason (missing module, input(), network ...)
  kError,             // the snippet failed before reaching the claim
};

const char* to_string(VerdictKind kind);

struct Verdict {
  std::string document;
  int line = 0;           // 1-based document line where the claim text is written
  int snippet_start = 0;  // document line where the snippet starts
  std::string code;       // the statement the claim is about
  std::string claim;      // the claim text as written
  ClaimKind kind = ClaimKind::kTrailingComment;
  VerdictKind verdict = VerdictKind::kUnverifiable;
  std::string expected;  // want: the value the claim states, normalized
  std::string actual;    // got: what the run produced
  std::string reason;    // why this verdict, in a sentence
};

}  // namespace notecheck
