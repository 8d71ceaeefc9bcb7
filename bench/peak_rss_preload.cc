// LD_PRELOAD=libpeak_rss_preload.so PEAK_RSS_FILE=out notecheck ...: at exit, appends the
// process's own peak resident set (VmHWM, kB) to PEAK_RSS_FILE. notecheck starts its workers
// with a fresh environment, so only the notecheck process itself reports; snippet children
// leave with _exit and never do.
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

__attribute__((destructor)) void report_peak_rss() {
  const char* path = std::getenv("PEAK_RSS_FILE");
  if (path == nullptr) return;
  FILE* status = std::fopen("/proc/self/status", "r");
  if (status == nullptr) return;
  char line[256];
  long kb = -1;
  while (std::fgets(line, sizeof line, status)) {
    if (std::strncmp(line, "VmHWM:", 6) == 0) kb = std::atol(line + 6);
  }
  std::fclose(status);
  FILE* out = std::fopen(path, "a");
  if (out == nullptr) return;
  std::fprintf(out, "%ld\n", kb);
  std::fclose(out);
}

}  // namespace
