#include "harness/run/event_stream.h"

#include <nlohmann/json.hpp>

#include "harness/run/observation_json.h"

namespace notecheck {

using nlohmann::json;

void EventStream::feed(const char* data, size_t size, Observation& observation) {
  bytes_ += size;
  partial_.append(data, size);
  size_t start = 0;
  for (size_t newline; (newline = partial_.find('\n', start)) != std::string::npos;
       start = newline + 1) {
    apply(partial_.substr(start, newline - start), observation);
  }
  partial_.erase(0, start);
}

namespace {
// faulthandler's dump after a fatal signal: `  File "NAME", line 3 in <module>`.
int module_line_of_fault(const std::string& line) {
  static const std::string kLine = "\", line ";
  static const std::string kModule = " in <module>";
  size_t at = line.rfind(kLine);
  if (line.find("File \"") == std::string::npos || at == std::string::npos ||
      line.size() < kModule.size() ||
      line.compare(line.size() - kModule.size(), kModule.size(), kModule) != 0)
    return 0;
  return std::atoi(line.c_str() + at + kLine.size());
}
}  // namespace

void EventStream::apply(const std::string& line, Observation& observation) {
  if (!line.empty() && line[0] != '{') {
    // The innermost <module> frame comes first in the dump: keep the first one seen.
    if (int at = module_line_of_fault(line); at > 0 && observation.stopped_line == 0)
      observation.stopped_line = at;
    return;
  }
  json event = json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (!event.is_object() || ended_) return;
  try {
    if (auto lines = event.find("o"); lines != event.end()) {
      const std::string text = event.value("t", "");
      for (const json& number : *lines) observation.lines[number.get<int>()].output += text;
      if (!lines->empty()) {  // innermost frame first: the last line is the outermost
        int outer = lines->back().get<int>();
        std::vector<OutputPiece>& pieces = observation.output_pieces;
        if (!pieces.empty() && pieces.back().line == outer) {
          pieces.back().text += text;
        } else {
          pieces.push_back({outer, text});
        }
      }
    } else if (auto line_number = event.find("v"); line_number != event.end()) {
      observation.lines[line_number->get<int>()].values.push_back(
          value_from_json(event.at("value")));
    } else if (auto raised = event.find("x"); raised != event.end()) {
      RaisedException e = raised_exception_from_json(event.at("exception"));
      for (const json& number : *raised) observation.lines[number.get<int>()].raised = e;
      if (event.contains("u")) observation.passed_exceptions.push_back(e);
    } else if (auto state = event.find("s"); state != event.end()) {
      observation.lines[state->get<int>()].state = value_from_json(event.at("value"));
    } else if (auto probe = event.find("p"); probe != event.end()) {
      observation.lines[probe->get<int>()];  // a probe ran without raising: the line has a record
    } else if (auto at = event.find("at"); at != event.end()) {
      observation.stopped_line = at->get<int>();
    } else if (auto end = event.find("end"); end != event.end()) {
      if (event.value("pid", 0) != child_pid_) return;
      ended_ = true;
      observation.status = *end == "raised" ? RunStatus::kRaised : RunStatus::kOk;
      observation.detail = event.value("detail", "");
      if (auto e = event.find("exception"); e != event.end()) {
        observation.exception = raised_exception_from_json(*e);
      }
    }
  } catch (const json::exception&) {
    // A malformed event (the snippet wrote into the event fd) is dropped, not fatal.
  }
}

}  // namespace notecheck
