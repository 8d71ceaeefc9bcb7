// Fuzz target: the whole extract stage (Markdown or plain text -> snippets and claims) on
// arbitrary bytes, with the real CPython syntax checker. The first byte picks the document
// kind, so both the Markdown and the unfenced-text paths are reached.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "extract/document.h"
#include "extract/extractor.h"
#include "harness/run/python_syntax_checker.h"

// CPython keeps interned objects and caches for the life of the process: not leaks of ours.
extern "C" const char* __asan_default_options() { return "detect_leaks=0"; }

namespace {
notecheck::SyntaxChecker* g_checker = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  static std::unique_ptr<notecheck::SyntaxChecker> checker =
      notecheck::make_python_syntax_checker();
  g_checker = checker.get();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const char* path = (data[0] & 1) ? "fuzz.md" : "fuzz.txt";
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  notecheck::Document doc = notecheck::make_document(path, std::move(text));
  std::vector<notecheck::Snippet> snippets = notecheck::extract_snippets(doc, *g_checker);
  // Every line_map entry must point at a line of the document.
  for (const notecheck::Snippet& s : snippets) {
    for (int line : s.line_map) {
      if (line < 1 || line > static_cast<int>(doc.lines.size())) __builtin_trap();
    }
  }
  return 0;
}
