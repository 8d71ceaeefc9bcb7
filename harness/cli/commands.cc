#include "harness/cli/commands.h"

#include <filesystem>
#include <iostream>
#include <set>

#include <fmt/format.h>

#include "extract/claims.h"
#include "extract/continuation.h"
#include "extract/extractor.h"
#include "extract/snippet_file.h"
#include "harness/cli/inputs.h"
#include "harness/cli/pipeline.h"
#include "harness/run/process_runner.h"
#include "harness/run/python_syntax_checker.h"
#include "util/file.h"

namespace notecheck {
namespace {

std::vector<Document> read_documents(const std::vector<std::string>& paths) {
  std::vector<Document> docs;
  for (const std::string& path : collect_inputs(paths)) docs.push_back(read_document(path));
  return docs;
}

RunOptions run_options(const CommonOptions& o) {
  RunOptions r;
  r.jobs = o.jobs;
  r.timeout_seconds = o.timeout;
  return r;
}

}  // namespace

int extract_command(const std::vector<std::string>& paths, const std::string& out_dir,
                    const CommonOptions& options) {
  namespace fs = std::filesystem;
  std::vector<Document> docs = read_documents(paths);
  auto checker = make_python_syntax_checker();
  int status = 0;
  int written = 0;
  std::set<std::string> folders;
  for (const Document& doc : docs) {
    if (!doc.error.empty()) {
      std::cerr << fmt::format("{}: error: {}\n", doc.path, doc.error);
      status = 2;
      continue;
    }
    std::string folder = document_folder(doc.path);
    if (!folders.insert(folder).second)
      std::cerr << fmt::format(
          "{}: warning: another document is also named {}; its files are "
          "overwritten\n",
          doc.path, folder);
    // A fresh folder per document: stale snippets of an earlier extraction must not linger.
    std::error_code ec;
    fs::remove_all(fs::path(out_dir) / "snippets" / folder, ec);
    fs::remove_all(fs::path(out_dir) / "expected" / folder, ec);
    std::vector<Snippet> snippets = extract_snippets(doc, *checker);
    if (options.continuation) infer_continuations(snippets, *checker);
    for (const Snippet& s : snippets) {
      SnippetPaths p = snippet_paths(s, out_dir);
      std::string error;
      if (!write_file_atomic(p.snippet, snippet_file_text(s), &error) ||
          !write_file_atomic(p.expected, expected_file_text(s), &error)) {
        std::cerr << fmt::format("{}: error: {}\n", p.snippet, error);
        return 2;
      }
      ++written;
    }
  }
  if (!options.quiet)
    std::cout << fmt::format("notecheck: wrote {} snippets from {} documents to {}\n", written,
                             docs.size(), out_dir);
  return status;
}

namespace {
// The person may have edited the code or its comments since extraction: comment claims are
// found again in the code as it is now; doctest output (not in the code) comes from expected/.
void refresh_comment_claims(Snippet& s, SyntaxChecker& checker) {
  if (!s.runnable || s.origin == "doctest") return;
  s.claims.clear();
  attach_claims(s, checker);
}
}  // namespace

int run_command(const std::vector<std::string>& snippet_files, const CommonOptions& options) {
  namespace fs = std::filesystem;
  auto checker = make_python_syntax_checker();
  std::vector<Snippet> snippets;
  std::vector<Document> docs;
  std::set<std::string> seen;
  std::vector<std::string> readable;  // the snippet files read, in the order given
  bool unreadable = false;            // one that is not is reported; the others still run
  for (const std::string& path : snippet_files) {
    try {
      Snippet s = read_snippet_file(path);
      refresh_comment_claims(s, *checker);
      // Messages point at the document when it is still there, else at the snippet file.
      if (seen.insert(s.document).second) {
        Document d = read_document(s.document);
        if (!d.error.empty()) d = Document{s.document, "", {}, "", ""};
        docs.push_back(std::move(d));
      }
      snippets.push_back(std::move(s));
      readable.push_back(path);
    } catch (const std::exception& e) {
      std::cerr << "notecheck: " << e.what() << "\n";
      unreadable = true;
    }
  }
  // The earlier snippets a snippet continues are its siblings in the same folder.
  std::vector<Snippet> context;
  for (size_t i = 0; i < snippets.size() && options.continuation; ++i) {
    fs::path folder = fs::path(readable[i]).parent_path();
    for (int index : snippets[i].continues) {
      std::error_code ec;
      for (const auto& e : fs::directory_iterator(folder, ec)) {
        if (e.path().filename().string().rfind(fmt::format("{:03}_", index), 0) != 0) continue;
        try {
          context.push_back(read_snippet_file(e.path().string()));
        } catch (const std::exception& ex) {
          std::cerr << "notecheck: " << ex.what() << "\n";
        }
      }
    }
  }
  ProcessRunner runner(run_options(options));
  PipelineOptions pipeline;
  pipeline.continuation = options.continuation;
  CheckResult result =
      check_snippets(std::move(docs), std::move(snippets), runner, pipeline, context);
  int status = emit_reports(result, options);
  return unreadable ? 2 : status;
}

}  // namespace notecheck
