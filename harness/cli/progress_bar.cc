#include "harness/cli/progress_bar.h"

#include <fmt/format.h>

#include <cstdio>
#include <string>

namespace notecheck {

namespace {
using Clock = std::chrono::steady_clock;
constexpr auto kQuietStart = std::chrono::seconds(1);     // short runs show nothing
constexpr auto kRedraw = std::chrono::milliseconds(100);  // no flicker on fast batches
constexpr int kWidth = 30;
}  // namespace

ProgressBar::ProgressBar(bool enabled)
    : enabled_(enabled), start_(Clock::now()), last_draw_(Clock::now()) {}

ProgressBar::~ProgressBar() { finish(); }

void ProgressBar::add(size_t runs) {
  total_ += runs;
  draw();
}

void ProgressBar::advance() {
  ++done_;
  draw();
}

void ProgressBar::draw() {
  if (!enabled_ || total_ == 0) return;
  auto now = Clock::now();
  if (now - start_ < kQuietStart || (drawn_ && now - last_draw_ < kRedraw && done_ < total_))
    return;
  last_draw_ = now;
  int filled = static_cast<int>(kWidth * done_ / total_);
  double seconds = std::chrono::duration<double>(now - start_).count();
  std::string bar = std::string(filled, '#') + std::string(kWidth - filled, '.');
  std::fprintf(stderr, "\r\x1b[Knotecheck [%s] %zu/%zu snippet runs, %.0fs", bar.c_str(), done_,
               total_, seconds);
  std::fflush(stderr);
  drawn_ = true;
}

void ProgressBar::finish() {
  if (!drawn_) return;
  std::fprintf(stderr, "\r\x1b[K");
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace notecheck
