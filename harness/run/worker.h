// The zygote: `notecheck __worker --parent-pid PID --dir DIR [--no-namespaces]`, started by
// ProcessRunner with a protocol socket as stdin and stdout. It confines itself
// (zygote_sandbox.h; --no-namespaces forces the fallback), starts CPython once, then for each
// request frame forks a sandboxed child that runs the snippet, and answers with the
// Observation frame. DIR holds the work directories only in the fallback.
//
// Frames (framing.h): first the worker sends {"ready": true, "pid": N, "sandbox": "what is in
// force", "namespaces": bool, "warning": "why weaker, or empty"} or {"error": "..."};
// then for each SnippetRequest JSON, in order, it answers with to_json(Observation) plus "id"
// (notecheck may send the next request before the answer: it waits in the socket). Between
// requests, from its first answer on, it preloads modules (snippet_child.h). It exits when its
// stdin reaches EOF (notecheck itself kills it). Single-threaded, so forking from it is safe.
#pragma once

namespace notecheck {

// Called by main() when argv[1] == "__worker". Returns the process exit status.
int worker_main(int argc, char** argv);

}  // namespace notecheck
