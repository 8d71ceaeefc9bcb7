// Parses the runner's event stream (runner_py.h), one JSON object per line, applying each event
// to an Observation as it arrives so a crash or timeout keeps everything recorded before it:
//   {"o": [lines], "t": text}                       text written to stdout while those lines ran
//   {"v": line, "value": {...}}                     value of a top-level expression statement
//   {"x": [lines], "exception": {...}}             an expected exception, after which the run
//                                                   went on (RunRequest::expect_error_lines)
//   {"s": line, "value": {...}}                     the value a statement left in its target
//   {"at": line}                                    top-level line running when asked (SIGUSR1)
//                                                   or calling os._exit
// and, after a fatal signal, faulthandler's plain-text stack, read for its <module> line.
//   {"end": "ok"|"raised", "pid", "detail", "exception"}  the snippet finished
#pragma once

#include <sys/types.h>

#include <string>

#include "harness/run/observation.h"

namespace notecheck {

class EventStream {
 public:
  // Only the snippet's own process may end the run: a process it forked that falls through to
  // the runner's epilogue reports with another pid.
  explicit EventStream(pid_t child_pid) : child_pid_(child_pid) {}

  void feed(const char* data, size_t size, Observation& observation);
  bool ended() const { return ended_; }
  size_t bytes() const { return bytes_; }

 private:
  void apply(const std::string& line, Observation& observation);

  pid_t child_pid_;
  std::string partial_;
  size_t bytes_ = 0;
  bool ended_ = false;
};

}  // namespace notecheck
