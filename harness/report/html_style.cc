#include "harness/report/html_style.h"

namespace notecheck {

const char* const kHtmlReportStyle = R"CSS(
:root { --correct:#2da44e; --wrong:#cf222e; --mode-dependent:#bf8700; --nondeterministic:#8250df;
  --unverifiable:#8c959f; --skipped:#d0d7de; --error:#bc4c00; --fg:#1f2328; --muted:#59636e;
  --line:#d1d9e0; --bg-soft:#f6f8fa; --mark:#fff8c5; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; color: var(--fg);
  margin: 0 auto; max-width: 1100px; padding: 24px 32px 64px; }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 36px 0 12px; padding-bottom: 6px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 0; display: flex; gap: 10px; align-items: center; flex-wrap: wrap; }
code, pre { font: 13px/1.45 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; }
.meta { color: var(--muted); margin: 0 0 14px; }
.totals { display: flex; flex-wrap: wrap; gap: 8px; }
.pill { border-radius: 999px; padding: 2px 12px; font-weight: 600; font-size: 13px; color: #fff; }
.pill.skipped, .badge.skipped { color: var(--fg); }
table.summary { border-collapse: collapse; width: 100%; }
table.summary th, table.summary td { text-align: left; padding: 7px 10px; border-bottom: 1px solid var(--line);
  vertical-align: middle; }
table.summary th { font-size: 13px; color: var(--muted); font-weight: 600; }
td.doc { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 13px; word-break: break-all; }
td.chart { width: 42%; }
td.counts { font-size: 13px; color: var(--muted); }
.bar { display: flex; height: 14px; border-radius: 7px; overflow: hidden; background: var(--bg-soft); min-width: 120px; }
.bar span { display: block; height: 100%; }
.legend { display: flex; flex-wrap: wrap; gap: 14px; font-size: 13px; color: var(--muted); margin-top: 10px; }
.legend i { display: inline-block; width: 11px; height: 11px; border-radius: 3px; margin-right: 5px;
  vertical-align: -1px; }
.correct { background: var(--correct); } .wrong { background: var(--wrong); }
.mode-dependent { background: var(--mode-dependent); } .nondeterministic { background: var(--nondeterministic); }
.unverifiable { background: var(--unverifiable); } .skipped { background: var(--skipped); }
.error { background: var(--error); }
article { border: 1px solid var(--line); border-left: 5px solid var(--unverifiable); border-radius: 8px;
  padding: 14px 16px; margin: 14px 0; }
article.v-wrong { border-left-color: var(--wrong); } article.v-error { border-left-color: var(--error); }
article.v-mode-dependent { border-left-color: var(--mode-dependent); }
article.v-nondeterministic { border-left-color: var(--nondeterministic); }
article.v-correct { border-left-color: var(--correct); }
.badge { border-radius: 5px; padding: 1px 8px; color: #fff; font-size: 12px; font-weight: 700;
  text-transform: uppercase; letter-spacing: .03em; }
.where { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 13px; color: var(--muted); }
.values { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; margin: 12px 0 6px; }
.values div { background: var(--bg-soft); border-radius: 6px; padding: 6px 10px; min-width: 0; }
.values b { display: block; font-size: 11px; text-transform: uppercase; color: var(--muted); letter-spacing: .05em; }
.values pre { margin: 2px 0 0; white-space: pre-wrap; word-break: break-word; }
.values .got pre { color: var(--wrong); } article.v-correct .values .got pre { color: var(--fg); }
.reason { color: var(--muted); margin: 6px 0 10px; font-size: 14px; }
.views { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
figure { margin: 0; min-width: 0; }
figcaption { font-size: 12px; color: var(--muted); margin-bottom: 3px; }
pre.code { margin: 0; background: var(--bg-soft); border: 1px solid var(--line); border-radius: 6px;
  padding: 6px 0; overflow-x: auto; }
pre.code span.l { display: block; padding: 0 10px 0 0; white-space: pre; }
pre.code span.l.hl { background: var(--mark); box-shadow: inset 3px 0 0 var(--wrong); }
article.v-mode-dependent pre.code span.l.hl { box-shadow: inset 3px 0 0 var(--mode-dependent); }
article.v-nondeterministic pre.code span.l.hl { box-shadow: inset 3px 0 0 var(--nondeterministic); }
article.v-error pre.code span.l.hl { box-shadow: inset 3px 0 0 var(--error); }
article.v-correct pre.code span.l.hl { box-shadow: inset 3px 0 0 var(--correct); }
pre.code span.n { display: inline-block; width: 4.2em; padding-right: 10px; text-align: right;
  color: var(--muted); user-select: none; }
.docerr { color: var(--wrong); }
.none { color: var(--correct); font-weight: 600; }
@media (max-width: 800px) { .views, .values { grid-template-columns: 1fr; } }
)CSS";

}  // namespace notecheck
