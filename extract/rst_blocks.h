// Code in reStructuredText: `.. code-block:: python` (and `.. code::`, `.. sourcecode::`),
// `.. doctest::`, `.. testcode::`, and `::` literal blocks (a paragraph ending in `::`
// followed by an indented block). Returned as fenced blocks, so that fences and directives
// are decided the same way.
#pragma once

#include <vector>

#include "extract/document.h"
#include "extract/markdown_blocks.h"

namespace notecheck {

// True if the document uses reStructuredText code directives or literal blocks.
bool looks_like_rst(const Document& doc);

// Every code directive and literal block; `info` holds the language ("python", "pycon" for
// doctest blocks, "" for literal blocks). Lines are dedented to the block's indentation.
std::vector<FencedBlock> find_rst_blocks(const Document& doc);

}  // namespace notecheck
