#!/usr/bin/env bash
# Checks a repository of notes in CI: the step ci/notecheck-workflow.yml runs, and a plain script
# for any other CI system (GitLab, Jenkins, Buildkite, a cron job...).
#
#   ci/check-notes.sh [PATH...]       default: notecheck.toml's [check] paths, else the whole checkout
#
# Environment:
#   NOTECHECK             the binary (default: `notecheck` on PATH, else ../build/notecheck)
#   NOTECHECK_REPORT_DIR  where the reports go (default: notecheck-report)
#   NOTECHECK_ARGS        more options for `notecheck check`, e.g. "--shard 2/4 --timeout 30"
#
# Writes to NOTECHECK_REPORT_DIR: notecheck.sarif (SARIF 2.1.0), junit.xml, report.html,
# report.md and report.json. Prints GitHub annotations (`::error file=…,line=…::`) under GitHub
# Actions (GITHUB_ACTIONS=true), the text report elsewhere; appends the Markdown report to the
# job summary when GITHUB_STEP_SUMMARY is set.
# Exit status is notecheck's: 0 no wrong claim, 1 wrong claims, 2 usage or input error.
set -uo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
bin="${NOTECHECK:-}"
if [[ -z "$bin" ]]; then
  if command -v notecheck >/dev/null 2>&1; then bin="notecheck"; else bin="$here/../build/notecheck"; fi
fi
out="${NOTECHECK_REPORT_DIR:-notecheck-report}"
mkdir -p "$out"

format=text
[[ "${GITHUB_ACTIONS:-}" == "true" ]] && format=github

paths=("$@")
if ((${#paths[@]} == 0)) && [[ ! -f notecheck.toml ]]; then paths=(.); fi

# shellcheck disable=SC2086  # NOTECHECK_ARGS is a list of options on purpose
"$bin" check --format "$format" \
  --report "sarif=$out/notecheck.sarif" --report "junit=$out/junit.xml" \
  --report "html=$out/report.html" --report "markdown=$out/report.md" \
  --report "json=$out/report.json" \
  ${NOTECHECK_ARGS:-} "${paths[@]}"
status=$?

if [[ -n "${GITHUB_STEP_SUMMARY:-}" && -f "$out/report.md" ]]; then
  cat "$out/report.md" >>"$GITHUB_STEP_SUMMARY"
fi
echo "notecheck: reports in $out/ (exit status $status)" >&2
exit "$status"
