#include "harness/cli/pipeline.h"

#include <fmt/format.h>

#include "extract/extractor.h"
#include "harness/compare/checker.h"

namespace notecheck {

CheckResult check_snippets(std::vector<Document> documents, std::vector<Snippet> snippets,
                           Runner& runner) {
  CheckResult result;
  result.documents = std::move(documents);

  std::vector<RunRequest> requests;
  std::vector<size_t> request_of(snippets.size(), SIZE_MAX);
  for (size_t i = 0; i < snippets.size(); ++i) {
    if (!snippets[i].runnable) continue;
    request_of[i] = requests.size();
    requests.push_back({snippets[i].code,
                        fmt::format("{}:{}", snippets[i].document, snippets[i].start_line())});
  }
  std::vector<Observation> observations = runner.run_all(requests);

  for (size_t i = 0; i < snippets.size(); ++i) {
    SnippetResult entry;
    entry.snippet = std::move(snippets[i]);
    std::vector<Verdict> verdicts;
    if (request_of[i] == SIZE_MAX) {
      entry.detail = entry.snippet.reason;
      verdicts = judge_all(entry.snippet, Observation{});
    } else {
      const Observation& obs = observations[request_of[i]];
      entry.status = obs.status;
      entry.detail = obs.detail;
      verdicts = judge_all(entry.snippet, obs);
    }
    result.verdicts.insert(result.verdicts.end(), verdicts.begin(), verdicts.end());
    result.snippets.push_back(std::move(entry));
  }
  return result;
}

CheckResult check_documents(std::vector<Document> documents, SyntaxChecker& checker,
                            Runner& runner) {
  std::vector<Snippet> snippets;
  for (const Document& doc : documents) {
    if (!doc.error.empty()) continue;
    std::vector<Snippet> found = extract_snippets(doc, checker);
    snippets.insert(snippets.end(), std::make_move_iterator(found.begin()),
                    std::make_move_iterator(found.end()));
  }
  return check_snippets(std::move(documents), std::move(snippets), runner);
}

}  // namespace notecheck
