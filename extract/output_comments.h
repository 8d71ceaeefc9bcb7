// `# Output:` comment blocks inside a snippet: a label comment at the left margin and the
// comment lines right below it claim everything the code above printed.
#pragma once

#include <set>
#include <vector>

#include "extract/snippet.h"
#include "extract/syntax_checker.h"

namespace notecheck {

// Appends a kOutputBlock claim for each block in the analysed snippet `s`; the first covers
// code from line 1, each later one from the line after the previous block. Adds the block's
// comment lines to `used` so that no other claim takes them.
void add_output_comment_claims(Snippet& s, const Analysis& analysis, std::set<int>& used);

}  // namespace notecheck
