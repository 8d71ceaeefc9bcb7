// Where code starts and stops in text that lost its layout: code glued to the end of a prose
// line, `# routes.py` markers that start another file, and one-word titles (`yield`, `dis`)
// that look like a statement at the end of an example.
#pragma once

#include <string>

namespace notecheck {

// Byte offset where code (or a `# comment` leading code) is glued to the prose before it on
// the same line (`.model_dump_json()from pydantic import BaseModel`), or std::string::npos.
size_t glued_code_start(const std::string& line);

// `# auth/routes.py`, `#### calculator.py`: the lines below are another file.
bool is_file_marker(const std::string& line);

// A line that is one bare word (`yield`, `nonlocal`, `dis`) but not a statement that ends a
// block (`pass`, `break`, `return`, `...`): at the end of a run it is the next title.
bool is_title_word(const std::string& line);

// One name of a list that lost its bullets: `current_app`, `request,`, `@app.route()`.
bool is_list_item(const std::string& line);

}  // namespace notecheck
