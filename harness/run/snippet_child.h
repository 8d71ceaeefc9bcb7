// The Python side of a zygote: the runner loaded once before any fork, and what a forked child
// does to run one snippet.
#pragma once

#include <string>

#include "harness/run/child_sandbox.h"
#include "harness/run/snippet_request.h"

namespace notecheck {

// Exit status of a child whose sandbox could not be set up (its stderr says why).
constexpr int kSandboxFailedExit = 71;

// Starts the embedded interpreter and defines the runner (runner_py.h), importing the modules
// snippets commonly need so children do not pay for them. Call once, in the zygote, before
// forking. Returns "" or an error description.
std::string load_runner();

// In a freshly forked child (GIL held, as inherited): PyOS_AfterFork_Child, enter the sandbox,
// run the snippet, _exit. Never returns.
[[noreturn]] void run_snippet_child(const SnippetRequest& request, const SandboxSpec& spec);

}  // namespace notecheck
