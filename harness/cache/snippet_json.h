// Snippet <-> JSON for the extraction cache: every field, so a cached extraction is the
// extraction. Throws nlohmann::json::exception on a malformed entry (the cache treats it as a
// miss).
#pragma once

#include <nlohmann/json.hpp>

#include "extract/snippet.h"

namespace notecheck {

nlohmann::json to_json(const Snippet& snippet);
Snippet snippet_from_json(const nlohmann::json& json);

}  // namespace notecheck
