#!/usr/bin/env bash
# Installs the plugins into a portal that is not ours, the way the README tells a platform engineer
# to: packs the packages, creates a fresh app with @backstage/create-app, follows the README's
# "Install it in your own portal" step by step, starts the portal and checks that the releases API
# answers and that Chromium sees the Releases tab and the /releases page.
#   scripts/fresh-portal.sh            the new frontend system (create-app's default template)
#   scripts/fresh-portal.sh --legacy   the legacy frontend system (create-app --legacy)
#   --keep                             keep the app directory (about 2 GB) instead of deleting it
#   --pack-only <dir>                  only build and pack the packages into <dir> (the tarballs the
#                                      README's tarball install uses), then stop
# Needs Chromium (/usr/bin/chromium or CHROMIUM_PATH) and the npm registry. Ports 3000 and 7007 are
# left alone: the portal listens on FRESH_PORTAL_FRONTEND_PORT (13000) and FRESH_PORTAL_BACKEND_PORT
# (17007).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
legacy=0
keep=0
pack_only=
while [ $# -gt 0 ]; do
  case "$1" in
    --legacy) legacy=1 ;;
    --keep) keep=1 ;;
    --pack-only) pack_only="$(mkdir -p "${2:?--pack-only needs a directory}" && cd "$2" && pwd)"; shift ;;
    *) echo "usage: fresh-portal.sh [--legacy] [--keep] | --pack-only <dir>" >&2; exit 2 ;;
  esac
  shift
done
# create-app 0.9.x is the template of the Backstage release line the plugins are built on (1.55).
create_app_version=0.9.2
frontend_port="${FRESH_PORTAL_FRONTEND_PORT:-13000}"
backend_port="${FRESH_PORTAL_BACKEND_PORT:-17007}"
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
published=(
  releases-common releases-node releases-backend releases
  releases-backend-module-catalog-checks releases-backend-module-tech-insights
  scaffolder-backend-module-releases search-backend-module-releases
)

start_time=$SECONDS
step_time=$SECONDS
log() { printf '[fresh-portal %4ds] %s\n' "$((SECONDS - start_time))" "$*"; }
step() {
  log "… done in $((SECONDS - step_time))s"
  step_time=$SECONDS
  log "▶ $*"
}

if [ -z "$pack_only" ] && [ ! -x "$chromium" ]; then
  echo "✘ No Chromium at $chromium: apt-get install -y chromium, or set CHROMIUM_PATH." >&2
  exit 1
fi
for port in $([ -z "$pack_only" ] && echo "$frontend_port $backend_port"); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
    echo "✘ Port $port is taken; set FRESH_PORTAL_FRONTEND_PORT / FRESH_PORTAL_BACKEND_PORT." >&2
    exit 1
  fi
done

work="$(mktemp -d "${TMPDIR:-/tmp}/fresh-portal.XXXXXX")"
app="$work/portal"
portal_pid=
cleanup() {
  local status=$?
  if [ -n "$portal_pid" ] && kill -0 "$portal_pid" 2> /dev/null; then
    # yarn start runs the frontend and backend as children: stop the whole process group.
    kill -TERM -- "-$portal_pid" 2> /dev/null || true
    for _ in $(seq 1 20); do kill -0 "$portal_pid" 2> /dev/null || break; sleep 0.5; done
    kill -KILL -- "-$portal_pid" 2> /dev/null || true
  fi
  if [ "$keep" = 1 ]; then
    log "kept $app"
  else
    rm -rf "$work"
  fi
  if [ "$status" = 0 ]; then
    log "✔ PASS in $((SECONDS - start_time))s"
  else
    log "✘ FAIL (exit $status) after $((SECONDS - start_time))s"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "▶ build the packages (tsc for their types, then each package's build)"
(cd "$repo" && ./scripts/yarn.sh tsc)
for name in "${published[@]}"; do
  (cd "$repo/plugins/$name" && ../../scripts/yarn.sh backstage-cli package build)
done

packages="${pack_only:-$work/releases-packages}"
step "pack them into $packages"
mkdir -p "$packages"
for name in "${published[@]}"; do
  pkg="$(node -p "require('$repo/plugins/$name/package.json').name")"
  # <name>.tgz without the scope: @releasekit/plugin-releases-node → plugin-releases-node.tgz
  (cd "$repo" && ./scripts/yarn.sh workspace "$pkg" pack --out "$packages/${pkg#@releasekit/}.tgz" > /dev/null)
done
ls -l "$packages" | tail -n +2
if [ -n "$pack_only" ]; then
  step "stop (--pack-only)"
  exit 0
fi

# Backstage 1.55's create-app refuses Node 20 (it checks for 22 or 24), so the portal runs on an
# official Node 22 build; better-sqlite3 compiles against its headers. create-app also wants a
# `yarn` command: the app's own .yarnrc.yml points it at the release file the template commits.
node22="$("$repo/scripts/node-version.sh" 22)"
mkdir -p "$work/bin"
printf '#!/bin/sh\nexec node "%s/.yarn/releases/yarn-4.13.0.cjs" "$@"\n' "$repo" > "$work/bin/yarn"
chmod +x "$work/bin/yarn"
export PATH="$node22/bin:$work/bin:$PATH"
export npm_config_nodedir="$node22"
export BACKSTAGE_APP_NAME=portal

step "npx @backstage/create-app@$create_app_version $([ "$legacy" = 1 ] && echo --legacy) (Node $(node --version))"
# --skip-install: the README's first step (yarn up) installs anyway, and the pristine template asks
# for some versions that are not on the registry.
(cd "$work" && npx --yes "@backstage/create-app@$create_app_version" --skip-install \
  $([ "$legacy" = 1 ] && echo --legacy) < /dev/null > "$work/create-app.log" 2>&1) ||
  { tail -n 30 "$work/create-app.log"; exit 1; }
cd "$app"
cp -r "$packages" "$app/releases-packages"
log "backstage.json: $(tr -d ' \n' < backstage.json)"

# From here on, the README's "Install it in your own portal", in its order.
step "README 1: yarn up '@backstage/*' (one Backstage release throughout the portal)"
yarn up '@backstage/*' > "$work/yarn-up.log" || { tail -n 30 "$work/yarn-up.log"; exit 1; }
log "$(grep -c '' "$work/yarn-up.log") lines of yarn output; @backstage/frontend-plugin-api $(node -p "require('@backstage/frontend-plugin-api/package.json').version"), plugin-catalog-react $(node -p "require('@backstage/plugin-catalog-react/package.json').version")"

step "README 2: root resolutions pointing every @releasekit package at its tarball"
for tarball in releases-packages/*.tgz; do
  name="$(basename "$tarball" .tgz)"
  npm pkg set "resolutions.@releasekit/$name=file:./$tarball"
done
node -p "JSON.stringify(require('./package.json').resolutions, null, 2)"

step "README 3: yarn --cwd packages/backend add @releasekit/plugin-releases-backend@^0.1.0"
yarn --cwd packages/backend add '@releasekit/plugin-releases-backend@^0.1.0' > "$work/yarn-add-backend.log" ||
  { tail -n 30 "$work/yarn-add-backend.log"; exit 1; }

step "README 4: backend.add(import('@releasekit/plugin-releases-backend')) before backend.start()"
sed -i "s|^backend.start();|backend.add(import('@releasekit/plugin-releases-backend'));\n\n&|" packages/backend/src/index.ts
grep -n "releasekit\|backend.start" packages/backend/src/index.ts

step "README 5: yarn --cwd packages/app add @releasekit/plugin-releases@^0.1.0"
yarn --cwd packages/app add '@releasekit/plugin-releases@^0.1.0' > "$work/yarn-add-app.log" ||
  { tail -n 30 "$work/yarn-add-app.log"; exit 1; }

if [ "$legacy" = 1 ]; then
  step "README 6 (legacy): App.tsx route, sidebar item, entity page tab and cards"
  node "$repo/scripts/fresh-portal-legacy.mjs" "$app"
else
  step "README 6 (new frontend system): nothing more, app.packages: all discovers the plugin"
  grep -n "packages: all" app-config.yaml
fi

step "yarn tsc in the portal"
yarn tsc

step "start the portal (yarn start) on :$frontend_port and :$backend_port"
# Only the ports differ from the template's app-config.yaml, so that a running demo portal is not in the way.
cat > app-config.local.yaml << EOF
app:
  baseUrl: http://localhost:$frontend_port
backend:
  baseUrl: http://localhost:$backend_port
  listen:
    port: $backend_port
  cors:
    origin: http://localhost:$frontend_port
EOF
setsid yarn start > "$work/start.log" 2>&1 < /dev/null &
portal_pid=$!
ready=0
for _ in $(seq 1 300); do
  if ! kill -0 "$portal_pid" 2> /dev/null; then break; fi
  if curl -sf "http://localhost:$backend_port/.backstage/health/v1/readiness" > /dev/null &&
    curl -sf "http://localhost:$frontend_port" > /dev/null; then
    ready=1
    break
  fi
  sleep 1
done
if [ "$ready" != 1 ]; then
  log "✘ the portal did not become ready; the end of its log:"
  tail -n 40 "$work/start.log"
  exit 1
fi

step "check the releases API and the Releases pages in Chromium"
if ! node "$repo/scripts/fresh-portal-check.mjs" \
  --backend "http://localhost:$backend_port" --frontend "http://localhost:$frontend_port" \
  --chromium "$chromium"; then
  log "the end of the portal's log:"
  tail -n 40 "$work/start.log"
  exit 1
fi
if grep -qi "releases.*error\|error.*releases" "$work/start.log"; then
  log "errors naming releases in the portal's log:"
  grep -i "releases.*error\|error.*releases" "$work/start.log" | head -n 10
fi
step "stop and clean up"
