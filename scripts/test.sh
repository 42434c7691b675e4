#!/usr/bin/env bash
# Runs every test of the repository. Database tests run on SQLite, PostgreSQL and MySQL; the last two
# must be reachable (defaults: the local servers at 127.0.0.1:5432 and :3306), or the run fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./scripts/yarn.sh install --immutable > /dev/null
node scripts/test-databases.js
export RELEASES_TEST_ALL_DATABASES=1
export BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING="${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-postgresql://postgres@127.0.0.1:5432}"
export BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING="${BACKSTAGE_TEST_DATABASE_MYSQL8_CONNECTION_STRING:-mysql://releases:releases@127.0.0.1:3306/mysql}"
# One worker per core at most: the suites share the two database servers.
exec ./scripts/yarn.sh backstage-cli repo test --watchAll=false --maxWorkers=2 "$@"
