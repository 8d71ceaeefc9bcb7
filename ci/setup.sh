#!/usr/bin/env bash
# Installs everything notecheck needs to build and test, from Debian packages only.
# Idempotent: packages already present are skipped (ci/apt-install.sh).
set -euo pipefail

PACKAGES=(
  g++ cmake make git
  python3.11 python3.11-dev libpython3.11-dev
  pybind11-dev libboost-dev libboost-filesystem-dev
  libfmt-dev libgtest-dev libgmock-dev libbenchmark-dev
  libcli11-dev nlohmann-json3-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
  libtomlplusplus-dev python3-jsonschema python3-yaml
)

# `bash ci/setup.sh bench`: also what bench/run_all.sh needs (whole-command timing, GNU time
# for the peak memory of the process tree).
if [[ "${1:-}" == "bench" ]]; then
  PACKAGES+=(hyperfine time)
fi

bash "$(dirname "$0")/apt-install.sh" "${PACKAGES[@]}"
