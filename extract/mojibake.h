// Repairs UTF-8 text that was once decoded with an 8-bit code page and saved again as UTF-8
// ("‚Üí" for "→" after Mac Roman, "â€™" for "’" after Windows-1252).
#pragma once

#include <string>

namespace notecheck {

// If the whole of `text` (valid UTF-8) re-encodes to Mac Roman, Windows-1252 or Latin-1 as
// bytes that are themselves valid UTF-8 with fewer suspicious character runs, returns true,
// sets `repaired` and names the repair in `what`. Otherwise returns false and leaves both.
bool repair_mojibake(const std::string& text, std::string* repaired, std::string* what);

}  // namespace notecheck
