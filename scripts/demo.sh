#!/usr/bin/env bash
# Installs the dependencies and starts the demo portal: http://localhost:3000, backend on :7007,
# on the embedded SQLite database in .data/ (git-ignored; delete it to start from fresh demo data).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./scripts/yarn.sh install --immutable
exec ./scripts/yarn.sh backstage-cli repo start
