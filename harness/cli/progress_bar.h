// A progress bar on stderr for runs longer than a second, drawn only when stderr is a terminal
// (nothing extra in CI logs or pipes) and erased when the run ends, so the report starts clean.
#pragma once

#include <chrono>
#include <cstddef>

namespace notecheck {

class ProgressBar {
 public:
  explicit ProgressBar(bool enabled);
  ~ProgressBar();
  void add(size_t runs);  // runs asked for (several batches per check)
  void advance();         // one run finished
  void finish();          // erase the bar

 private:
  void draw();
  bool enabled_;
  bool drawn_ = false;
  size_t total_ = 0;
  size_t done_ = 0;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_draw_;
};

}  // namespace notecheck
