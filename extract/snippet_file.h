// The files `notecheck extract` writes so a person can read, edit and re-check one snippet:
//   snippets/<document>/<NNN>_L<line>.py   the code, behind a two-line header
//   expected/<document>/<NNN>_L<line>.json the claims parsed from the document
// `notecheck run` reads them back.
#pragma once

#include <string>

#include "extract/snippet.h"

namespace notecheck {

// Folder name for a document: its file name without the extension.
std::string document_folder(const std::string& document_path);
// File name without extension, e.g. "003_L19".
std::string snippet_stem(const Snippet& snippet);

std::string snippet_file_text(const Snippet& snippet);
std::string expected_file_text(const Snippet& snippet);

// "19-24,26,28-31" and back.
std::string format_line_map(const std::vector<int>& line_map);
std::vector<int> parse_line_map(const std::string& text);

struct SnippetPaths {
  std::string snippet;   // out_dir/snippets/<document>/<stem>.py
  std::string expected;  // out_dir/expected/<document>/<stem>.json
};
SnippetPaths snippet_paths(const Snippet& snippet, const std::string& out_dir);

// Reads a snippet file and, if it exists, its expected file (found by swapping the `snippets`
// folder for `expected`). Throws std::runtime_error("file:line: message") on malformed input.
// The code may have been edited: the line map is kept only while it still fits.
Snippet read_snippet_file(const std::string& path);

// Where the expected file of a snippet file lives.
std::string expected_path_for(const std::string& snippet_path);

}  // namespace notecheck
