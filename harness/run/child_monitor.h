// The zygote's supervision of one forked snippet child: reads its stdout, stderr and event
// pipes, enforces the wall-clock timeout and the output cap, reaps it, and turns all that into
// the Observation (status, detail, captured text).
#pragma once

#include <sys/types.h>

#include "harness/run/observation.h"

namespace notecheck {

struct ChildPipes {  // read ends, owned (closed) by monitor_child
  int stdout_fd = -1;
  int stderr_fd = -1;
  int event_fd = -1;
};

struct ChildLimits {
  double timeout_seconds = 10;
  long output_limit_bytes = 1 << 20;  // stdout + stderr
};

// Blocks until the child (the leader of process group `pid`) has exited or been killed, and
// has been reaped; the whole group is SIGKILLed at the end in every case.
Observation monitor_child(pid_t pid, const ChildPipes& pipes, const ChildLimits& limits);

}  // namespace notecheck
