#include "harness/run/framing.h"

#include <errno.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace notecheck {

namespace {

constexpr int kWriteStallMs = 30000;

std::string encode_length(uint32_t n) {
  return {static_cast<char>(n & 0xff), static_cast<char>((n >> 8) & 0xff),
          static_cast<char>((n >> 16) & 0xff), static_cast<char>((n >> 24) & 0xff)};
}

uint32_t decode_length(const char* p) {
  auto b = [p](int i) { return static_cast<uint32_t>(static_cast<unsigned char>(p[i])); };
  return b(0) | (b(1) << 8) | (b(2) << 16) | (b(3) << 24);
}

bool read_exact(int fd, char* data, size_t size) {
  while (size > 0) {
    ssize_t n = read(fd, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

bool write_all(int fd, const char* data, size_t size) {
  bool is_socket = true;
  while (size > 0) {
    // send(MSG_NOSIGNAL) so a dead peer gives EPIPE instead of killing us; pipes need write().
    ssize_t n = is_socket ? send(fd, data, size, MSG_NOSIGNAL) : write(fd, data, size);
    if (n < 0 && errno == ENOTSOCK && is_socket) {
      is_socket = false;
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
      // A non-blocking fd whose reader is busy: wait for room, but not forever.
      pollfd room{fd, POLLOUT, 0};
      if (poll(&room, 1, kWriteStallMs) > 0) continue;
      return false;
    }
    if (n <= 0) return false;
    data += n;
    size -= static_cast<size_t>(n);
  }
  return true;
}

bool write_frame(int fd, const std::string& payload) {
  if (payload.size() > kMaxFrameBytes) return false;
  std::string frame = encode_length(static_cast<uint32_t>(payload.size()));
  frame += payload;
  return write_all(fd, frame.data(), frame.size());
}

std::optional<std::string> read_frame(int fd) {
  char header[4];
  if (!read_exact(fd, header, 4)) return std::nullopt;
  uint32_t size = decode_length(header);
  if (size > kMaxFrameBytes) return std::nullopt;
  std::string payload(size, '\0');
  if (!read_exact(fd, payload.data(), size)) return std::nullopt;
  return payload;
}

std::optional<std::string> FrameBuffer::next() {
  if (bytes_.size() - start_ < 4) return std::nullopt;
  uint32_t size = decode_length(bytes_.data() + start_);
  if (size > kMaxFrameBytes) {
    error_ = true;
    return std::nullopt;
  }
  if (bytes_.size() - start_ - 4 < size) return std::nullopt;
  std::string payload = bytes_.substr(start_ + 4, size);
  start_ += 4 + size;
  if (start_ == bytes_.size() || start_ > (1u << 20)) {
    bytes_.erase(0, start_);
    start_ = 0;
  }
  return payload;
}

}  // namespace notecheck
