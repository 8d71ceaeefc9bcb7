#include "harness/cli/cached_extraction.h"

#include "extract/continuation.h"
#include "extract/extractor.h"
#include "harness/cache/snippet_json.h"
#include "harness/cli/remembering_checker.h"

namespace notecheck {

std::vector<Snippet> extract_cached(const Document& doc, SyntaxChecker& checker, bool continuation,
                                    CacheStore& store, const CacheVersions& versions,
                                    ExtractionStats* stats) {
  if (!doc.error.empty()) return {};
  std::string key = extraction_key(doc, continuation, versions);
  if (std::optional<nlohmann::json> entry = store.get("extract", key)) {
    try {
      std::vector<Snippet> snippets;
      for (const nlohmann::json& s : entry->at("snippets"))
        snippets.push_back(snippet_from_json(s));
      if (stats) ++stats->hits;
      return snippets;
    } catch (const nlohmann::json::exception&) {
      // Malformed: extract again and overwrite it.
    }
  }
  if (stats) ++stats->misses;
  RememberingChecker remembering(checker, store, versions, doc.path);
  std::vector<Snippet> snippets = extract_snippets(doc, remembering);
  if (continuation) infer_continuations(snippets, remembering);
  remembering.save();
  nlohmann::json list = nlohmann::json::array();
  for (const Snippet& s : snippets) list.push_back(to_json(s));
  store.put("extract", key, {{"document", doc.path}, {"snippets", list}});
  return snippets;
}

}  // namespace notecheck
