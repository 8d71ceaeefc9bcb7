#include "harness/cli/cached_extraction.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <stdexcept>

#include "harness/cache/snippet_json.h"
#include "harness/run/embedded_python.h"
#include "harness/run/python_syntax_checker.h"

namespace notecheck {
namespace {

const std::string kNotes = NOTECHECK_SOURCE_DIR "/../shared/notes";

std::vector<Document> seed_notes() {
  std::vector<std::string> paths;
  for (const auto& e : std::filesystem::directory_iterator(kNotes)) paths.push_back(e.path());
  std::sort(paths.begin(), paths.end());
  std::vector<Document> docs;
  docs.reserve(paths.size());
  for (const std::string& p : paths) docs.push_back(read_document(p));
  return docs;
}

std::vector<ExtractionTask> tasks_of(const std::vector<Document>& docs) {
  std::vector<ExtractionTask> tasks;
  tasks.reserve(docs.size());
  for (const Document& d : docs) tasks.push_back({&d, true});
  return tasks;
}

std::string as_json(const std::vector<std::vector<Snippet>>& all) {
  nlohmann::json j = nlohmann::json::array();
  for (const auto& snippets : all) {
    nlohmann::json list = nlohmann::json::array();
    for (const Snippet& s : snippets) list.push_back(to_json(s));
    j.push_back(list);
  }
  return j.dump(1);
}

// A checker that fails on the first question, as a child whose interpreter broke would.
class BrokenChecker : public SyntaxChecker {
 public:
  SyntaxResult check(const std::string&) override { throw std::runtime_error("broken"); }
  Analysis analyze(const std::string&) override { throw std::runtime_error("broken"); }
};

struct Extracted {
  std::vector<std::vector<Snippet>> snippets;
  ExtractionStats stats;
  std::vector<size_t> handed;
  size_t handed_snippets = 0;
};

Extracted extract(const std::vector<Document>& docs, const ExtractionProcesses& processes) {
  std::unique_ptr<SyntaxChecker> checker = make_python_syntax_checker();
  CacheStore no_cache("");
  Extracted e;
  e.snippets = extract_documents(tasks_of(docs), *checker, no_cache, {"test", "3.11"}, &e.stats,
                                 processes, [&](size_t task, const std::vector<Snippet>& s) {
                                   e.handed.push_back(task);
                                   e.handed_snippets += s.size();
                                 });
  return e;
}

TEST(ExtractDocuments, ASecondProcessExtractsTheSameSnippetsOfTheSeedNotes) {
  std::vector<Document> docs = seed_notes();
  Extracted one = extract(docs, {});
  Extracted two = extract(docs, {2, make_python_syntax_checker, embedded_python_fork_hooks()});
  EXPECT_EQ(one.stats.forked, 0);
  // The PDF export (003, its re-indentation search) outweighs the other four together.
  EXPECT_EQ(two.stats.forked, 1);
  EXPECT_EQ(two.stats.misses, 5);
  EXPECT_EQ(as_json(one.snippets), as_json(two.snippets));
  // Handed on in the documents' order, each once, whichever process extracted it.
  std::vector<size_t> in_order = {0, 1, 2, 3, 4};
  EXPECT_EQ(one.handed, in_order);
  EXPECT_EQ(two.handed, in_order);
  size_t total = 0;
  for (const auto& s : two.snippets) total += s.size();
  EXPECT_EQ(two.handed_snippets, total);
  // (004, the navigation page, has no code: its empty list is handed on all the same.)
  EXPECT_TRUE(two.snippets[4].empty());
}

TEST(ExtractDocuments, WhatAFailedSecondProcessTookIsExtractedHere) {
  std::vector<Document> docs = seed_notes();
  Extracted one = extract(docs, {});
  Extracted failed =
      extract(docs, {2, [] { return std::unique_ptr<SyntaxChecker>(new BrokenChecker); }});
  EXPECT_EQ(failed.stats.forked, 0);
  EXPECT_EQ(failed.stats.forked_error, "the child failed (exit status 1)");
  EXPECT_EQ(extraction_counts(failed.stats),
            "extraction 0 reused, 5 done (second process: the child failed (exit status 1); its "
            "share was done here)");
  EXPECT_EQ(as_json(one.snippets), as_json(failed.snippets));
}

TEST(ExtractDocuments, LittleWorkStaysInOneProcess) {
  std::vector<Document> docs = {make_document("a.md", "```python\nx = 1\n```\n"),
                                make_document("b.md", "```python\nprint(2)  # 2\n```\n")};
  Extracted e = extract(docs, {2, make_python_syntax_checker});
  EXPECT_EQ(e.stats.forked, 0);  // a second interpreter would cost more than it saves
  EXPECT_EQ(e.snippets[1].size(), 1u);
}

}  // namespace
}  // namespace notecheck
