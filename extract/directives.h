// Directives written in snippets' comments: doctest's `# doctest: +SKIP` (and `+ELLIPSIS`,
// `+NORMALIZE_WHITESPACE`..., accepted and ignored: compare already matches that way) and
// notecheck's own `# notecheck: skip` and `# notecheck: expect-error`.
#pragma once

#include <string>
#include <string_view>

namespace notecheck {

// A comment (without its `#`) that asks to leave its line's claim out: `doctest: +SKIP`,
// `notecheck: skip`, alone or after the claim (`5  # doctest: +SKIP`).
bool skips_claim(std::string_view comment);

// The comment without a directive written after the claim: `[1, ...]  # doctest: +ELLIPSIS`
// -> `[1, ...]`.
std::string without_directives(std::string_view comment);

// Whether the snippet's first line is `# notecheck: skip`: the whole snippet is not run.
bool skips_snippet(std::string_view code);

// Whether a doctest directive in `text` turns `option` on: `# doctest: +NUMBER`.
bool has_doctest_option(std::string_view text, std::string_view option);

// Whether a document line is Markdown's hidden form of the snippet directive,
// `<!-- notecheck: skip -->`, written just above a fence.
bool is_html_skip_directive(std::string_view line);

// Whether a line of the snippet is `# notecheck: expect-error`: the snippet is expected to end
// with an exception, which is then not an error for its claims.
bool expects_error(std::string_view code);

}  // namespace notecheck
