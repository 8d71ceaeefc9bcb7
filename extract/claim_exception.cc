#include "extract/claim_exception.h"

#include <cctype>

#include "util/text.h"

namespace notecheck {
namespace {

std::string_view last_component(std::string_view name) {
  size_t dot = name.rfind('.');
  return dot == std::string_view::npos ? name : name.substr(dot + 1);
}

bool ident_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool ident_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// `a.b.C` at the start of `text`: its length, 0 if none.
size_t dotted_name_length(std::string_view text) {
  if (text.empty() || !ident_start(text[0])) return 0;
  size_t p = 0;
  while (true) {
    while (p < text.size() && ident_char(text[p])) ++p;
    if (p + 1 < text.size() && text[p] == '.' && ident_start(text[p + 1])) {
      ++p;
      continue;
    }
    return p;
  }
}

}  // namespace

bool is_exception_name(std::string_view name) {
  name = last_component(name);
  if (name.empty() || !std::isupper(static_cast<unsigned char>(name[0]))) return false;
  for (std::string_view suffix : {"Error", "Exception", "Warning"}) {
    if (name.size() > suffix.size() && ends_with(name, suffix)) return true;  // not bare `Error`
  }
  for (const char* other : {"StopIteration", "StopAsyncIteration", "KeyboardInterrupt",
                            "SystemExit", "GeneratorExit", "BaseException", "Exception"}) {
    if (name == other) return true;
  }
  return false;
}

std::string claimed_exception(std::string_view claim) {
  std::string_view text = trim(claim);
  for (std::string_view prefix : {"raises ", "Raises ", "raise ", "-> ", "→ ", "=> "}) {
    if (text.substr(0, prefix.size()) == prefix) {
      text = trim(text.substr(prefix.size()));
      break;
    }
  }
  size_t length = dotted_name_length(text);
  std::string_view name = text.substr(0, length);
  if (!length || !is_exception_name(name)) return "";
  // Only the name, or the name and a remark: `ValueError: msg`, `UnboundLocalError! ...`.
  // `Raises CancelledError in the task at next await point` speaks of another place.
  std::string_view rest = trim(text.substr(length));
  if (!rest.empty()) {
    bool remark = false;
    for (std::string_view sep : {":", "!", "(", "—", "--", "–", ",", ".", ";", "←"}) {
      remark |= rest.substr(0, sep.size()) == sep;
    }
    if (!remark) return "";
  }
  return std::string(last_component(name));
}

std::string expected_exception(const Claim& claim) {
  std::vector<std::string> lines = split_lines(claim.text);
  if (lines.empty()) return "";
  // An assert claims that nothing is raised; an output block is a program's printed text.
  if (claim.kind == ClaimKind::kAssert || claim.kind == ClaimKind::kOutputBlock) return "";
  if (claim.kind != ClaimKind::kDoctestOutput) return claimed_exception(lines.front());
  if (trim(lines.front()).rfind("Traceback (most recent call last)", 0) != 0) return "";
  return claimed_exception(lines.back());
}

}  // namespace notecheck
