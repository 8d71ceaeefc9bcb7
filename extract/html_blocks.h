// Code in saved web pages: `<pre>` blocks (with or without `<code class="language-x">`),
// their tags stripped (syntax highlighting wraps tokens in spans) and entities decoded.
#pragma once

#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/markdown_blocks.h"

namespace notecheck {

// True for an .html/.htm file or text that starts as an HTML page.
bool looks_like_html(const Document& doc);

// Every <pre> block as a fenced block: `info` is the language named by a class
// (`language-python`, `lang-py`, `python`), lines keep their document line numbers.
std::vector<FencedBlock> find_html_blocks(const Document& doc);

// `&lt;` -> `<` and friends, numeric references included.
std::string decode_html_entities(const std::string& text);

}  // namespace notecheck
