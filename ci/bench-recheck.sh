#!/usr/bin/env bash
# Measures the local re-check loop: the five seed notes (../shared/notes) are checked once to
# fill the cache, one snippet is edited, and the whole `notecheck check` command is timed again
# (target: <= 100 ms wall). Also times a re-check with nothing edited. Prints milliseconds.
#   ci/bench-recheck.sh [NOTECHECK_BINARY] [NOTES_DIR]
# The notes are untrusted: they only ever run through notecheck's sandbox.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${1:-$here/build/notecheck}"
notes="${2:-$here/../shared/notes}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$notes"/*.txt "$work/"
cd "$work"

ms() {  # wall milliseconds of a command, its output discarded
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

cold=$(ms "$bin" check --timeout 5 .)
same=$(ms "$bin" check --timeout 5 .)
# Edit one snippet: the first `print(` line with a trailing comment in the smallest note that has one.
target=$(grep -l 'print(.*)  *#' ./*.txt | xargs wc -l | sort -n | awk 'NR==1{print $2}')
line=$(grep -n 'print(.*)  *#' "$target" | head -1 | cut -d: -f1)
sed -i "${line}s/print(/print( /" "$target"
runs=()
for i in 1 2 3; do
  runs+=("$(ms "$bin" check --timeout 5 .)")
  sed -i "${line}s/print( /print(  /" "$target"  # a new edit each time: a miss each time
done
edited=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n 2p)  # the median of three
echo "cold check of 5 notes:         ${cold} ms"
echo "re-check, nothing changed:     ${same} ms"
echo "re-check, one snippet edited:  ${edited} ms (median of ${runs[*]}; edited $target:$line)"
"$bin" check -v --timeout 5 . 2>&1 >/dev/null | grep 'cache' || true
