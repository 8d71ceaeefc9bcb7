// Helpers for the end-to-end tests of the command line in a scratch folder: copies of real notes,
// the binary run from that folder, files read back.
#pragma once

#include <string>

#include "tests/command.h"

namespace notecheck::testing {

// A new empty folder under /tmp, unique to this process and `name`; removed when the test binary
// exits unless `keep`.
std::string scratch_dir(const std::string& name, bool keep = false);

// Runs `env notecheck ARGS` with `dir` as the working folder (through /bin/sh: quote paths).
CommandResult run_in(const std::string& dir, const std::string& args, const std::string& env = "");

// Copies examples/NAME (or any absolute path) to DIR/NAME_IN_DIR.
void copy_into(const std::string& from, const std::string& dir, const std::string& name);

std::string binary();

}  // namespace notecheck::testing
