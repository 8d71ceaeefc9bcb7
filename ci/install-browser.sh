#!/usr/bin/env bash
# Installs Debian's chromium for the HTML report's screenshot test (tests/report_html_browser_test.cc).
# Kept apart from ci/setup.sh because it is large (~300 MB) and only that test needs it.
# Idempotent: does nothing when chromium is already installed.
set -euo pipefail

PACKAGES=(chromium fonts-dejavu-core)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
