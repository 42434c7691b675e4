#!/usr/bin/env bash
# Runs every test of the repository. Database tests run on SQLite, on PostgreSQL (the configured or
# local server, else an embedded PostgreSQL 15 started for the run) and on MySQL/MariaDB when one is
# reachable; scripts/test-databases.js decides, says what it found and cleans up.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./scripts/yarn.sh install --immutable > /dev/null
# One worker per core at most: the suites share the database servers.
exec node scripts/test-databases.js ./scripts/yarn.sh backstage-cli repo test --watchAll=false --maxWorkers=2 "$@"
