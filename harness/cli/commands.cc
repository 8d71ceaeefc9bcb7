#include "harness/cli/commands.h"

#include <filesystem>
#include <iostream>
#include <map>
#include <set>

#include <fmt/format.h>

#include "extract/claims.h"
#include "extract/continuation.h"
#include "extract/extractor.h"
#include "extract/snippet_file.h"
#include "harness/cli/cached_extraction.h"
#include "harness/cli/config.h"
#include "harness/cli/inputs.h"
#include "harness/cli/pipeline.h"
#include "harness/run/embedded_python.h"
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

// Makes `folder` hold exactly `files` (name -> content): a file whose content is already right
// is not touched, and an earlier extraction's snippets that are gone are removed. Rewriting
// every file on each extraction cost more than the extraction (ext4 creating inodes).
bool sync_folder(const std::filesystem::path& folder,
                 const std::map<std::string, std::string>& files, std::string* error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    std::error_code ec2;
    if (!files.count(entry.path().filename().string()) && entry.is_regular_file(ec2))
      fs::remove(entry.path(), ec2);
  }
  for (const auto& [name, content] : files) {
    std::string path = (folder / name).string();
    if (read_file(path) == content) continue;
    if (!write_file_atomic(path, content, error)) {
      *error = path + ": " + *error;
      return false;
    }
  }
  return true;
}

}  // namespace

int extract_command(const std::vector<std::string>& paths, const std::string& out_dir,
                    const CommonOptions& options) {
  namespace fs = std::filesystem;
  std::vector<Document> docs = read_documents(paths);
  auto checker = make_python_syntax_checker();
  CacheStore store(options.cache ? options.cache_dir : "");
  CacheVersions versions{notecheck_build(NOTECHECK_VERSION), embedded_python_version()};
  std::vector<ExtractionTask> tasks;
  tasks.reserve(docs.size());
  for (const Document& doc : docs)  // the settings check uses, so that both share the cache
    tasks.push_back(
        {&doc, settings_for(options.config, doc.path).continuation.value_or(options.continuation)});
  int status = 0;
  int written = 0;
  std::set<std::string> folders;
  std::string write_error;
  // Each document's files are written as soon as it and the documents before it are extracted
  // (in their order, so that of two documents with the same name the later one wins).
  auto write = [&](size_t d, const std::vector<Snippet>& snippets) {
    const Document& doc = docs[d];
    if (!write_error.empty()) return;
    if (!doc.error.empty()) {
      std::cerr << fmt::format("{}: error: {}\n", error_location(doc), doc.error);
      status = 2;
      return;
    }
    std::string folder = document_folder(doc.path);
    if (!folders.insert(folder).second)
      std::cerr << fmt::format(
          "{}: warning: another document is also named {}; its files are "
          "overwritten\n",
          doc.path, folder);
    std::map<std::string, std::string> code_files, expected_files;
    for (const Snippet& s : snippets) {
      SnippetPaths p = snippet_paths(s, out_dir);
      code_files[fs::path(p.snippet).filename().string()] = snippet_file_text(s);
      expected_files[fs::path(p.expected).filename().string()] = expected_file_text(s);
    }
    if (sync_folder(fs::path(out_dir) / "snippets" / folder, code_files, &write_error) &&
        sync_folder(fs::path(out_dir) / "expected" / folder, expected_files, &write_error))
      written += static_cast<int>(snippets.size());
  };
  ExtractionStats stats;
  extract_documents(tasks, *checker, store, versions, &stats,
                    {extraction_processes(options.jobs), make_python_syntax_checker,
                     embedded_python_fork_hooks()},
                    write);
  if (!write_error.empty()) {
    std::cerr << fmt::format("notecheck: error: {}\n", write_error);
    return 2;
  }
  if (options.verbose)
    std::cerr << fmt::format("notecheck: cache {}: {}\n", store.enabled() ? store.root() : "off",
                             extraction_counts(stats));
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
