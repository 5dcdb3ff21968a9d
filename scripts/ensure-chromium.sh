#!/usr/bin/env bash
# E2E tests drive the system Chromium; Playwright cannot download its own browser here.
set -euo pipefail
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if command -v "$browser" >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $browser: installing Debian's chromium package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  exit 0
fi
echo "Chromium not found at $browser. Install it (e.g. 'sudo apt-get install chromium') or set CHROMIUM_PATH." >&2
exit 1
