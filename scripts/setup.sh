#!/usr/bin/env bash
# Everything a fresh machine needs for `npm test`: Node packages and Debian's Chromium
# (the end-to-end tests drive /usr/bin/chromium; no browser is ever downloaded).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  SUDO=$([ "$(id -u)" -eq 0 ] && echo "" || echo "sudo")
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
npm ci --no-fund --no-audit
