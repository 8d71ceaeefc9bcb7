// Runs the built notecheck binary for end-to-end tests.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

namespace notecheck::testing {

struct CommandResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs a shell command (through /bin/sh) in `dir`; stdout, stderr and exit status.
CommandResult shell_in(const std::string& dir, const std::string& command);

// Runs `notecheck ARGS` from the repository root (so example paths are relative, as a user
// types them). `args` is passed to /bin/sh: quote paths with spaces.
CommandResult run_notecheck(const std::string& args);

// `notecheck check --format json ARGS`, parsed.
nlohmann::json check_json(const std::string& args, int* exit_code = nullptr);

// The claim entry of a JSON report at document line `line` of a document whose path ends with
// `document_suffix`; null if there is none.
nlohmann::json claim_at(const nlohmann::json& report, const std::string& document_suffix, int line);

// 1-based line of the first line of `path` that contains `needle` (0 if none). Tests find lines
// by their text so that they say which real line they are about.
int line_of(const std::string& path, const std::string& needle, int occurrence = 1);

// 1-based number of the first line that is exactly `text` (0 if none).
int line_exactly(const std::string& path, const std::string& text);

std::string source_dir();
std::string notes_dir();  // ../shared/notes next to the repository

}  // namespace notecheck::testing
