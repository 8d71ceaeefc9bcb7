// The HTML report's style sheet, kept apart from the markup that uses it.
#pragma once

namespace notecheck {

extern const char* const kHtmlReportStyle;

}  // namespace notecheck
