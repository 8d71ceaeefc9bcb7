// Starts the embedded CPython with a pinned, isolated configuration. Every process of notecheck
// that needs Python (the CLI for syntax checks, each worker) goes through here.
#pragma once

#include <string>

namespace notecheck {

struct EmbedOptions {
  unsigned long hash_seed = 0;  // fixed so set order and hashes are reproducible
  // `site` adds dist-packages to sys.path, which snippets need and the CLI's syntax checks do
  // not (~3 ms of every start).
  bool import_site = true;
};

// Initialises the interpreter once per process; later calls are no-ops. Throws
// std::runtime_error if CPython cannot start.
void init_embedded_python(const EmbedOptions& options = {});

bool embedded_python_initialized();

// e.g. "3.11.2", without starting the interpreter.
std::string embedded_python_version();

}  // namespace notecheck
