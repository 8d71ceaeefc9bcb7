#include "harness/report/html_report.h"

#include <fmt/format.h>

#include "harness/report/html_style.h"
#include "harness/report/markup_escape.h"
#include "harness/report/report_context.h"
#include "harness/report/text_report.h"

namespace notecheck {
namespace {

std::string esc(const std::string& text) { return xml_escape(text); }

std::string bar(const std::map<VerdictKind, int>& counts) {
  int total = 0;
  for (const auto& [kind, n] : counts) total += n;
  std::string out = "<div class=\"bar\" role=\"img\" aria-label=\"claims by verdict\">";
  for (VerdictKind k : all_verdict_kinds()) {
    int n = counts.at(k);
    if (n == 0) continue;
    out += fmt::format("<span class=\"{0}\" style=\"width:{1:.3f}%\" title=\"{2} {0}\"></span>",
                       to_string(k), 100.0 * n / total, n);
  }
  return out + "</div>";
}

std::string counts_text(const std::map<VerdictKind, int>& counts) {
  std::string out;
  for (VerdictKind k : all_verdict_kinds()) {
    if (counts.at(k) == 0) continue;
    out += fmt::format("{}{} {}", out.empty() ? "" : ", ", counts.at(k), to_string(k));
  }
  return out.empty() ? "no claims" : out;
}

std::string code_view(const std::vector<ContextLine>& lines) {
  std::string out = "<pre class=\"code\">";
  for (const ContextLine& l : lines)
    out += fmt::format("<span class=\"l{}\"><span class=\"n\">{}</span>{}</span>",
                       l.marked ? " hl" : "", l.number, esc(l.text));
  return out + "</pre>";
}

std::string claim_card(const CheckResult& result, const Verdict& v) {
  std::string kind = to_string(v.verdict);
  std::string out = fmt::format(
      "<article class=\"v-{0}\" id=\"{1}-{2}\"><h3><span class=\"badge {0}\">{0}</span>"
      "<span class=\"where\">{1}:{2}</span></h3>\n",
      kind, esc(v.document), v.line);
  out += fmt::format(
      "<div class=\"values\"><div class=\"want\"><b>claimed</b><pre>{}</pre></div>"
      "<div class=\"got\"><b>actual</b><pre>{}</pre></div></div>\n",
      esc(v.expected.empty() ? v.claim : v.expected), esc(v.actual.empty() ? "—" : v.actual));
  if (reason_adds(v)) out += fmt::format("<p class=\"reason\">{}</p>\n", esc(v.reason));
  out += "<div class=\"views\">";
  out += fmt::format("<figure><figcaption>document, lines around the claim</figcaption>{}</figure>",
                     code_view(document_context(result, v)));
  if (const SnippetResult* s = snippet_of(result, v)) {
    out += fmt::format("<figure><figcaption>snippet as run (lines {}–{})</figcaption>{}</figure>",
                       s->snippet.start_line(), s->snippet.end_line(),
                       code_view(snippet_context(s->snippet, v)));
  }
  return out + "</div></article>\n";
}

}  // namespace

std::string html_report(const CheckResult& result, bool verbose) {
  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>notecheck report</title>\n<style>{}</style></head>\n<body>\n"
      "<header><h1>notecheck report</h1>\n<p class=\"meta\">{} · notecheck {} · Python {}</p>\n"
      "<p class=\"meta\">Sandbox: {}</p>\n<div class=\"totals\">",
      kHtmlReportStyle, esc(totals_line(result).substr(11)), esc(result.version),
      esc(result.python_version), esc(sandbox_line(result)));
  for (const auto& [kind, n] : result.summary())
    if (n) out += fmt::format("<span class=\"pill {0}\">{1} {0}</span>", to_string(kind), n);
  out +=
      "</div></header>\n<h2>Documents</h2>\n<table class=\"summary\"><thead><tr><th>document</th>"
      "<th>claims by verdict</th><th>counts</th></tr></thead><tbody>\n";
  for (const auto& [path, counts] : counts_by_document(result)) {
    const Document* d = result.find_document(path);
    std::string counts_cell =
        d && !d->error.empty() ? "<span class=\"docerr\">cannot read: " + esc(d->error) + "</span>"
                               : esc(counts_text(counts));
    out += fmt::format(
        "<tr><td class=\"doc\">{}</td><td class=\"chart\">{}</td><td "
        "class=\"counts\">{}</td></tr>\n",
        esc(path), bar(counts), counts_cell);
  }
  out += "</tbody></table>\n<div class=\"legend\">";
  for (VerdictKind k : all_verdict_kinds())
    out += fmt::format("<span><i class=\"{0}\"></i>{0}</span>", to_string(k));
  out += "</div>\n";

  std::string current;
  int shown = 0;
  for (const Verdict& v : result.verdicts) {
    if (!worth_showing(v.verdict, verbose)) continue;
    if (v.document != current) {
      current = v.document;
      out += fmt::format("<h2>{}</h2>\n", esc(current));
    }
    out += claim_card(result, v);
    ++shown;
  }
  if (shown == 0) out += "<h2>Claims</h2><p class=\"none\">No claim needs attention.</p>\n";
  return out + "</body></html>\n";
}

}  // namespace notecheck
