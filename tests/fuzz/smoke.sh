#!/usr/bin/env bash
# Builds the fuzz targets (clang, libFuzzer, ASan, UBSan) into ./build-fuzz and runs each one
# for a short time on its seed corpus: the fuzz smoke test of CI.
#   bash tests/fuzz/smoke.sh [SECONDS_PER_TARGET]      (default 12)
# For a long run of one target: build-fuzz/tests/fuzz/claim_fuzz -max_total_time=600
#   tests/fuzz/corpus_claim   (new inputs then go into the committed corpus: keep only few).
# Installs what it needs from Debian, idempotently. Exits non-zero on any finding.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-12}"

bash ci/setup.sh
bash ci/apt-install.sh clang libclang-rt-14-dev

CXX=clang++ CC=clang cmake -S . -B build-fuzz -DNOTECHECK_FUZZ=ON -DNOTECHECK_TESTS=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target extract_fuzz claim_fuzz

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for target in extract claim; do
  mkdir -p "$work/$target"
  # New inputs go to the scratch directory; the committed seeds are only read.
  build-fuzz/tests/fuzz/${target}_fuzz -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/" "$work/$target" "tests/fuzz/corpus_$target" \
    2>"$work/$target.log" || {
      tail -60 "$work/$target.log"
      echo "fuzz smoke: ${target}_fuzz found a crash (input saved under $work, kept)" >&2
      trap - EXIT
      exit 1
    }
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/$target.log" |
    sed "s/^/${target}_fuzz: /"
done
echo "fuzz smoke: no findings"
