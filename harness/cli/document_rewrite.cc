#include "harness/cli/document_rewrite.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

#include "util/file.h"
#include "util/text.h"

namespace notecheck {

namespace fs = std::filesystem;

namespace {

constexpr int kContext = 3;
constexpr const char* kBom = "\xEF\xBB\xBF";

// Lines with their terminators ("\n", "\r\n", or none for a last line without one).
std::vector<std::string> raw_lines(const std::string& text) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string::npos ? text.size() : nl + 1;
    out.push_back(text.substr(pos, end - pos));
    pos = end;
  }
  return out;
}

std::string content_of(std::string line, bool first) {
  if (!line.empty() && line.back() == '\n') line.pop_back();
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (first && starts_with(line, kBom)) line.erase(0, 3);
  return line;
}

std::string terminator_of(const std::string& line) {
  if (ends_with(line, "\r\n")) return "\r\n";
  return ends_with(line, "\n") ? "\n" : "";
}

void diff_line(std::string& out, char mark, const std::string& line) {
  out += mark;
  out += line.back() == '\n' ? line.substr(0, line.size() - 1) : line;
  out += "\n";
  if (line.back() != '\n') out += "\\ No newline at end of file\n";
}

// Unified diff of `old_lines` -> `new_lines`, where the edits (in old line numbers) are the only
// changes. Edits whose context overlaps share a hunk.
std::string unified_diff(const std::string& path, const std::vector<std::string>& old_lines,
                         const std::vector<LineEdit>& edits,
                         const std::vector<std::vector<std::string>>& new_raw) {
  bool relative = !path.empty() && path[0] != '/';
  std::string out =
      fmt::format("--- {}{}\n+++ {}{}\n", relative ? "a/" : "", path, relative ? "b/" : "", path);
  int total = static_cast<int>(old_lines.size());
  int shift = 0;  // new line number minus old line number before the current hunk
  for (size_t i = 0; i < edits.size();) {
    size_t j = i;
    while (j + 1 < edits.size() &&
           edits[j + 1].first - kContext <= edits[j].first + edits[j].count - 1 + kContext + 1)
      ++j;
    int start = std::max(1, edits[i].first - kContext);
    int end = std::min(total, edits[j].first + edits[j].count - 1 + kContext);
    std::string body;
    int old_count = 0, new_count = 0;
    int line = start;
    for (size_t k = i; k <= j; ++k) {
      for (; line < edits[k].first; ++line, ++old_count, ++new_count)
        diff_line(body, ' ', old_lines[line - 1]);
      for (int c = 0; c < edits[k].count; ++c, ++old_count)
        diff_line(body, '-', old_lines[line - 1 + c]);
      for (const std::string& l : new_raw[k]) diff_line(body, '+', l), ++new_count;
      line += edits[k].count;
    }
    for (; line <= end; ++line, ++old_count, ++new_count) diff_line(body, ' ', old_lines[line - 1]);
    out += fmt::format("@@ -{},{} +{},{} @@\n", start, old_count, start + shift, new_count);
    out += body;
    shift += new_count - old_count;
    i = j + 1;
  }
  return out;
}

}  // namespace

std::optional<Rewrite> rewrite_document(const Document& doc, const std::vector<LineEdit>& edits,
                                        std::string* error) {
  std::optional<std::string> raw = read_file(doc.path, error);
  if (!raw) return std::nullopt;
  std::vector<std::string> old_lines = raw_lines(*raw);
  std::string eol = old_lines.empty() ? "\n" : terminator_of(old_lines[0]);
  if (eol.empty()) eol = "\n";
  if (old_lines.size() != doc.lines.size()) {
    if (error) *error = "changed since it was checked";
    return std::nullopt;
  }
  for (size_t i = 0; i < old_lines.size(); ++i) {
    if (content_of(old_lines[i], i == 0) != doc.lines[i]) {
      if (error) *error = "changed since it was checked";
      return std::nullopt;
    }
  }
  std::vector<std::vector<std::string>> new_raw;
  for (const LineEdit& e : edits) {
    std::vector<std::string> lines;
    std::string last_end = terminator_of(old_lines[e.first + e.count - 2]);
    for (size_t k = 0; k < e.lines.size(); ++k) {
      bool bom = e.first == 1 && k == 0 && starts_with(old_lines[0], kBom);
      lines.push_back((bom ? kBom : "") + e.lines[k] + (k + 1 == e.lines.size() ? last_end : eol));
    }
    new_raw.push_back(std::move(lines));
  }
  Rewrite r;
  r.old_text = *raw;
  int next = 1;
  for (size_t k = 0; k < edits.size(); ++k) {
    for (; next < edits[k].first; ++next) r.new_text += old_lines[next - 1];
    for (const std::string& l : new_raw[k]) r.new_text += l;
    next = edits[k].first + edits[k].count;
  }
  for (; next <= static_cast<int>(old_lines.size()); ++next) r.new_text += old_lines[next - 1];
  r.diff = unified_diff(doc.path, old_lines, edits, new_raw);
  return r;
}

bool replace_file_atomic(const std::string& path, const std::string& content, std::string* error) {
  auto fail = [&](const std::string& what) {
    if (error) *error = what + ": " + std::strerror(errno);
    return false;
  };
  std::error_code ec;
  fs::path target = fs::is_symlink(path, ec) ? fs::canonical(path, ec) : fs::path(path);
  struct stat st {};
  if (::stat(target.c_str(), &st) != 0) return fail("stat");
  fs::path tmp = target.parent_path() /
                 fmt::format(".{}.notecheck-fix.{}", target.filename().string(), getpid());
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, st.st_mode & 07777);
  if (fd < 0) return fail("create " + tmp.string());
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::close(fd);
      ::unlink(tmp.c_str());
      return fail("write");
    }
    done += static_cast<size_t>(n);
  }
  // Same permissions (umask may have narrowed them) and, when allowed, the same owner.
  if (::fchmod(fd, st.st_mode & 07777) != 0 || ::fsync(fd) != 0) {
    ::close(fd);
    ::unlink(tmp.c_str());
    return fail("write");
  }
  if (::fchown(fd, st.st_uid, st.st_gid) != 0) {
    // Not the owner and not root: the file becomes ours, as any editor's save would.
  }
  ::close(fd);
  if (::rename(tmp.c_str(), target.c_str()) != 0) {
    int saved = errno;
    ::unlink(tmp.c_str());
    errno = saved;
    return fail("rename");
  }
  return true;
}

}  // namespace notecheck
