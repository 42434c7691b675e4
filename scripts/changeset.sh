#!/usr/bin/env bash
# Runs the Changesets CLI (root devDependency @changesets/cli), e.g. `./scripts/changeset.sh status`.
# Changesets 3 refuses Node < 22.11, and the machine's Node is 20: run it under the pinned Node 22
# build that scripts/node-version.sh provides, unless the current Node is new enough already.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 11) ? 0 : 1)'; then
  PATH="$("$root/scripts/node-version.sh" 22)/bin:$PATH"
  export PATH
fi
exec node "$root/node_modules/@changesets/cli/bin.js" "$@"
