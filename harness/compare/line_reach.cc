#include "harness/compare/line_reach.h"

#include <vector>

#include "util/text.h"

namespace notecheck {
namespace {

// Compare's own wording, so it does not depend on the run stage's to_string(RunStatus).
const char* stop_phrase(RunStatus status) {
  switch (status) {
    case RunStatus::kTimeout:
      return "the run timed out";
    case RunStatus::kOutputLimit:
      return "the run hit the output limit";
    case RunStatus::kCrashed:
      return "the run crashed";
    case RunStatus::kRaised:
      return "the run raised";
    case RunStatus::kNotRun:
      return "the snippet was not run";
    case RunStatus::kOk:
      break;
  }
  return "the run stopped";
}

bool is_import_failure(const std::string& type) {
  return type == "ModuleNotFoundError" || type == "ImportError";
}

}  // namespace

int top_level_start(std::string_view code, int line) {
  std::vector<std::string> lines = split_lines(code);
  if (line < 1 || line > static_cast<int>(lines.size())) return line;
  static const char* kClauses[] = {"else", "elif", "except", "finally", "case", ")", "]", "}"};
  int depth = 0;  // bracket depth carried from earlier lines, to skip continuation lines
  int start = 1;
  for (int i = 1; i <= line; ++i) {
    const std::string& text = lines[i - 1];
    std::string_view body = trim(text);
    bool top = depth == 0 && !body.empty() && body[0] != '#' && text[0] != ' ' &&
               text[0] != '\t';
    if (top) {
      bool clause = false;
      for (const char* c : kClauses) clause = clause || starts_with(body, c);
      if (!clause) start = i;
    }
    for (char c : text) depth += (c == '(' || c == '[' || c == '{') - (c == ')' || c == ']' || c == '}');
    if (depth < 0) depth = 0;
  }
  return start;
}

LineReach line_reach(const Observation& obs, int line, std::string_view code) {
  LineReach out;
  if (obs.status == RunStatus::kOk) return out;
  const auto& e = obs.exception;
  if (obs.status == RunStatus::kRaised && e) {
    out.missing_module = is_import_failure(e->type);
    if (line == e->line || line == e->inner_line) {
      out.reach = Reach::kRaisedHere;
      return out;
    }
    // Lines with a record ran; so did earlier top-level lines without one (they printed
    // nothing). Function bodies defined earlier but called later are the blind spot.
    if (obs.lines.count(line) || line < e->line) return out;
    out.reach = Reach::kNotReached;
    out.why =
        "not reached: " + e->type + (e->line > 0 ? " at line " + std::to_string(e->line) : "");
    if (out.missing_module && !e->message.empty()) out.why += " (" + e->message + ")";
    return out;
  }
  // Lines are recorded only when they print or show a value. A line before the last recorded
  // one finished (unless it is a function body called later); the last may have been cut off.
  int last = obs.lines.empty() ? 0 : obs.lines.rbegin()->first;
  if (line < last) return out;
  // A body line with no record may belong to a function the stopped statement was calling.
  bool body_line_without_record = top_level_start(code, line) != line && !obs.lines.count(line);
  if (obs.stopped_line > 0 && !code.empty() && !body_line_without_record &&
      top_level_start(code, line) < top_level_start(code, obs.stopped_line))
    return out;
  out.reach = Reach::kNotReached;
  out.why = std::string("not reached or not finished: ") + stop_phrase(obs.status);
  if (!obs.detail.empty()) out.why += " (" + obs.detail + ")";
  return out;
}

bool inside_try_block(std::string_view code, int line) {
  std::vector<std::string> lines = split_lines(code);
  if (line < 1 || line > static_cast<int>(lines.size())) return false;
  auto indent_of = [](const std::string& s) { return s.find_first_not_of(" \t"); };
  size_t indent = indent_of(lines[line - 1]);
  for (int i = line - 2; i >= 0 && indent > 0; --i) {
    size_t here = indent_of(lines[i]);
    if (here == std::string::npos || here >= indent) continue;  // blank or nested deeper
    indent = here;
    std::string_view head = trim(lines[i]);
    if (head.substr(0, 4) == "try:" || head == "try :") return true;
  }
  return false;
}

}  // namespace notecheck
