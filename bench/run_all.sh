#!/usr/bin/env bash
# Issue 4's benchmarks, all of them, in one command:
#
#   bash bench/run_all.sh                 # build, run everything, print the Markdown table
#   ROUNDS=5 REPS=7 bash bench/run_all.sh # more samples (defaults: ROUNDS=3, REPS=5)
#   PARTS="1 3" OUT=DIR bash bench/run_all.sh  # only some parts, adding to DIR's results
#   SKIP_BUILD=1 bash bench/run_all.sh         # measure what is already built
#
# Builds notecheck and the benchmarks in $BUILD (default build-bench) with
# -DNOTECHECK_BENCH=ON, generates the corpora in a temporary folder, runs
#   1. runner overhead: bench/runner_bench (Google Benchmark, random interleaving),
#   2. the doctest corpus: `notecheck check` against `python3.11 -m doctest` (hyperfine),
#   3. the seed notes (../shared/notes): cold check, re-check of one edited snippet, peak memory,
#   4. extraction throughput: bench/extract_bench and `notecheck extract` on a generated corpus,
# and prints one Markdown table of medians and ratios, all measured in this run. The table and
# the raw JSON stay in $OUT (default: a fresh temporary folder, printed at the end).
#
# The seed notes are untrusted (one runs `rm -rf /` through pickle): they only ever run through
# notecheck, and only after a probe snippet proved the sandbox drops to `nobody` when root.
set -euo pipefail
trap 'echo "run_all.sh: failed at line $LINENO: $BASH_COMMAND" >&2' ERR

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build-bench}
ROUNDS=${ROUNDS:-3}   # hyperfine rounds; its runs of different commands interleave per round
REPS=${REPS:-5}       # Google Benchmark repetitions (randomly interleaved)
NOTES=${NOTES:-$ROOT/../shared/notes}
PY=/usr/bin/python3.11  # never `python3`: a pyenv shim first on PATH costs ~100 ms a call
PARTS=${PARTS:-1 2 3 4}
OUT=${OUT:-$(mktemp -d /tmp/notecheck-bench.XXXXXX)}
mkdir -p "$OUT"
cd "$OUT"  # whatever a command leaves in its working directory stays out of the repository

need() { command -v "$1" >/dev/null || { echo "run_all.sh: $1 is missing ($2)" >&2; exit 2; }; }
# What the benchmarks need beyond ci/setup.sh (hyperfine, GNU time), from Debian's packages.
bash "$ROOT/ci/setup.sh" bench >&2
need hyperfine "apt-get install -y hyperfine"
need cmake "bash ci/setup.sh"
[ -x "$PY" ] || { echo "run_all.sh: $PY is missing (apt-get install -y python3.11)" >&2; exit 2; }

if [ -z "${SKIP_BUILD:-}" ]; then  # SKIP_BUILD=1: measure the binaries already in $BUILD
  echo "== build ($BUILD)" >&2
  cmake -S "$ROOT" -B "$BUILD" -DNOTECHECK_BENCH=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    >"$OUT/cmake.log"
  cmake --build "$BUILD" -j2 --target notecheck runner_bench extract_bench gen_notes \
    peak_rss_preload >>"$OUT/cmake.log"
fi
NC=$BUILD/notecheck
PRELOAD=$BUILD/bench/libpeak_rss_preload.so

# hyperfine NAME CMD... : ROUNDS rounds of 3 runs each (after one warm-up run), so that slow
# drift of the machine's load (2 cores shared) hits every command alike; the JSON of every
# round is kept and table.py takes the median over all runs.
# RUNS and WARMUP (defaults 3 and 1) override the per-round counts for slow commands.
hf() {
  local name=$1; shift
  for r in $(seq "$ROUNDS"); do
    hyperfine -N --warmup "${WARMUP:-1}" --runs "${RUNS:-3}" --ignore-failure --style none \
      --export-json "$OUT/$name.round$r.json" "$@" >>"$OUT/hyperfine.log" 2>&1
  done
}

# peak_rss NAME CMD...: the peak resident memory of notecheck's own process (VmHWM at exit,
# through the LD_PRELOAD helper; its workers get a fresh environment and do not report) and
# of the whole tree (GNU time's maximum, workers and snippets included). Median of $1 runs.
peak_rss() {
  local name=$1 runs=$2; shift 2
  for r in $(seq "$runs"); do
    rm -f "$OUT/$name.hwm"
    PEAK_RSS_FILE="$OUT/$name.hwm" LD_PRELOAD="$PRELOAD" /usr/bin/time -f "%M" \
      -o "$OUT/$name.tree" "$@" >/dev/null 2>&1 || true
    echo "$(head -1 "$OUT/$name.hwm") $(tail -1 "$OUT/$name.tree")" >>"$OUT/$name.rss"
  done
}

part() { [[ " $PARTS " == *" $1 "* ]]; }

if part 1; then
echo "== 1. runner overhead (runner_bench, $REPS repetitions)" >&2
"$BUILD/bench/runner_bench" --benchmark_repetitions="$REPS" \
  --benchmark_enable_random_interleaving=true --benchmark_out="$OUT/runner.json" \
  --benchmark_out_format=json >"$OUT/runner.txt" 2>&1
fi

if part 2; then
echo "== 2. doctest corpus" >&2
DT=$OUT/doctest
"$PY" "$ROOT/bench/gen_doctest_corpus.py" "$DT" 20 50
"$PY" -m doctest "$DT"/*.txt || { echo "run_all.sh: the doctest corpus fails doctest" >&2; exit 1; }
"$NC" check -q --no-cache "$DT" >"$OUT/doctest.notecheck.txt" ||
  { echo "run_all.sh: notecheck does not find the doctest corpus correct:" >&2;
    cat "$OUT/doctest.notecheck.txt" >&2; exit 1; }
DT_FILES=$(ls "$DT"/*.txt | tr '\n' ' ')
hf doctest \
  -n "notecheck check (jobs 2, timeout 10 s, no cache)" "$NC check -q --no-cache $DT" \
  -n "python3.11 -m doctest, one process per file" \
  "bash -c 'for f in $DT/*.txt; do $PY -m doctest \$f || exit 1; done'" \
  -n "python3.11 -m doctest, all files in one process" "$PY -m doctest $DT_FILES"
fi

if part 3 && [ ! -d "$NOTES" ]; then
  echo "run_all.sh: no seed notes at $NOTES; part 3 skipped" >&2
elif part 3; then
  echo "== 3. seed notes" >&2
  # The sandbox must drop to nobody before any untrusted note runs: a probe snippet claims
  # its uid is nobody's, and notecheck must find that claim correct.
  PROBE=$OUT/probe.md
  printf '```python\nimport os\nprint(os.getuid())  # 65534\n```\n' >"$PROBE"
  WHO=$("$NC" check -q "$PROBE" 2>&1 || true)
  if [ "$(id -u)" = 0 ] && [ "$WHO" != "notecheck: 1 correct" ]; then
    echo "run_all.sh: the sandbox does not drop to nobody ($WHO); not running untrusted notes" >&2
    exit 1
  fi
  # A copy of the notes, so that one snippet can be edited (the notes are only ever text here).
  COPY=$OUT/notes
  rm -rf "$COPY" && cp -r "$NOTES" "$COPY" && chmod -R u+w "$COPY"
  SEED=$OUT/seed
  "$NC" extract "$COPY" --out "$SEED" >/dev/null
  # The snippet to edit: the first Python snippet whose first line can take a trailing comment.
  read -r DOC LINE EDITED < <("$PY" - "$SEED/snippets" <<'PYEOF'
import glob, re, sys
for path in sorted(glob.glob(sys.argv[1] + "/*/*.py")):
    header = open(path, encoding="utf-8").readline()
    m = re.search(r"document=(\S+) lines=(\d+)-\d+ .*language=python", header)
    if not m:
        continue
    doc, line = m.group(1), int(m.group(2))
    text = open(doc, encoding="utf-8").read().split("\n")[line - 1]
    if "#" not in text and '"' not in text and "'" not in text and not text.endswith("\\"):
        print(doc, line, path)
        break
PYEOF
  )
  # Cold: an empty result cache each run. Warm: the cache of the unedited notes each run, then
  # the check after one line of one snippet changed (the re-check loop, issue 6's cache).
  RUNS=1 WARMUP=0 hf seed_cold_check --prepare "rm -rf $OUT/cache" \
    -n "notecheck check seed notes (cold, empty cache)" "$NC check -q --cache-dir $OUT/cache $COPY"
  "$NC" check -q --cache-dir "$OUT/cache.unedited" "$COPY" >/dev/null || true
  sed -i "${LINE}s/\$/  # edited/" "$DOC"
  hf seed_warm_check --prepare "bash -c 'rm -rf $OUT/cache && cp -r $OUT/cache.unedited $OUT/cache'" \
    -n "notecheck check seed notes, one snippet edited (warm cache)" \
    "$NC check -q --cache-dir $OUT/cache $COPY"
  # What the warm re-check reused and redid, for the table.
  rm -rf "$OUT/cache" && cp -r "$OUT/cache.unedited" "$OUT/cache"
  "$NC" check -q -v --cache-dir "$OUT/cache" "$COPY" 2>&1 >/dev/null | grep 'cache' >"$OUT/seed_warm.stats" || true
  # The local loop of the README: `notecheck run` on the extracted snippet after an edit.
  printf 'print(6 * 7)  # 42\n' >>"$EDITED"
  hf seed_run -n "notecheck run one edited snippet" "$NC run -q $EDITED"
  rm -rf "$OUT/cache"
  peak_rss seed_cold 1 "$NC" check -q --cache-dir "$OUT/cache" "$COPY"
  rm -rf "$OUT/cache" && cp -r "$OUT/cache.unedited" "$OUT/cache"
  peak_rss seed_warm 1 "$NC" check -q --cache-dir "$OUT/cache" "$COPY"
  peak_rss seed_run 3 "$NC" run -q "$EDITED"
fi

if part 4; then
echo "== 4. extraction throughput" >&2
# CPython's compiler makes extraction slow (about 1 MB/s): 4 MB and 3 repetitions suffice.
"$BUILD/bench/extract_bench" --corpus_mb=4 --benchmark_repetitions=3 \
  --benchmark_out="$OUT/extract.json" --benchmark_out_format=json >"$OUT/extract.txt" 2>&1
CORPUS=$OUT/corpus
mkdir -p "$CORPUS"
"$BUILD/bench/gen_notes" "$CORPUS" 4
du -sb "$CORPUS" | cut -f1 >"$OUT/corpus.bytes"
RUNS=1 WARMUP=0 hf extract -n "notecheck extract (4 MB of generated notes)" \
  "$NC extract --no-cache $CORPUS --out $OUT/extracted"
if [ -d "$NOTES" ]; then
  # The five seed notes (only extracted: nothing runs): every analysis from CPython's compiler
  # (no cache) with two processes (the default) and with one (-j 1, the baseline), and through
  # the extraction cache; the output folder is up to date every time.
  "$NC" extract -q "$NOTES" --out "$OUT/seed_extracted" --cache-dir "$OUT/extract-cache"
  RUNS=10 hf seed_extract \
    -n "notecheck extract, five seed notes, no cache" \
    "$NC extract -q --no-cache $NOTES --out $OUT/seed_extracted" \
    -n "notecheck extract, five seed notes, no cache, one process" \
    "$NC extract -q --no-cache -j 1 $NOTES --out $OUT/seed_extracted" \
    -n "notecheck extract, five seed notes, cache" \
    "$NC extract -q $NOTES --out $OUT/seed_extracted --cache-dir $OUT/extract-cache"
fi
fi

echo "== table" >&2
"$PY" "$ROOT/bench/table.py" "$OUT" | tee "$OUT/results.md"
echo "raw results: $OUT" >&2
