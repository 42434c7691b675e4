#!/usr/bin/env bash
# Starts the demo backend (packages/backend, as `npm start` does, without the frontend) on a fresh SQLite
# database in a temporary folder and a free port, waits until it is ready, asks the Releases API for the
# release list as the demo's guest, prints the time to ready and stops it. Fails if the backend does not
# get ready, exits early, answers anything but 200, or logs an error. Runs with the node on PATH, so
#   scripts/with-node.sh 24 scripts/smoke-backend.sh
# smokes it on Node 24. SMOKE_TIMEOUT (seconds, default 240) bounds the wait for readiness; SMOKE_LOG, when
# set, is where the backend's log is copied at the end.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
timeout="${SMOKE_TIMEOUT:-240}"
work="$(mktemp -d "${TMPDIR:-/tmp}/releases-smoke-XXXXXX")"
log="$work/backend.log"
port="$(node -e "const s = require('net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")"
base="http://localhost:$port"
pid=""

stop() {
  if [ -n "$pid" ] && kill -0 "$pid" 2> /dev/null; then
    # The backend runs in its own process group (setsid): stop the CLI and the backend it forked.
    kill -TERM -- "-$pid" 2> /dev/null || true
    for _ in $(seq 1 40); do
      kill -0 "$pid" 2> /dev/null || break
      sleep 0.25
    done
    kill -KILL -- "-$pid" 2> /dev/null || true
  fi
}
fail() {
  echo "✘ smoke on Node $(node --version): $*" >&2
  echo "--- last lines of $log" >&2
  tail -n 40 "$log" >&2 || true
  stop
  exit 1
}
trap 'stop; if [ -n "${SMOKE_LOG:-}" ]; then cp "$log" "$SMOKE_LOG"; fi; rm -rf "$work"' EXIT

echo "Smoke: demo backend on Node $(node --version), port $port, data in $work"
started_ns="$(date +%s%N)"
(
  cd "$root/packages/backend"
  # The install's hooks must not run here: the native modules in place are the ones to test.
  export YARN_ENABLE_SCRIPTS=false
  export APP_CONFIG_backend_listen_port="$port"
  export APP_CONFIG_backend_baseUrl="$base"
  export APP_CONFIG_backend_database_connection_directory="$work/sqlite"
  exec setsid "$root/scripts/yarn.sh" start
) > "$log" 2>&1 < /dev/null &
pid=$!

SECONDS=0
while :; do
  if ! kill -0 "$pid" 2> /dev/null; then fail "the backend exited before it was ready"; fi
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/.backstage/health/v1/readiness")" = 200 ]; then
    ready_ms=$((($(date +%s%N) - started_ns) / 1000000))
    break
  fi
  if [ "$SECONDS" -ge "$timeout" ]; then fail "not ready after $timeout s"; fi
  sleep 0.5
done
seconds="$((ready_ms / 1000)).$((ready_ms % 1000 / 100))"

token="$(curl -sf "$base/api/auth/guest/refresh" | node -e "
  let s = ''; process.stdin.on('data', d => (s += d)).on('end', () => process.stdout.write(JSON.parse(s).backstageIdentity.token));
")" || fail "no guest token from /api/auth/guest/refresh"
status="$(curl -s -o "$work/releases.json" -w '%{http_code}' -H "Authorization: Bearer $token" "$base/api/releases/releases")"
[ "$status" = 200 ] || fail "GET /api/releases/releases answered $status: $(head -c 300 "$work/releases.json")"
count="$(node -p "const b = require('$work/releases.json'); (Array.isArray(b) ? b : b.items ?? b.releases ?? []).length")"

# Backstage's dev log format, once its colours are gone: "<time> <plugin> <level> <message>". Checked
# before stopping: requests cut short by the shutdown log errors of their own.
if sed 's/\x1b\[[0-9;]*m//g' "$log" | grep -E '^[0-9TZ:.-]+ +[^ ]+ +error ' > "$work/errors"; then
  fail "the backend logged errors: $(head -n 5 "$work/errors")"
fi
stop
echo "✔ Node $(node --version): ready in $seconds s; GET /api/releases/releases 200 as guest ($count releases)"
