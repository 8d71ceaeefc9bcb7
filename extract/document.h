// A document as read from disk: decoded text split into lines, plus what went wrong reading it.
#pragma once

#include <string>
#include <vector>

namespace notecheck {

struct Document {
  std::string path;                // as the user named it (relative paths stay relative)
  std::string text;                // UTF-8 text after any repair; "\r\n" folded to "\n"
  std::vector<std::string> lines;  // text split on '\n', without the terminators
  std::string repair;              // what was repaired (e.g. mojibake), empty if nothing
  std::string error;               // non-empty: the document could not be read; lines are empty
  int error_line = 0;              // the 1-based line the error is at (bad bytes), 0 if none

  // 1-based access; returns "" out of range so callers can quote context safely.
  const std::string& line(int number) const;
};

// Where a document's error is, as messages start: "notes.md:3" or "notes.md".
std::string error_location(const Document& doc);

// Reads a file. Never throws: unreadable, binary or invalid input sets `error`.
Document read_document(const std::string& path);

// Builds a document from text already in memory (tests, stdin).
Document make_document(std::string path, std::string text);

}  // namespace notecheck
