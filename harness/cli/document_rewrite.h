// Writing fixes back: the new file text (the file's own line endings, byte-order mark and final
// newline kept), a unified diff of it, and an atomic replace of the file.
#pragma once

#include <optional>
#include <string>

#include "extract/document.h"
#include "harness/cli/claim_fix.h"

namespace notecheck {

struct Rewrite {
  std::string old_text;  // the file as on disk
  std::string new_text;
  std::string diff;  // unified, 3 lines of context, a/ b/ prefixes for relative paths
};

// Reads `doc.path` again and applies `edits` to it. nullopt with `error` set when the file is
// no longer the text that was checked (edited meanwhile) or cannot be read.
std::optional<Rewrite> rewrite_document(const Document& doc, const std::vector<LineEdit>& edits,
                                        std::string* error);

// Replaces `path` with `content` atomically: a temporary file in the same folder with the
// original's permissions, flushed to disk, then rename(2). A reader (or a crash) sees the old
// file or the new one, never a mix. A symbolic link is kept: its target is replaced.
bool replace_file_atomic(const std::string& path, const std::string& content, std::string* error);

}  // namespace notecheck
