#!/usr/bin/env bash
# Installs everything notecheck needs to build and test, from Debian packages only.
# Idempotent: packages already present are skipped by apt.
set -euo pipefail

PACKAGES=(
  g++ cmake make git
  python3.11 python3.11-dev libpython3.11-dev
  pybind11-dev libboost-dev libboost-filesystem-dev
  libfmt-dev libgtest-dev libgmock-dev libbenchmark-dev
  libcli11-dev nlohmann-json3-dev libcmark-gfm-dev libcmark-gfm-extensions-dev
  libtomlplusplus-dev python3-jsonschema python3-yaml
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
