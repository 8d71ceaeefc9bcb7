// After each snippet the zygote kills whatever the snippet left running: daemons that escaped
// its process group with setsid, grandchildren, threads' processes. The zygote is PID 1 of its
// namespace (or a child subreaper in the fallback), so every such orphan is its child by then.
#pragma once

namespace notecheck {

// Kills and reaps every descendant of the calling process. `namespace_init`: the caller is
// PID 1 of its PID namespace, so kill(-1) reaches exactly the namespace's other processes.
// Otherwise children are found in /proc/self/task/*/children. Cheap when there are none.
void kill_leftover_processes(bool namespace_init);

}  // namespace notecheck
