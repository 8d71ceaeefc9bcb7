#!/usr/bin/env bash
# One command for a new user: set up, build, and check the shipped example notes.
# Exits 1 because the examples contain deliberately wrong claims.
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/build.sh
exec ./build/notecheck check examples/ "$@"
