// The zygote protocol's framing: each message is a 4-byte little-endian length followed by that
// many bytes of JSON text. Used on the socket between notecheck and each zygote.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace notecheck {

// Frames larger than this are a protocol error (a runaway response, not a real observation).
constexpr uint32_t kMaxFrameBytes = 512u << 20;

// Writes all of `data`, retrying on EINTR and short writes. Never raises SIGPIPE on sockets.
// Returns false on any error (e.g. EPIPE: the reader is gone).
bool write_all(int fd, const char* data, size_t size);

bool write_frame(int fd, const std::string& payload);

// Blocking read of one frame; nullopt on EOF, error or an oversized frame.
std::optional<std::string> read_frame(int fd);

// Reassembles frames from bytes read in arbitrary chunks (for non-blocking readers).
class FrameBuffer {
 public:
  void append(const char* data, size_t size) { bytes_.append(data, size); }
  // The next complete frame, if one has arrived. Sets `error()` on an oversized frame.
  std::optional<std::string> next();
  bool error() const { return error_; }

 private:
  std::string bytes_;
  size_t start_ = 0;  // consumed prefix of bytes_, compacted lazily
  bool error_ = false;
};

}  // namespace notecheck
