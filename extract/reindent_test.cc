// Re-indentation of the flat code in ../shared/notes/003 (a PDF exported to text), against
// re-indentations written by hand from the text in tests/data/reindent_003/L<line>.py.
#include "extract/reindent.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/document.h"
#include "harness/run/python_syntax_checker.h"
#include "util/text.h"

namespace notecheck {
namespace {

namespace fs = std::filesystem;

const std::string kGoldDir = NOTECHECK_SOURCE_DIR "/tests/data/reindent_003";

SyntaxChecker& checker() {
  static std::unique_ptr<SyntaxChecker> c = make_python_syntax_checker();
  return *c;
}

const Document& note_003() {
  static const Document doc = [] {
    for (const auto& e : fs::directory_iterator(NOTECHECK_SOURCE_DIR "/../shared/notes")) {
      if (e.path().filename().string().rfind("003_", 0) == 0) return read_document(e.path());
    }
    return Document{};
  }();
  return doc;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

struct Gold {
  int start = 0;
  std::vector<std::string> lines;
};

std::vector<Gold> gold_files() {
  std::vector<Gold> out;
  for (const auto& e : fs::directory_iterator(kGoldDir)) {
    std::string name = e.path().stem().string();  // L0123
    out.push_back({std::stoi(name.substr(1)), split_lines(read_file(e.path()))});
  }
  std::sort(out.begin(), out.end(), [](const Gold& a, const Gold& b) { return a.start < b.start; });
  return out;
}

// The flat lines of 003 that a gold file re-indents (a first line glued to prose starts
// where the gold's first line does).
std::vector<SourceLine> flat_lines(const Gold& g) {
  std::vector<SourceLine> lines;
  for (size_t i = 0; i < g.lines.size(); ++i) {
    int doc_line = g.start + static_cast<int>(i);
    std::string text = note_003().line(doc_line);
    std::string want(trim(g.lines[i]));
    if (i == 0 && text != want && ends_with(text, want)) text = want;
    lines.push_back({doc_line, text});
  }
  return lines;
}

// Same statements, at the same lines and depths: the same AST for identical tokens.
std::string shape(const std::string& code) {
  Analysis a = checker().analyze(code);
  if (!a.syntax.ok) return "does not compile: " + a.syntax.message;
  std::string out;
  for (const StatementInfo& s : a.statements) {
    out += std::to_string(s.line) + "-" + std::to_string(s.end_line) + " " + s.kind + " @" +
           std::to_string(s.depth) + "\n";
  }
  return out;
}

size_t indent(const std::string& line) {
  size_t n = line.find_first_not_of(' ');
  return n == std::string::npos ? 0 : n;
}

// The code lines (not comments) whose indentation differs from the gold, for the message.
std::string diff(const Gold& g, const std::string& code) {
  std::vector<std::string> got = split_lines(code);
  std::string out;
  for (size_t i = 0; i < g.lines.size() && i < got.size(); ++i) {
    std::string_view text = trim(g.lines[i]);
    if (text.empty() || text[0] == '#' || indent(got[i]) == indent(g.lines[i])) continue;
    out += "\n  " + std::to_string(g.start + i) + ": got " + std::to_string(indent(got[i]) / 4) +
           " want " + std::to_string(indent(g.lines[i]) / 4) + ": " + std::string(text);
  }
  return out;
}

TEST(Reindent, GoldFilesHoldTheNoteTextLineForLine) {
  std::vector<Gold> gold = gold_files();
  ASSERT_GE(gold.size(), 30u);
  for (const Gold& g : gold) {
    std::vector<SourceLine> flat = flat_lines(g);
    for (size_t i = 0; i < g.lines.size(); ++i) {
      EXPECT_EQ(trim(flat[i].text), trim(g.lines[i])) << "L" << g.start << " line " << i + 1;
    }
    EXPECT_EQ(shape(join(g.lines, "\n")).rfind("does not compile", 0), std::string::npos)
        << "gold L" << g.start;
  }
}

TEST(Reindent, RebuildsAtLeastNinetyPercentOfTheGoldStructuresExactly) {
  std::vector<Gold> gold = gold_files();
  int exact = 0;
  std::string misses;
  for (const Gold& g : gold) {
    std::vector<Snippet> got = reindent_run(flat_lines(g), checker());
    std::string want = shape(join(g.lines, "\n") + "\n");
    bool same = got.size() == 1 && got[0].runnable && shape(got[0].code) == want;
    if (same) {
      ++exact;
      continue;
    }
    misses += "\nL" + std::to_string(g.start) + ":";
    if (got.size() != 1) misses += " " + std::to_string(got.size()) + " pieces";
    if (!got.empty()) misses += " " + got[0].reason + diff(g, got[0].code);
  }
  double share = static_cast<double>(exact) / gold.size();
  std::cout << "re-indentation exact matches: " << exact << "/" << gold.size() << " ("
            << static_cast<int>(share * 100 + 0.5) << "%)" << misses << "\n";
  EXPECT_GE(share, 0.9) << misses;
}

}  // namespace
}  // namespace notecheck
