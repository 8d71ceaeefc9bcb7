#!/usr/bin/env bash
# Installs Debian's chromium for the HTML report's screenshot test (tests/report_html_browser_test.cc).
# Kept apart from ci/setup.sh because it is large (~300 MB) and only that test needs it.
# Idempotent: does nothing when chromium is already installed.
set -euo pipefail

PACKAGES=(chromium fonts-dejavu-core)

bash "$(dirname "$0")/apt-install.sh" "${PACKAGES[@]}" >/dev/null
