// Starts the embedded CPython with a pinned, isolated configuration. Every process of notecheck
// that needs Python (the CLI for syntax checks, each worker) goes through here.
#pragma once

#include <string>

#include "util/forked_call.h"

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

// CPython's own fork hooks (PyOS_BeforeFork, PyOS_AfterFork_Parent, PyOS_AfterFork_Child) for a
// ForkedCall, run when the interpreter is initialized: a child then gets a copy of it with its
// locks and thread states made whole.
ForkHooks embedded_python_fork_hooks();

// e.g. "3.11.2", without starting the interpreter.
std::string embedded_python_version();

}  // namespace notecheck
