#!/usr/bin/env bash
# Installs the named Debian packages that are not installed yet (apt-get update first).
# Idempotent: nothing is fetched when every package is present. Shared by ci/setup.sh,
# ci/install-browser.sh and tests/fuzz/smoke.sh.
#   bash ci/apt-install.sh PACKAGE...
set -euo pipefail

missing=()
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
