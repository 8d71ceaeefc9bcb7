// Generated notes for the extraction benchmark (issue 4, part 4): deterministic text shaped
// like the seed notes (../shared/notes): headings, prose with a little non-ASCII, Python with
// claims in comments, shell and unlabelled blocks that are not Python, tables, `>>>` sessions.
// About half of the bytes are code, as in the seed notes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace notecheck::bench {

// Markdown: fenced blocks (python, py, bash, unlabelled diagrams), tables, prose.
std::string generate_markdown_notes(size_t bytes, uint32_t seed);

// Plain text (a web page or PDF saved as text): Q&A prose with unfenced code runs and
// `>>>` sessions, no fences at all.
std::string generate_plain_notes(size_t bytes, uint32_t seed);

}  // namespace notecheck::bench
