#include "harness/report/junit_report.h"

#include <fmt/format.h>

#include "harness/report/markup_escape.h"
#include "harness/report/report_context.h"
#include "util/text.h"

namespace notecheck {
namespace {

std::string testcase(const Verdict& v) {
  std::string name =
      fmt::format("line {}: {}", v.line, one_line(v.code.empty() ? v.claim : v.code, 120));
  if (!v.code.empty() && !v.claim.empty()) name += "  # " + one_line(v.claim, 80);
  std::string out =
      fmt::format("    <testcase classname=\"{}\" name=\"{}\" file=\"{}\" line=\"{}\">",
                  xml_escape(v.document), xml_escape(name), xml_escape(v.document), v.line);
  std::string body =
      fmt::format("{}:{}: {}: {}", v.document, v.line, to_string(v.verdict), verdict_headline(v));
  if (reason_adds(v)) body += "\n" + v.reason;
  switch (v.verdict) {
    case VerdictKind::kCorrect:
      break;
    case VerdictKind::kWrong:
      out += fmt::format("\n      <failure type=\"wrong\" message=\"{}\">{}</failure>\n    ",
                         xml_escape(verdict_headline(v)), xml_escape(body));
      break;
    default:
      out += fmt::format("\n      <skipped message=\"{}: {}\"/>\n    ", to_string(v.verdict),
                         xml_escape(one_line(v.reason)));
  }
  return out + "</testcase>\n";
}

}  // namespace

std::string junit_report(const CheckResult& result) {
  std::string suites;
  int tests = 0, failures = 0, errors = 0, skipped = 0;
  for (const Document& d : result.documents) {
    int t = 0, f = 0, e = 0, s = 0;
    std::string cases;
    if (!d.error.empty()) {
      t = e = 1;
      cases = fmt::format(
          "    <testcase classname=\"{0}\" name=\"read {0}\" file=\"{0}\">\n"
          "      <error type=\"input\" message=\"{1}\"/>\n    </testcase>\n",
          xml_escape(d.path), xml_escape(d.error));
    }
    for (const Verdict& v : result.verdicts) {
      if (v.document != d.path) continue;
      ++t;
      f += v.verdict == VerdictKind::kWrong;
      s += v.verdict != VerdictKind::kWrong && v.verdict != VerdictKind::kCorrect;
      cases += testcase(v);
    }
    suites += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\">\n{}"
        "  </testsuite>\n",
        xml_escape(d.path), t, f, e, s, cases);
    tests += t, failures += f, errors += e, skipped += s;
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"notecheck\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\">\n"
      "{}</testsuites>\n",
      tests, failures, errors, skipped, suites);
}

}  // namespace notecheck
