#include "harness/cache/cache_keys.h"

#include <sys/stat.h>

#include <filesystem>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "harness/cache/sha256.h"

namespace notecheck {

std::string notecheck_build(const std::string& version) {
  struct stat st {};
  if (::stat("/proc/self/exe", &st) != 0) return version;
  return fmt::format("{} ({} bytes, {}.{:09})", version, st.st_size, st.st_mtim.tv_sec,
                     st.st_mtim.tv_nsec);
}

std::string document_identity(const std::string& path) {
  std::error_code ec;
  std::filesystem::path p = std::filesystem::absolute(path, ec);
  if (!ec) p = std::filesystem::weakly_canonical(p, ec);
  return ec ? path : p.string();
}

std::string extraction_key(const Document& doc, bool continuation, const CacheVersions& v) {
  Sha256 h;
  h.field("extraction/4").field(v.notecheck).field(v.python);
  h.field(document_identity(doc.path))
      .field(doc.text)
      .field(continuation ? "continuation" : "alone");
  return h.hex();
}

std::string run_key(const RunRequest& r, const RunOptions& limits, const CacheVersions& v) {
  Sha256 h;
  h.field("run/2").field(v.notecheck).field(v.python);
  h.field(r.code).field(r.mode).field(r.prelude_definitions_only ? "definitions" : "whole");
  h.field(std::to_string(r.prelude.size()));
  for (const std::string& p : r.prelude) h.field(p);
  h.field(fmt::format("{}", fmt::join(r.expect_error_lines, ",")));
  h.field(fmt::format("{}", fmt::join(r.state_lines, ",")));
  h.field(std::to_string(r.attempt));
  for (const Probe& p : r.probes) h.field(std::to_string(p.line)).field(p.code);
  h.field(r.keep_going ? "keep-going" : "stop");
  // Not the filename ("notes.md:12"): it only labels tracebacks, and keying on it would re-run
  // every later snippet of a document after an edit that adds a line above them.
  h.field(fmt::format("{}/{}/{}", limits.timeout_seconds, limits.output_limit_bytes,
                      limits.memory_limit_bytes));
  return h.hex();
}

}  // namespace notecheck
