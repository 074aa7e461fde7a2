#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through Playwright. Playwright's own browser download
# is not used (it fails on machines without general internet access), so install the system one.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium for the browser tests..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Chromium at /usr/bin/chromium." >&2
    echo "On Debian or Ubuntu: sudo apt-get install chromium   (elsewhere: see CONTRIBUTING.md)" >&2
    exit 1
  fi
fi

# axe-core (accessibility rules) and other test-only JavaScript come from npm, pinned by the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
