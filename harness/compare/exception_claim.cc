#include "harness/compare/exception_claim.h"

#include <cctype>
#include <cstring>

#include "harness/compare/literal_lex.h"
#include "util/text.h"

namespace notecheck {
namespace {

std::string_view last_component(std::string_view name) {
  size_t dot = name.rfind('.');
  return dot == std::string_view::npos ? name : name.substr(dot + 1);
}

// Builtin exception bases and the builtin subclasses a claim of the base covers.
struct Family {
  const char* base;
  const char* members;  // space-separated, with spaces around each name
};
constexpr Family kFamilies[] = {
    {"LookupError", " KeyError IndexError "},
    {"ArithmeticError", " ZeroDivisionError OverflowError FloatingPointError "},
    {"OSError",
     " FileNotFoundError FileExistsError PermissionError IsADirectoryError NotADirectoryError "
     "TimeoutError ConnectionError BrokenPipeError ConnectionResetError ConnectionRefusedError "
     "ConnectionAbortedError InterruptedError BlockingIOError ChildProcessError "
     "ProcessLookupError "},
    {"ConnectionError",
     " BrokenPipeError ConnectionResetError ConnectionRefusedError ConnectionAbortedError "},
    {"NameError", " UnboundLocalError "},
    {"ImportError", " ModuleNotFoundError "},
    {"RuntimeError", " RecursionError NotImplementedError "},
    {"ValueError", " UnicodeError UnicodeDecodeError UnicodeEncodeError UnicodeTranslateError "},
    {"UnicodeError", " UnicodeDecodeError UnicodeEncodeError UnicodeTranslateError "},
    {"SyntaxError", " IndentationError TabError "},
};

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
  auto name = lex_dotted_name(text, 0);
  if (!name || !is_exception_name(name->first)) return "";
  // Only the name, or the name and a remark: `ValueError: msg`, `UnboundLocalError! ...`.
  // `Raises CancelledError in the task at next await point` speaks of another place.
  std::string_view rest = trim(text.substr(name->second));
  if (!rest.empty()) {
    bool remark = false;
    for (std::string_view sep : {":", "!", "(", "—", "--", "–", ",", ".", ";", "←"}) {
      remark |= rest.substr(0, sep.size()) == sep;
    }
    if (!remark) return "";
  }
  return std::string(last_component(name->first));
}

bool exception_satisfies(std::string_view claimed, std::string_view raised) {
  claimed = last_component(claimed);
  raised = last_component(raised);
  if (claimed == raised || claimed == "BaseException") return true;
  if (claimed == "Exception") {
    return raised != "SystemExit" && raised != "KeyboardInterrupt" && raised != "GeneratorExit";
  }
  if (claimed == "Warning") return ends_with(raised, "Warning");  // Warning itself included
  std::string padded = " " + std::string(raised) + " ";
  for (const Family& family : kFamilies) {
    if (claimed == family.base && std::strstr(family.members, padded.c_str())) return true;
  }
  return false;
}

}  // namespace notecheck
