#!/usr/bin/env bash
# Runs the end-to-end tests: starts the demo portal on a fresh database and drives it in Chromium.
# Needs a Chromium binary: /usr/bin/chromium (Debian: apt-get install chromium) or CHROMIUM_PATH.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  echo "✘ No Chromium at $chromium: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
./scripts/yarn.sh install --immutable > /dev/null
exec ./scripts/yarn.sh playwright test "$@"
