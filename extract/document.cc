#include "extract/document.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "extract/mojibake.h"
#include "util/file.h"
#include "util/text.h"
#include "util/utf8.h"

namespace notecheck {
namespace {

constexpr size_t kMaxNoteLineBytes = 10 << 20;

int line_of_offset(const std::string& text, size_t offset) {
  int line = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) line += text[i] == '\n';
  return line;
}

// "\r\n" and lone "\r" become "\n", in one pass so huge inputs stay linear.
std::string fold_line_ends(std::string text) {
  if (text.find('\r') == std::string::npos) return text;
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
    } else {
      out += '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    }
  }
  return out;
}

Document failed(std::string path, std::string error, int line = 0) {
  Document doc;
  doc.path = std::move(path);
  doc.error = std::move(error);
  doc.error_line = line;
  return doc;
}

}  // namespace

std::string error_location(const Document& doc) {
  return doc.error_line > 0 ? doc.path + ":" + std::to_string(doc.error_line) : doc.path;
}

const std::string& Document::line(int number) const {
  static const std::string kEmpty;
  if (number < 1 || number > static_cast<int>(lines.size())) return kEmpty;
  return lines[number - 1];
}

Document read_document(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    return failed(path, errno == ENOENT ? "no such file" : std::strerror(errno));
  }
  if (S_ISDIR(st.st_mode)) return failed(path, "is a directory, not a note");
  if (!S_ISREG(st.st_mode)) return failed(path, "not a regular file");
  std::string error;
  std::optional<std::string> text = read_file(path, &error);
  if (!text) return failed(path, "cannot read: " + error);
  return make_document(path, std::move(*text));
}

Document make_document(std::string path, std::string text) {
  size_t nul = text.find('\0');
  if (nul != std::string::npos) {
    return failed(std::move(path), "binary file (a NUL byte)", line_of_offset(text, nul));
  }
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  text = fold_line_ends(std::move(text));
  size_t bad = find_invalid_utf8(text);
  if (bad != std::string::npos) {
    return failed(std::move(path), "invalid UTF-8", line_of_offset(text, bad));
  }
  // A line of many megabytes is a data dump, not a note; say so instead of scanning it.
  for (size_t start = 0, end; start < text.size(); start = end + 1) {
    end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end - start > kMaxNoteLineBytes) {
      return failed(std::move(path),
                    "a line of " + std::to_string((end - start) >> 20) + " MB: not a note",
                    line_of_offset(text, start));
    }
  }
  Document doc;
  doc.path = std::move(path);
  std::string repaired;
  if (repair_mojibake(text, &repaired, &doc.repair)) text = std::move(repaired);
  doc.lines = split_lines(text);
  doc.text = std::move(text);
  return doc;
}

}  // namespace notecheck
