#!/usr/bin/env bash
# One command for a developer and for CI: set up, build, run every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/build.sh
bash ci/install-browser.sh  # Debian's chromium, for the HTML report's browser test
cd build
ctest --output-on-failure -j"$(nproc)" --timeout 300
