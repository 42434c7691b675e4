#!/usr/bin/env bash
# Runs the Yarn release committed in .yarn/releases, so that nothing but Node and npm is needed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# better-sqlite3 compiles from source; build it against the local Node headers when the machine has
# them instead of downloading headers (yarn, unlike npm, does not read nodedir from ~/.npmrc).
if [ -z "${npm_config_nodedir:-}" ]; then
  for dir in /usr /usr/local; do
    if [ -f "$dir/include/node/node.h" ]; then
      export npm_config_nodedir="$dir"
      break
    fi
  done
fi
exec node "$root/.yarn/releases/yarn-4.13.0.cjs" "$@"
