#include "harness/compare/exception_claim.h"

#include <cctype>
#include <cstring>

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
