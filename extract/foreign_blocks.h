// Runs of lines in another language written straight into the text (shell commands,
// Dockerfile instructions, templates, SQL, route lists), with the `#` comments that belong to
// them. They are reported with their language and never run.
#pragma once

#include <string>
#include <vector>

#include "extract/snippet.h"

namespace notecheck {

// Finds such runs among `lines` not marked in `skip`, marks their lines in `skip` and returns
// them as non-runnable snippets (origin "unfenced"; index and document unset).
std::vector<Snippet> take_foreign_blocks(const std::vector<std::string>& lines,
                                         std::vector<bool>& skip);

// "not Python (bash): shell commands", for a snippet's reason.
std::string foreign_reason(const std::string& language);

}  // namespace notecheck
