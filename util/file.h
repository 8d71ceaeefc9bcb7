// File helpers. Writes are atomic (temp file + rename) so a killed run never leaves half a file.
#pragma once

#include <optional>
#include <string>

namespace notecheck {

// Whole file, or nullopt with `error` set to a one-line reason.
std::optional<std::string> read_file(const std::string& path, std::string* error = nullptr);

// Writes via a temporary file in the same folder and rename(2); creates parent folders.
// Returns false with `error` set on failure.
bool write_file_atomic(const std::string& path, const std::string& content,
                       std::string* error = nullptr);

}  // namespace notecheck
