// Escaping for the XML and HTML reports. Snippet output and notes are untrusted text: every
// byte of it that reaches a report goes through here.
#pragma once

#include <string>
#include <string_view>

namespace notecheck {

// & < > " ' as entities; control characters XML 1.0 forbids (all below 0x20 but tab, newline,
// carriage return) become U+FFFD, so the document always parses.
std::string xml_escape(std::string_view text);

}  // namespace notecheck
