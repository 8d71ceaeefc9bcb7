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

}  // namespace

std::string raised_text(const RaisedException& e, bool whole) {
  std::string text = e.message.empty() ? e.type : e.type + ": " + e.message;
  return whole ? text : one_line(text);
}

std::string environment_need(const RaisedException& e) {
  const std::string& m = e.message;
  if (e.type == "ModuleNotFoundError" || e.type == "ImportError") {
    size_t q = m.find('\'');
    size_t end = q == std::string::npos ? q : m.find('\'', q + 1);
    if (end != std::string::npos) return "needs module " + m.substr(q + 1, end - q - 1);
    return "needs a module that is not installed (" + m + ")";
  }
  static const char* kNetwork[] = {
      "ConnectionRefusedError", "ConnectionResetError",   "ConnectionError", "gaierror", "URLError",
      "ConnectTimeout",         "ConnectionAbortedError", "herror"};
  for (const char* t : kNetwork)
    if (e.type == t) return "needs network (" + e.type + ")";
  if (e.type == "OSError" && (m.find("Network is unreachable") != std::string::npos ||
                              m.find("Name or service not known") != std::string::npos ||
                              m.find("name resolution") != std::string::npos))
    return "needs network (" + m + ")";
  if (e.type == "FileNotFoundError") {
    size_t q = m.find('\'');
    size_t end = q == std::string::npos ? q : m.find('\'', q + 1);
    return "needs file " + (end != std::string::npos ? m.substr(q + 1, end - q - 1) : m) +
           ", missing here";
  }
  if (e.type == "EOFError" && m.find("reading a line") != std::string::npos)
    return "reads input(); notecheck gives snippets no standard input";
  return "";
}

bool inside_block_body(std::string_view code, int line) {
  std::vector<std::string> lines = split_lines(code);
  if (line < 1 || line > static_cast<int>(lines.size())) return false;
  int depth = 0;
  int first = 1;  // first line of the statement containing `line`
  for (int i = 1; i <= line; ++i) {
    if (depth == 0) first = i;
    for (char c : lines[i - 1])
      depth += (c == '(' || c == '[' || c == '{') - (c == ')' || c == ']' || c == '}');
    if (depth < 0) depth = 0;
  }
  const std::string& text = lines[first - 1];
  return !text.empty() && (text[0] == ' ' || text[0] == '\t');
}

int top_level_start(std::string_view code, int line) {
  std::vector<std::string> lines = split_lines(code);
  if (line < 1 || line > static_cast<int>(lines.size())) return line;
  static const char* kClauses[] = {"else", "elif", "except", "finally", "case", ")", "]", "}"};
  int depth = 0;  // bracket depth carried from earlier lines, to skip continuation lines
  int start = 1;
  for (int i = 1; i <= line; ++i) {
    const std::string& text = lines[i - 1];
    std::string_view body = trim(text);
    bool top = depth == 0 && !body.empty() && body[0] != '#' && text[0] != ' ' && text[0] != '\t';
    if (top) {
      bool clause = false;
      for (const char* c : kClauses) clause = clause || starts_with(body, c);
      if (!clause) start = i;
    }
    for (char c : text)
      depth += (c == '(' || c == '[' || c == '{') - (c == ')' || c == ']' || c == '}');
    if (depth < 0) depth = 0;
  }
  return start;
}

LineReach line_reach(const Observation& obs, int line, std::string_view code) {
  LineReach out;
  // An exception the text expected at this line, after which the run went on.
  if (auto it = obs.lines.find(line); it != obs.lines.end() && it->second.raised) {
    out.reach = Reach::kRaisedHere;
    out.exception = it->second.raised;
    out.skip = environment_need(*out.exception);
    return out;
  }
  if (obs.status == RunStatus::kOk) return out;
  const auto& e = obs.exception;
  if (obs.status == RunStatus::kRaised && e) {
    out.skip = environment_need(*e);
    if (line == e->line || line == e->inner_line) {
      out.reach = Reach::kRaisedHere;
      out.exception = e;
      return out;
    }
    // Lines with a record ran; so did earlier top-level lines without one (they printed
    // nothing). Function bodies defined earlier but called later are the blind spot.
    if (obs.lines.count(line) || line < e->line) return out;
    out.reach = Reach::kNotReached;
    out.why =
        "not reached: " + e->type + (e->line > 0 ? " at line " + std::to_string(e->line) : "");
    if (!out.skip.empty()) out.why = out.skip;
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
