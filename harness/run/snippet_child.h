// The Python side of a zygote: the runner loaded once before any fork, and what a forked child
// does to run one snippet.
#pragma once

#include <string>

#include "harness/run/child_sandbox.h"
#include "harness/run/snippet_request.h"

namespace notecheck {

// Exit status of a child whose sandbox could not be set up (its stderr says why).
constexpr int kSandboxFailedExit = 71;

// Starts the embedded interpreter and defines the runner (runner_py.h), with TMPDIR and HOME set
// to `work_dir`, the path where each child's fresh work directory will be. Call once, in the
// zygote, before forking. Returns "" or an error description.
std::string load_runner(const std::string& work_dir);

// One step of the zygote's idle-time preparation: import one of the modules snippets commonly
// import, or, last, a warm-up run of trivial snippets (see snippet_child.cc), each frozen for
// the garbage collector. Returns false once there is nothing left to do. Each step is short
// (milliseconds), so a request arriving meanwhile waits little.
bool preload_step();

// In a freshly forked child (GIL held, as inherited): PyOS_AfterFork_Child, enter the sandbox,
// run the snippet, _exit. Never returns.
[[noreturn]] void run_snippet_child(const SnippetRequest& request, const SandboxSpec& spec);

}  // namespace notecheck
