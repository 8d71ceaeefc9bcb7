#include "harness/cli/cached_extraction.h"

#include <optional>

#include "extract/continuation.h"
#include "extract/extractor.h"
#include "harness/cache/snippet_json.h"
#include "harness/cli/remembering_checker.h"

namespace notecheck {
namespace {

std::optional<std::vector<Snippet>> from_cache(const Document& doc, const std::string& key,
                                               CacheStore& store) {
  std::optional<nlohmann::json> entry = store.get("extract", key);
  if (!entry) return std::nullopt;
  try {
    std::vector<Snippet> snippets;
    for (const nlohmann::json& s : entry->at("snippets")) {
      snippets.push_back(snippet_from_json(s));
      snippets.back().document = doc.path;  // perhaps stored under another spelling
    }
    return snippets;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;  // malformed: extract again and overwrite it
  }
}

std::vector<Snippet> extract_and_store(const Document& doc, const std::string& key,
                                       bool continuation, SyntaxChecker& checker, CacheStore& store,
                                       const CacheVersions& versions) {
  if (!store.enabled()) {
    std::vector<Snippet> snippets = extract_snippets(doc, checker);
    if (continuation) infer_continuations(snippets, checker);
    return snippets;
  }
  RememberingChecker remembering(checker, store, versions, doc.path);
  std::vector<Snippet> snippets = extract_snippets(doc, remembering);
  if (continuation) infer_continuations(snippets, remembering);
  remembering.save();
  nlohmann::json list = nlohmann::json::array();
  for (const Snippet& s : snippets) list.push_back(to_json(s));
  store.put("extract", key, {{"document", doc.path}, {"snippets", list}});
  return snippets;
}

}  // namespace

std::vector<std::vector<Snippet>> extract_documents(const std::vector<ExtractionTask>& tasks,
                                                    SyntaxChecker& checker, CacheStore& store,
                                                    const CacheVersions& versions,
                                                    ExtractionStats* stats) {
  std::vector<std::vector<Snippet>> out(tasks.size());
  for (size_t i = 0; i < tasks.size(); ++i) {
    const Document& doc = *tasks[i].document;
    if (!doc.error.empty()) continue;
    // (No key without a cache: hashing the text costs ~1 ms a large note.)
    std::string key = store.enabled() ? extraction_key(doc, tasks[i].continuation, versions) : "";
    if (std::optional<std::vector<Snippet>> cached = from_cache(doc, key, store)) {
      out[i] = std::move(*cached);
      if (stats) ++stats->hits;
      continue;
    }
    out[i] = extract_and_store(doc, key, tasks[i].continuation, checker, store, versions);
    if (stats) ++stats->misses;
  }
  return out;
}

}  // namespace notecheck
