// GitHub Actions workflow commands (--format github): one `::error file=…,line=…::` line per
// wrong claim, so the Actions log and the pull request's diff show it on the document line;
// `::warning` for mode-dependent, nondeterministic and not-reached claims. The summary line ends
// the output as plain text.
#pragma once

#include <string>

#include "harness/report/check_result.h"

namespace notecheck {

std::string github_report(const CheckResult& result);

// The escapes GitHub's workflow commands need: in a message % CR LF; in a property also : and ,.
std::string github_escape_message(const std::string& text);
std::string github_escape_property(const std::string& text);

}  // namespace notecheck
