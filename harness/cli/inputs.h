// Turns the paths on the command line into the list of documents to read.
#pragma once

#include <string>
#include <vector>

namespace notecheck {

// Files are taken as named, whatever their extension. Folders are walked recursively (hidden
// entries and build/cache folders skipped) for note-like files: .md .markdown .txt .rst .py
// .pycon .ipynb .html .htm. Paths that do not exist are returned too, so reading them reports the
// error in order. The result is sorted within each folder, so runs are reproducible.
std::vector<std::string> collect_inputs(const std::vector<std::string>& paths);

bool is_note_file(const std::string& path);

}  // namespace notecheck
